/**
 * What the map's layers need to restyle after a selection or hover change:
 * which events changed state, and which drawn things hold them. With 5,000
 * events a click must not walk every marker, area and leg; it touches the
 * few that hold the events that were or are now selected or hovered.
 */

export interface Marks {
	selected: ReadonlySet<string>;
	hovered: ReadonlySet<string>;
}

/** True when any of `ids` is in `set`. */
export function anyIn(set: ReadonlySet<string>, ids: readonly string[]): boolean {
	if (set.size === 0) return false;
	for (const id of ids) if (set.has(id)) return true;
	return false;
}

/** The ids in one of the two lists and not in the other. */
export function changedIds(before: readonly string[], after: readonly string[]): string[] {
	if (before === after) return [];
	const a = new Set(before);
	const b = new Set(after);
	return [...before.filter((id) => !b.has(id)), ...after.filter((id) => !a.has(id))];
}

/** The current marks and, on each update, the events whose marks changed. */
export class MarkTracker {
	#selected: readonly string[] = [];
	#hovered: readonly string[] = [];
	marks: Marks = { selected: new Set(), hovered: new Set() };

	update(selected: readonly string[], hovered: readonly string[]): string[] {
		const changed = [...changedIds(this.#selected, selected), ...changedIds(this.#hovered, hovered)];
		if (selected !== this.#selected) this.marks = { ...this.marks, selected: new Set(selected) };
		if (hovered !== this.#hovered) this.marks = { ...this.marks, hovered: new Set(hovered) };
		this.#selected = selected;
		this.#hovered = hovered;
		return changed;
	}
}

/** Drawn things by the events they stand for. */
export class EventIndex<T> {
	#by = new Map<string, T[]>();

	add(ids: readonly string[], item: T): void {
		for (const id of ids) {
			const list = this.#by.get(id);
			if (list) list.push(item);
			else this.#by.set(id, [item]);
		}
	}

	delete(ids: readonly string[], item: T): void {
		for (const id of ids) {
			const list = this.#by.get(id);
			if (!list) continue;
			const rest = list.filter((x) => x !== item);
			if (rest.length > 0) this.#by.set(id, rest);
			else this.#by.delete(id);
		}
	}

	get(id: string): readonly T[] {
		return this.#by.get(id) ?? [];
	}

	/** Every item holding one of `ids`, once. */
	touched(ids: Iterable<string>): Set<T> {
		const out = new Set<T>();
		for (const id of ids) for (const item of this.#by.get(id) ?? []) out.add(item);
		return out;
	}

	clear(): void {
		this.#by.clear();
	}
}
