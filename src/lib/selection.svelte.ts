/**
 * The one shared selection of the article page: which events are selected
 * (stored in the URL, `?event=e3`) and which one the pointer or focus rests
 * on (transient, kept in memory). Text, timeline, map and the event panel all
 * read it, and all write to it through `select`/`hover`, so that a choice
 * made in one view shows in every other.
 */
import { untrack } from 'svelte';
import { beforeNavigate } from '$app/navigation';
import { KeyedFlags, keyedFlags } from '$lib/keyed-flags.svelte';
import { idsFromUrl, sameIds, urlWithIds } from '$lib/components/selection-url';
import { liveUrl } from '$lib/components/live-url.svelte';
import { updateQuery } from '$lib/components/view-url';
import { previewedIds } from '$lib/preview-limit';

export class Selection {
	/** What the pointer is over or the keyboard focus is on: a sentence or a
	 * marker may stand for several events, and all of them are previewed. */
	#hovered: readonly string[] = $state.raw([]);

	/** The (first) event the pointer or focus rests on, if any. */
	get hovered(): string | null {
		return this.#hovered[0] ?? null;
	}

	set hovered(id: string | null) {
		this.hover(id);
	}

	/** Every event being previewed. */
	get hoveredIds(): readonly string[] {
		return this.#hovered;
	}

	/** Whether `id` is previewed; a view's item re-runs only when its own answer changes. */
	isHovered(id: string): boolean {
		return this.#previewed.has(id);
	}

	hoversAny(ids: readonly string[]): boolean {
		return ids.some((id) => this.#hovered.includes(id));
	}

	/** Ids that exist in the fact file: a stale link must not select ghosts. */
	#known: () => ReadonlySet<string>;

	/** Per-event answers for the views' items (see KeyedFlags): a selection
	 * change updates the two items that changed, not all 5,000. */
	#selected: KeyedFlags<string>;
	#previewed: KeyedFlags<string>;

	/**
	 * A selection made on this page and not yet in the URL: shown at once,
	 * written once the frame showing it is painted (see select).
	 */
	#unwritten: readonly string[] | null = $state.raw(null);
	/** Bumped by each navigation: a write still waiting then is dropped. */
	#navigations = 0;

	/** Call while a component initialises: the selected flags follow the URL
	 * before each update of the page. */
	constructor(known: () => ReadonlySet<string>) {
		this.#known = known;
		const keys = untrack(known);
		this.#selected = keyedFlags(() => this.ids, keys);
		this.#previewed = new KeyedFlags<string>([], keys);
		// Back/forward, a link, a form, another article: the URL they lead to
		// rules, not a selection made a moment before and not yet written.
		// Back or forward between shallow entries is no navigation to
		// SvelteKit: the popstate says it. Not the views' own writes (goto,
		// queued with the selection's: see view-url.ts), which keep it.
		const drop = () => {
			this.#navigations++;
			this.#unwritten = null;
		};
		beforeNavigate((nav) => {
			if (nav.type !== 'goto') drop();
		});
		$effect(() => {
			window.addEventListener('popstate', drop, { capture: true });
			return () => window.removeEventListener('popstate', drop, { capture: true });
		});
	}

	/** Selected event ids, first one first. Derived from the URL so that the
	 * URL stays the single source of truth (links, back/forward, reload),
	 * but for the moment between a selection and its write. */
	readonly ids: string[] = $derived.by(() => {
		const known = this.#known();
		const next = (this.#unwritten ?? idsFromUrl(liveUrl())).filter((id) => known.has(id));
		// The same array when only another parameter changed (the timeline
		// window, the map view): what reads the selection is not redone.
		if (sameIds(next, this.#lastIds)) return this.#lastIds;
		this.#lastIds = next;
		return next;
	});
	#lastIds: string[] = [];

	/** The event the panel describes: the first selected one. */
	readonly primary: string | null = $derived(this.ids[0] ?? null);

	/** Whether `id` is selected, read from the whole selection: for code that
	 * also reads `ids` (a derived over several events). */
	has(id: string): boolean {
		return this.ids.includes(id);
	}

	/** Whether `id` is selected, for one item of a view: re-runs only when
	 * that item's answer changes. */
	isSelected(id: string): boolean {
		return this.#selected.has(id);
	}

	/** True when every id in `ids` is selected (a marker, a sentence). */
	hasAll(ids: readonly string[]): boolean {
		return ids.length > 0 && ids.every((id) => this.ids.includes(id));
	}

	/** True when the selection is exactly `ids`, in any order (a trip leg). */
	isExactly(ids: readonly string[]): boolean {
		return this.hasAll(ids) && this.ids.length === ids.length;
	}

	hasAny(ids: readonly string[]): boolean {
		return ids.some((id) => this.ids.includes(id));
	}

	/**
	 * Selects exactly `ids`. Each selection is its own history entry, so
	 * that back/forward replay selections; clearing replaces the current
	 * one. Shallow routing: the URL and history change, no navigation runs
	 * (see live-url.svelte.ts for what that saves and what reads it).
	 *
	 * The views show the selection at once; the URL is written after the
	 * frame showing it is painted (pushState costs milliseconds on a large
	 * page: after-paint.ts). The writes the views make meanwhile wait
	 * behind it, in order.
	 */
	select(ids: readonly string[]): Promise<void> {
		if (sameIds(ids, this.ids)) return Promise.resolve();
		const mine = [...ids];
		const navigations = this.#navigations;
		this.#unwritten = mine;
		// Queued with the view's own URL writes (map moves, timeline window).
		const written = updateQuery((url) => (navigations === this.#navigations ? urlWithIds(url, mine) : url), { push: mine.length > 0, shallow: true, idle: true });
		return written.finally(() => {
			if (this.#unwritten === mine) this.#unwritten = null;
		});
	}

	/** Clicking what is already selected deselects it: a way out without Esc. */
	toggle(ids: readonly string[]): Promise<void> {
		return this.select(this.hasAll(ids) && sameIds(ids, this.ids) ? [] : ids);
	}

	clear(): Promise<void> {
		return this.select([]);
	}

	/** Previews one event, several (a sentence, a marker), or none; past
	 * PREVIEW_LIMIT events, none (see preview-limit.ts for why). */
	hover(ids: string | readonly string[] | null): void {
		const next = ids === null ? [] : typeof ids === 'string' ? [ids] : [...previewedIds(ids)];
		if (sameIds(next, this.#hovered)) return;
		this.#hovered = next;
		this.#previewed.set(next);
	}
}
