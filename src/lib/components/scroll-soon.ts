/**
 * Bringing the selection into view, in each view, once the update that
 * changed the selection is over rather than inside it.
 *
 * `scrollIntoView` reads layout. Called from the effects of a selection
 * change it laid the whole page out while the other views were still
 * changing their DOM, then the timeline's call laid it out again, and the
 * frame a third time: 15–35 ms of a click on a 5,000-event article.
 *
 * A smooth scroll starts after the frame showing the selection is painted:
 * its first frame moves nothing anyway, and by then that frame has laid the
 * page out, so the scroll reads a clean layout instead of forcing one in
 * the middle of the frame (3–8 ms of the frame that shows a click on a
 * 5,000-event article). An instant scroll (prefers-reduced-motion) is what
 * the reader sees in that frame, so it runs just before it is drawn.
 */
import { prefersReducedMotion } from './motion';

export interface Frames {
	/** Runs `run` just before the next frame is drawn. */
	beforePaint(run: () => void): void;
	/** Runs `run` once the next frame is painted. */
	afterPaint(run: () => void): void;
}

/** A task posted from a frame callback runs after that frame is painted. */
function nextTask(run: () => void): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		run();
	};
	channel.port2.postMessage(null);
}

const browserFrames: Frames = {
	beforePaint: (run) => void requestAnimationFrame(run),
	afterPaint: (run) => void requestAnimationFrame(() => nextTask(run))
};

/**
 * One pending scroll per view: a request replaces the one not yet run (a
 * second selection in the same frame scrolls to the second). `find` runs
 * when the scroll does, so it sees the DOM as the update left it.
 */
export class ScrollSoon {
	#frames: Frames;
	#reducedMotion: () => boolean;
	/** Which request may still run: bumped by every request and cancel. */
	#current = 0;

	constructor(frames: Frames = browserFrames, reducedMotion: () => boolean = prefersReducedMotion) {
		this.#frames = frames;
		this.#reducedMotion = reducedMotion;
	}

	request(find: () => Element | null | undefined, options: { block?: ScrollLogicalPosition; inline?: ScrollLogicalPosition } = {}): void {
		const mine = ++this.#current;
		const instant = this.#reducedMotion();
		const run = () => {
			if (mine !== this.#current) return;
			find()?.scrollIntoView({ block: 'nearest', ...options, behavior: instant ? 'auto' : 'smooth' });
		};
		if (instant) this.#frames.beforePaint(run);
		else this.#frames.afterPaint(run);
	}

	/** Drops the pending scroll (the view is going away). */
	cancel(): void {
		this.#current++;
	}
}
