/**
 * Waiting for the frame being prepared to be painted, and then for the
 * main thread to have nothing more urgent to do: for work the reader does
 * not see, such as writing the selection to the address bar.
 *
 * `history.pushState` is not cheap on a large page: 2–35 ms measured on a
 * 5,000-event article (Chromium walks the document on every same-document
 * navigation). Run in the click, it held back the frame showing the
 * selection; run here, it waits until that frame and the next are drawn,
 * or `timeout` ms at most.
 */

export interface IdleScheduler {
	frame(run: () => void): void;
	idle(run: () => void, timeout: number): void;
}

const browserScheduler: IdleScheduler = {
	frame: (run) => requestAnimationFrame(run),
	// Safari has no requestIdleCallback: a task after the frame will do.
	idle: (run, timeout) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout }) : setTimeout(run, 0))
};

/** Resolves once the next frame is painted and the main thread is idle (or `timeout` ms after that frame). */
export function afterPaint(timeout = 200, scheduler: IdleScheduler = browserScheduler): Promise<void> {
	// Idle callbacks asked for inside a frame's callbacks run after that frame.
	return new Promise((resolve) => scheduler.frame(() => scheduler.idle(resolve, timeout)));
}
