/**
 * The page's URL as the address bar shows it, reactively.
 *
 * SvelteKit's `page.url` follows navigations only. A selection is written
 * with shallow routing (a history entry, no navigation: a navigation cost a
 * click about 20 ms of hooks, module preloads and re-reads of `page.url` on
 * a 5,000-event article), and the views' mid-gesture writes are shallow
 * too: after those, `page.url` is the URL of the last navigation, not the
 * current one. What must see every write (the selection, the next write
 * building on the URL) reads it here instead.
 */
import { browser } from '$app/environment';
import { page } from '$app/state';

/** Bumped by each shallow write: no navigation tells `page.url` readers. */
let written = $state(0);

/** The current URL. Reactive: changes on navigations, back/forward and shallow writes. */
export function liveUrl(): URL {
	const navigated = page.url;
	void written;
	// A snapshot for the caller, not state: `written` and `page.url` are the signals.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return browser ? new URL(location.href) : navigated;
}

/** Call after writing the URL without a navigation. */
export function noteShallowWrite(): void {
	written++;
}
