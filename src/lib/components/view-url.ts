/**
 * Besides the selection (`?event=`), the article page keeps its view in the
 * URL: the timeline window and the map view. A shared link then reopens the
 * same picture, and back/forward walk through views as well as selections.
 *
 * Views change continuously while someone drags or zooms, so callers replace
 * the current history entry during a gesture and push one entry when it
 * settles; otherwise every wheel tick would become a step of the back button.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';

/** The same URL with `name` set to `value` (null removes it). */
export function urlWithParam(url: URL, name: string, value: string | null): URL {
	const next = new URL(url);
	if (value === null || value === '') next.searchParams.delete(name);
	else next.searchParams.set(name, value);
	return next;
}

/**
 * Writes one view parameter of the current page. `push: true` makes a new
 * history entry (a settled view); otherwise the current entry is replaced.
 * Does nothing when the parameter already has that value.
 */
export function setViewParam(name: string, value: string | null, options: { push: boolean }): Promise<void> {
	const current = page.url.searchParams.get(name);
	if (current === (value === '' ? null : value)) return Promise.resolve();
	const next = urlWithParam(page.url, name, value);
	// Same page, other query: the path is the current, already resolved one.
	const href = `${next.pathname}${next.search}${next.hash}` as ResolvedPathname;
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- href is the current, already resolved path (above)
	return goto(href, { noScroll: true, keepFocus: true, replaceState: !options.push });
}
