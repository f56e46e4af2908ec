import { describe, expect, it, vi } from 'vitest';
import { ScrollSoon, type Frames } from './scroll-soon';

/** Frames run by hand: what is requested waits until `frame()` (before the paint) or `painted()` (after it). */
function manualFrames() {
	const before: (() => void)[] = [];
	const after: (() => void)[] = [];
	const frames: Frames = {
		beforePaint: (run) => void before.push(run),
		afterPaint: (run) => void after.push(run)
	};
	const drain = (queue: (() => void)[]) => () => {
		for (const f of queue.splice(0)) f();
	};
	return { frames, frame: drain(before), painted: drain(after) };
}

const element = () => ({ scrollIntoView: vi.fn() }) as unknown as Element & { scrollIntoView: ReturnType<typeof vi.fn> };

describe('ScrollSoon', () => {
	it('scrolls smoothly once the next frame is painted, not when asked, finding the element then', () => {
		const { frames, frame, painted } = manualFrames();
		const soon = new ScrollSoon(frames, () => false);
		const el = element();
		const find = vi.fn(() => el);
		soon.request(find);
		frame();
		expect(find).not.toHaveBeenCalled();
		expect(el.scrollIntoView).not.toHaveBeenCalled();
		painted();
		expect(find).toHaveBeenCalledOnce();
		expect(el.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', behavior: 'smooth' });
	});

	it('with reduced motion, jumps just before the next frame is drawn', () => {
		const { frames, frame, painted } = manualFrames();
		const soon = new ScrollSoon(frames, () => true);
		const el = element();
		soon.request(() => el);
		expect(el.scrollIntoView).not.toHaveBeenCalled();
		frame();
		expect(el.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', behavior: 'auto' });
		painted();
		expect(el.scrollIntoView).toHaveBeenCalledOnce();
	});

	it('a second request before the first has run replaces it', () => {
		const { frames, painted } = manualFrames();
		const soon = new ScrollSoon(frames, () => false);
		const a = element();
		const b = element();
		soon.request(() => a);
		soon.request(() => b, { inline: 'nearest' });
		painted();
		expect(a.scrollIntoView).not.toHaveBeenCalled();
		expect(b.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'nearest', inline: 'nearest' }));
	});

	it('cancel drops the pending scroll; a missing element is no error', () => {
		const { frames, painted } = manualFrames();
		const soon = new ScrollSoon(frames, () => false);
		const el = element();
		soon.request(() => el);
		soon.cancel();
		painted();
		expect(el.scrollIntoView).not.toHaveBeenCalled();
		soon.request(() => null);
		expect(painted).not.toThrow();
	});
});
