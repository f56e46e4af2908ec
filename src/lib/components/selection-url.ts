/**
 * The selected events live in the URL as repeated `event` parameters
 * (`?event=e3&event=e4`), so a link reopens a selection and back/forward walk
 * through selections. These helpers are the pure part of that, kept apart from
 * the runes class so they can be tested without a browser.
 */

export const EVENT_PARAM = 'event';

/** The event ids a URL selects, in order, without duplicates or blanks. */
export function idsFromUrl(url: URL): string[] {
	const ids: string[] = [];
	for (const raw of url.searchParams.getAll(EVENT_PARAM)) {
		// Accept `?event=e1,e4` too, as people type links by hand.
		for (const id of raw.split(/[,\s]+/)) if (id && !ids.includes(id)) ids.push(id);
	}
	return ids;
}

/** The same URL selecting `ids` instead (none: the parameter is removed). */
export function urlWithIds(url: URL, ids: readonly string[]): URL {
	const next = new URL(url);
	next.searchParams.delete(EVENT_PARAM);
	for (const id of ids) next.searchParams.append(EVENT_PARAM, id);
	return next;
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}
