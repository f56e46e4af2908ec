import { describe, expect, it } from 'vitest';
import { afterPaint, type IdleScheduler } from './after-paint';

/** A frame and an idle period run by hand. */
function manual() {
	let frames: (() => void)[] = [];
	let idles: { run: () => void; timeout: number }[] = [];
	const scheduler: IdleScheduler = {
		frame: (run) => void frames.push(run),
		idle: (run, timeout) => void idles.push({ run, timeout })
	};
	return {
		scheduler,
		timeouts: () => idles.map((i) => i.timeout),
		frame() {
			const due = frames;
			frames = [];
			for (const f of due) f();
		},
		idle() {
			const due = idles;
			idles = [];
			for (const i of due) i.run();
		}
	};
}

const settled = async (p: Promise<void>) => {
	let done = false;
	void p.then(() => (done = true));
	await Promise.resolve();
	await Promise.resolve();
	return done;
};

describe('afterPaint', () => {
	it('waits for the next frame, then for an idle period', async () => {
		const m = manual();
		const p = afterPaint(150, m.scheduler);
		expect(await settled(p)).toBe(false);
		m.idle(); // no idle period is asked for before the frame
		expect(await settled(p)).toBe(false);
		m.frame();
		expect(await settled(p)).toBe(false);
		expect(m.timeouts()).toEqual([150]);
		m.idle();
		expect(await settled(p)).toBe(true);
	});
});
