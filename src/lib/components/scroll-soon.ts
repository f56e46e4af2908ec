/**
 * Bringing the selection into view, in each view, at the next animation
 * frame rather than inside the update that changed the selection.
 *
 * `scrollIntoView` reads layout. Called from the effects of a selection
 * change it laid the whole page out while the other views were still
 * changing their DOM, then the timeline's call laid it out again, and the
 * frame a third time: 15–35 ms of a click on a 5,000-event article. At the
 * next frame every view has applied the change and the page is laid out
 * once, as the frame would have anyway.
 */
import { prefersReducedMotion } from './motion';

export interface Frames {
	request(run: () => void): number;
	cancel(handle: number): void;
}

const browserFrames: Frames = {
	request: (run) => requestAnimationFrame(run),
	cancel: (handle) => cancelAnimationFrame(handle)
};

/**
 * One pending scroll per view: a request replaces the one not yet run (a
 * second selection in the same frame scrolls to the second). `find` runs at
 * the frame, so it sees the DOM as the update left it.
 */
export class ScrollSoon {
	#frames: Frames;
	#handle: number | null = null;

	constructor(frames: Frames = browserFrames) {
		this.#frames = frames;
	}

	request(find: () => Element | null | undefined, options: { block?: ScrollLogicalPosition; inline?: ScrollLogicalPosition } = {}): void {
		this.cancel();
		this.#handle = this.#frames.request(() => {
			this.#handle = null;
			find()?.scrollIntoView({ block: 'nearest', ...options, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
		});
	}

	/** Drops the pending scroll (the view is going away). */
	cancel(): void {
		if (this.#handle !== null) this.#frames.cancel(this.#handle);
		this.#handle = null;
	}
}
