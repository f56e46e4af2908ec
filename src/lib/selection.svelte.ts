/**
 * The one shared selection of the article page: which events are selected
 * (stored in the URL, `?event=e3`) and which one the pointer or focus rests
 * on (transient, kept in memory). Text, timeline, map and the event panel all
 * read it, and all write to it through `select`/`hover`, so that a choice
 * made in one view shows in every other.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { idsFromUrl, sameIds, urlWithIds } from '$lib/components/selection-url';

export class Selection {
	/** The event the pointer is over or the keyboard focus is on, if any. */
	hovered = $state<string | null>(null);

	/** Ids that exist in the fact file: a stale link must not select ghosts. */
	#known: () => ReadonlySet<string>;

	constructor(known: () => ReadonlySet<string>) {
		this.#known = known;
	}

	/** Selected event ids, first one first. Derived from the URL so that the
	 * URL stays the single source of truth (links, back/forward, reload). */
	readonly ids: string[] = $derived.by(() => {
		const known = this.#known();
		const next = idsFromUrl(page.url).filter((id) => known.has(id));
		// The same array when only another parameter changed (the timeline
		// window, the map view): what reads the selection is not redone.
		if (sameIds(next, this.#lastIds)) return this.#lastIds;
		this.#lastIds = next;
		return next;
	});
	#lastIds: string[] = [];

	/** The event the panel describes: the first selected one. */
	readonly primary: string | null = $derived(this.ids[0] ?? null);

	has(id: string): boolean {
		return this.ids.includes(id);
	}

	/** True when every id in `ids` is selected (a marker, a sentence). */
	hasAll(ids: readonly string[]): boolean {
		return ids.length > 0 && ids.every((id) => this.ids.includes(id));
	}

	hasAny(ids: readonly string[]): boolean {
		return ids.some((id) => this.ids.includes(id));
	}

	/**
	 * Selects exactly `ids`. A real navigation (not shallow routing) so that
	 * `page.url` follows and back/forward replay selections; the article's
	 * `load` does not read the query, so no data is fetched again. Each
	 * selection is its own history entry; clearing replaces the current one.
	 */
	select(ids: readonly string[]): Promise<void> {
		if (sameIds(ids, this.ids)) return Promise.resolve();
		const next = urlWithIds(page.url, ids);
		// Same page, other query: the path is the current, already resolved one.
		const href = `${next.pathname}${next.search}${next.hash}` as ResolvedPathname;
		return goto(href, {
			noScroll: true,
			keepFocus: true,
			replaceState: ids.length === 0
		});
	}

	/** Clicking what is already selected deselects it: a way out without Esc. */
	toggle(ids: readonly string[]): Promise<void> {
		return this.select(this.hasAll(ids) && sameIds(ids, this.ids) ? [] : ids);
	}

	clear(): Promise<void> {
		return this.select([]);
	}

	hover(id: string | null): void {
		this.hovered = id;
	}
}
