/**
 * What a drawn place does when used: a click, Enter or Space selects its
 * events (or opens a cluster), hovering or focusing previews them.
 */

export interface MapActions {
	/** Selects these events, or clears them when they are the selection. */
	toggle(ids: readonly string[]): void;
	/** Previews these events, or none. */
	hover(ids: readonly string[] | null): void;
}

/** Enter and Space on a focusable drawn thing do what a click does. */
export function onActivate(el: Element, run: () => void): void {
	el.addEventListener('keydown', (e) => {
		const k = (e as KeyboardEvent).key;
		if (k === 'Enter' || k === ' ') {
			e.preventDefault();
			run();
		}
	});
}

/** Focus previews the events, as hovering does. */
export function previewOnFocus(el: Element, ids: readonly string[], actions: MapActions): void {
	el.addEventListener('focus', () => actions.hover(ids));
	el.addEventListener('blur', () => actions.hover(null));
}

/** A shape's element becomes a control: named, focusable, Enter and Space select. */
export function makeSelectable(el: Element, eventIds: readonly string[], label: string, attrs: Record<string, string>, actions: MapActions): void {
	el.setAttribute('data-event-ids', eventIds.join(' '));
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	el.setAttribute('role', 'button');
	el.setAttribute('tabindex', '0');
	el.setAttribute('aria-label', label);
	onActivate(el, () => actions.toggle(eventIds));
	previewOnFocus(el, eventIds, actions);
}
