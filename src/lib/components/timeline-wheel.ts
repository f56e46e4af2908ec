/**
 * Wheel zoom without d3-zoom's pointer lookup. d3 finds the pointer with
 * `getScreenCTM()` on every wheel event, and that forces the browser to lay
 * out the DOM Svelte changed in the frame before: with thousands of events,
 * a quarter of each zoom frame. Here the plot's position is read once per
 * wheel gesture (it does not move while the wheel turns) and each step goes
 * to `onstep` with the pointer in the plot's pixels, for
 * `zoom.scaleBy(selection, k, p, event)`.
 *
 * d3 then reports each step as a gesture of its own (start, zoom, end): the
 * gesture as a reader means it ends when the wheel rests, `onrest`.
 */

/** As in d3-zoom: a wheel gesture ends after this long without a wheel event. */
export const WHEEL_REST_MS = 150;

/** The zoom factor of one wheel event: d3-zoom's default `wheelDelta`, as a factor. */
export function wheelFactor(e: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
	// A pinch on a trackpad comes as a wheel event with ctrlKey: ten times as strong.
	return 2 ** (-e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1));
}

export interface WheelHandlers {
	/** One wheel event: zoom by `k` around `p` (pixels from the element's top left). */
	onstep(k: number, p: [number, number], e: WheelEvent): void;
	/** The wheel has rested for WHEEL_REST_MS. */
	onrest(): void;
}

/** Listens to wheel events on `node`; returns the function that stops. */
export function wheelZoom(node: Element, { onstep, onrest }: WheelHandlers): () => void {
	let origin: { left: number; top: number } | null = null;
	let rest: ReturnType<typeof setTimeout> | undefined;
	const onwheel = (e: WheelEvent) => {
		// The wheel zooms the timeline; it never scrolls the page under it.
		e.preventDefault();
		if (!origin) {
			const r = node.getBoundingClientRect();
			origin = { left: r.left + node.clientLeft, top: r.top + node.clientTop };
		}
		clearTimeout(rest);
		rest = setTimeout(() => {
			origin = null;
			onrest();
		}, WHEEL_REST_MS);
		onstep(wheelFactor(e), [e.clientX - origin.left, e.clientY - origin.top], e);
	};
	node.addEventListener('wheel', onwheel as EventListener, { passive: false });
	return () => {
		clearTimeout(rest);
		node.removeEventListener('wheel', onwheel as EventListener);
	};
}
