/**
 * The pointer and the focus entering and leaving the event marks, listened
 * to once on the plot rather than on each mark. A zoom frame makes and
 * drops a dozen marks; four listeners added to each new one (and queued
 * to a microtask by Svelte, for pointer events) were a good part of what
 * making it cost. Entering and leaving keep the meaning of pointerenter and
 * pointerleave: moving between the parts of one mark (its hit area, its
 * shape, its label) neither leaves nor enters it. Listen on an HTML
 * element holding the plot, not on the <svg>: Chromium makes an SVG element
 * with focus listeners focusable, a Tab stop of its own.
 */
export interface MarkListeners {
	/** The pointer came onto the mark of event `id`. */
	enter(id: string): void;
	/** The pointer left a mark. */
	leave(): void;
	/** The mark of event `id` took the focus. */
	focus(id: string): void;
	/** A mark lost the focus. */
	blur(): void;
}

const MARK = '[data-event-id]';
type Target = EventTarget | null;

/** The id of the mark `target` is in, unless `other` (where the pointer comes from or goes to) is in it too. */
export function markCrossed(target: Target, other: Target): string | null {
	const mark = (target as Element | null)?.closest?.(MARK);
	if (!mark || (other && mark.contains(other as Node))) return null;
	return mark.getAttribute('data-event-id');
}

/** The id of the mark that is `target` itself (the focus lands on a mark's group, never inside it). */
const markItself = (target: Target): string | null => (target as Element | null)?.getAttribute?.('data-event-id') ?? null;

/** Listens on `root` for the marks drawn inside it; returns what stops listening. */
export function listenToMarks(root: EventTarget, on: MarkListeners): () => void {
	const handlers: [string, (e: Event) => void][] = [
		[
			'pointerover',
			(e) => {
				const id = markCrossed(e.target, (e as PointerEvent).relatedTarget);
				if (id !== null) on.enter(id);
			}
		],
		['pointerout', (e) => markCrossed(e.target, (e as PointerEvent).relatedTarget) !== null && on.leave()],
		[
			'focusin',
			(e) => {
				const id = markItself(e.target);
				if (id !== null) on.focus(id);
			}
		],
		['focusout', (e) => markItself(e.target) !== null && on.blur()]
	];
	for (const [type, h] of handlers) root.addEventListener(type, h);
	return () => {
		for (const [type, h] of handlers) root.removeEventListener(type, h);
	};
}
