import { describe, expect, it, vi } from 'vitest';
import { ScrollSoon, type Frames } from './scroll-soon';

/** Frames run by hand: what is requested waits until `run()`. */
function manualFrames() {
	const queue = new Map<number, () => void>();
	let next = 1;
	const frames: Frames = {
		request: (run) => {
			queue.set(next, run);
			return next++;
		},
		cancel: (h) => void queue.delete(h)
	};
	const run = () => {
		const due = [...queue.values()];
		queue.clear();
		for (const f of due) f();
	};
	return { frames, run, pending: () => queue.size };
}

const element = () => ({ scrollIntoView: vi.fn() }) as unknown as Element & { scrollIntoView: ReturnType<typeof vi.fn> };

describe('ScrollSoon', () => {
	it('scrolls at the next frame, not when asked, finding the element then', () => {
		const { frames, run } = manualFrames();
		const soon = new ScrollSoon(frames);
		const el = element();
		const find = vi.fn(() => el);
		soon.request(find);
		expect(find).not.toHaveBeenCalled();
		expect(el.scrollIntoView).not.toHaveBeenCalled();
		run();
		expect(find).toHaveBeenCalledOnce();
		expect(el.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'nearest' }));
	});

	it('a second request in the same frame replaces the first', () => {
		const { frames, run, pending } = manualFrames();
		const soon = new ScrollSoon(frames);
		const a = element();
		const b = element();
		soon.request(() => a);
		soon.request(() => b, { inline: 'nearest' });
		expect(pending()).toBe(1);
		run();
		expect(a.scrollIntoView).not.toHaveBeenCalled();
		expect(b.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'nearest', inline: 'nearest' }));
	});

	it('cancel drops the pending scroll; a missing element is no error', () => {
		const { frames, run } = manualFrames();
		const soon = new ScrollSoon(frames);
		const el = element();
		soon.request(() => el);
		soon.cancel();
		run();
		expect(el.scrollIntoView).not.toHaveBeenCalled();
		soon.request(() => null);
		expect(run).not.toThrow();
	});
});
