/**
 * Writes each event mark's geometry (timeline-mark-geometry.ts) to its
 * nodes, d3-style: a keyed map of the marks' groups, and attributes set
 * directly, only those that changed. Svelte draws the marks (which exist,
 * their shape and label: timeline-mark-items.ts) and never their pixels,
 * so that a frame of a zoom, where every mark moves, costs a few attribute
 * writes per mark rather than a Svelte update of each.
 */
import type { MarkGeometry } from './timeline-mark-geometry';
import type { MarkItem } from './timeline-mark-items';

export interface Placement {
	item: MarkItem;
	geo: MarkGeometry;
}

interface Entry {
	/** The mark's group: a mark that leaves and comes back is a new one. */
	group: Element;
	/** The item the parts were found for: another one, and Svelte may have drawn other parts. */
	item: MarkItem | null;
	/** What was written last, to write only what changes. */
	geo: MarkGeometry | null;
	hit: Element | null;
	mark: Element | null;
	text: Element | null;
}

export class MarkPlacer {
	#entries = new Map<string, Entry>();

	/**
	 * Writes the geometry of every mark drawn (by id) to its group under
	 * `root`. Call after Svelte has drawn the update: the groups it made are
	 * found then, with one query for all of them (no per-mark hook to create
	 * and destroy as marks come and go).
	 */
	place(placements: ReadonlyMap<string, Placement>, root: ParentNode): void {
		let missing = false;
		for (const [id, entry] of this.#entries) if (!placements.has(id) || !entry.group.isConnected) this.#entries.delete(id);
		for (const id of placements.keys()) if (!this.#entries.has(id)) missing = true;
		if (missing)
			for (const group of root.querySelectorAll('[data-event-id]')) {
				const id = group.getAttribute('data-event-id')!;
				if (placements.has(id) && !this.#entries.has(id)) this.#entries.set(id, { group, item: null, geo: null, hit: null, mark: null, text: null });
			}
		for (const [id, p] of placements) {
			const entry = this.#entries.get(id);
			if (entry) write(entry, p);
		}
	}
}

function write(e: Entry, { item, geo }: Placement): void {
	// A new item is a mark Svelte drew again: a label may have come or gone.
	// The parts are looked up then only, not on every frame.
	const fresh = e.item !== item;
	if (fresh) {
		e.item = item;
		e.hit = e.group.querySelector('.hit');
		e.mark = e.group.querySelector('.mark');
		e.text = e.group.querySelector('text');
	}
	const old = fresh ? null : e.geo;
	const set = (el: Element | null, name: string, value: number, before: number | undefined) => {
		if (el && value !== before) el.setAttribute(name, String(value));
	};
	if (!old || old.x !== geo.x || old.y !== geo.y) e.group.setAttribute('transform', `translate(${geo.x},${geo.y})`);
	set(e.hit, 'x', geo.hitX, old?.hitX);
	set(e.hit, 'width', geo.hitWidth, old?.hitWidth);
	if (item.point) set(e.mark, 'cx', geo.markX, old?.markX);
	else {
		set(e.mark, 'x', geo.markX, old?.markX);
		set(e.mark, 'width', geo.bandWidth, old?.bandWidth);
		if (e.mark && (!old || old.rounded !== geo.rounded)) e.mark.setAttribute('rx', geo.rounded ? '3' : '0');
	}
	set(e.text, 'x', geo.labelX, old?.labelX);
	e.geo = geo;
}
