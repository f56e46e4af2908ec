/**
 * The timeline's "grabbing" cursor while the plot is held to pan it, as a
 * class rather than `:active`.
 *
 * `svg.main:active { cursor: grabbing }` changed an inherited property of
 * the whole plot at every press and release, clicks on an event included:
 * the browser restyled every mark (some 200 elements, 1–1.5 ms twice a
 * click on the bench article). An event has a cursor of its own, so a press
 * on one showed no grabbing hand anyway: the class goes on for a press on
 * the plot's background at once, and for a press on an event only once the
 * pointer moves (a drag that pans), as the hand showed then.
 */
export const GRABBING = 'grabbing';

/** Whether a press on `target` shows the hand at once (not on an event, which has its own cursor). */
export function grabsAtOnce(target: EventTarget | null): boolean {
	const closest = (target as Partial<Element> | null)?.closest;
	return typeof closest !== 'function' || closest.call(target, '.event') === null;
}

/** An attachment for the plot's <svg>: toggles GRABBING while the primary button holds it. */
export function grabCursor(node: Element): () => void {
	const win = node.ownerDocument.defaultView ?? window;
	const grab = () => node.classList.add(GRABBING);
	const release = () => {
		node.classList.remove(GRABBING);
		win.removeEventListener('pointermove', grab);
		win.removeEventListener('pointerup', release);
		win.removeEventListener('pointercancel', release);
	};
	const down = (e: Event) => {
		if ((e as PointerEvent).button !== 0) return;
		if (grabsAtOnce(e.target)) grab();
		else win.addEventListener('pointermove', grab, { once: true });
		win.addEventListener('pointerup', release);
		win.addEventListener('pointercancel', release);
	};
	node.addEventListener('pointerdown', down);
	return () => {
		release();
		node.removeEventListener('pointerdown', down);
	};
}
