/**
 * The pointer on the marks drawn as path segments (timeline-mark-layers.ts),
 * which are no elements of their own and get no events (their paths take
 * no pointer events): listened to once on the plot, the pointer's position
 * is looked up among them (timeline-hit-index.ts). A mark under the pointer
 * is hovered, as a component entered is (timeline-mark-events.ts): the page
 * then draws it as a component, whose own listeners and styles take over; a
 * click on one selects it (a tap too, which brings no hover first). Over a
 * component or a `+N` pill, their own listeners answer, not these.
 */
export interface BarePointer {
	/** The id of the path mark at the client point, or null. */
	hitAt(clientX: number, clientY: number): string | null;
	/** The pointer came onto path mark `id`, or left the one it was on (null). */
	hover(id: string | null): void;
	/** Path mark `id` was clicked. */
	select(id: string): void;
	/** Whether the pointer is on a path mark: the pointer cursor. */
	pointing(on: boolean): void;
}

const OWN_LISTENERS = '[data-event-id], .cluster';

const onElement = (target: EventTarget | null) => (target as Element | null)?.closest?.(OWN_LISTENERS) != null;

/** Listens on `root` (the plot); returns what stops listening. */
export function listenToBareMarks(root: EventTarget, on: BarePointer): () => void {
	/** The path mark this hovered, until the pointer leaves it or its component takes over. */
	let current: string | null = null;
	const release = (hover: boolean) => {
		if (current === null) return;
		current = null;
		on.pointing(false);
		if (hover) on.hover(null);
	};
	const handlers: [string, (e: Event) => void][] = [
		[
			'pointermove',
			(e) => {
				const p = e as PointerEvent;
				// Over an element (its own listeners hover it), or held to pan: no lookup.
				if (onElement(p.target) || p.buttons !== 0) return release(false);
				const id = on.hitAt(p.clientX, p.clientY);
				if (id === current) return;
				if (id === null) return release(true);
				current = id;
				on.pointing(true);
				on.hover(id);
			}
		],
		['pointerleave', () => release(true)],
		[
			'click',
			(e) => {
				const m = e as MouseEvent;
				if (onElement(m.target)) return;
				const id = on.hitAt(m.clientX, m.clientY);
				if (id !== null) on.select(id);
			}
		]
	];
	for (const [type, h] of handlers) root.addEventListener(type, h);
	return () => {
		for (const [type, h] of handlers) root.removeEventListener(type, h);
	};
}
