/**
 * Besides the selection (`?event=`), the article page keeps its view in the
 * URL: the timeline window and the map view. A shared link then reopens the
 * same picture, and back/forward walk through views as well as selections.
 *
 * Views change continuously while someone drags or zooms, so callers replace
 * the current history entry during a gesture and push one entry when it
 * settles; otherwise every wheel tick would become a step of the back button.
 */
import { untrack } from 'svelte';
import { goto, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { liveUrl, noteShallowWrite } from './live-url.svelte';
import { afterPaint } from './after-paint';

/** The same URL with `name` set to `value` (null removes it). */
export function urlWithParam(url: URL, name: string, value: string | null): URL {
	const next = new URL(url);
	if (value === null || value === '') next.searchParams.delete(name);
	else next.searchParams.set(name, value);
	return next;
}

/**
 * Writes to the page's URL go one after another. Two views writing at once
 * (the map fitting itself while the timeline sets its window, a selection
 * made during a pan) would otherwise each start from the URL as it was
 * before the other's write, and the later goto would drop the earlier value.
 */
let queue: Promise<void> = Promise.resolve();

export interface QueryWrite {
	/** A new history entry; otherwise the current one is replaced. */
	push: boolean;
	/**
	 * Write without a navigation (SvelteKit's shallow `pushState` or
	 * `replaceState`): no hooks, no load, no scroll or focus handling, and
	 * `page.url` stays as it was (read `liveUrl()`). For the writes made
	 * while a gesture goes on, several a second, and for selections: a
	 * navigation costs a frame its budget. A gesture's settling write is a
	 * real one.
	 */
	shallow?: boolean;
	/**
	 * Wait until the next frame is painted and the browser is idle before
	 * writing (after-paint.ts): for a selection, which the views show at
	 * once and the address bar may show a moment later. The writes asked
	 * for meanwhile wait behind this one, so that history keeps their order.
	 */
	idle?: boolean;
}

/**
 * Rewrites the current page's query with `change` (applied to the URL as it
 * is when the write runs, after any pending one). Nothing happens when the
 * change leaves the URL as it is.
 */
export function updateQuery(change: (url: URL) => URL, options: QueryWrite): Promise<void> {
	const run = (): Promise<void> => {
		// From the URL as it is, shallow writes included (page.url lags them).
		const current = untrack(liveUrl);
		const next = change(current);
		// Nothing to write when the address bar shows it already, unless a real
		// write must bring page.url (and its history entry's record of it) up to
		// the shallow writes before it: a gesture's settling write.
		if (next.search === current.search && (options.shallow || next.search === page.url.search)) return Promise.resolve();
		// Same page, other query: the path is the current, already resolved one.
		const href = `${next.pathname}${next.search}${next.hash}` as ResolvedPathname;
		if (options.shallow) {
			const write = options.push ? pushState : replaceState;
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- href is the current, already resolved path with another query
			write(href, page.state);
			noteShallowWrite();
			return Promise.resolve();
		}
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- href is the current, already resolved path with another query
		return goto(href, { noScroll: true, keepFocus: true, replaceState: !options.push });
	};
	const result = options.idle ? queue.then(() => afterPaint()).then(run) : queue.then(run);
	// A failed navigation must not block every later write.
	queue = result.catch(() => {});
	return result;
}

/**
 * Writes one view parameter of the current page (options as in
 * updateQuery). Does nothing when the parameter already has that value.
 */
export function setViewParam(name: string, value: string | null, options: QueryWrite): Promise<void> {
	return updateQuery((url) => urlWithParam(url, name, value), options);
}

/** Where the map looks: its centre and Leaflet zoom level. */
export interface MapViewState {
	lat: number;
	lon: number;
	zoom: number;
}

export const MAP_PARAM = 'map';

/**
 * `lat,lon,zoom`, rounded so that the rounding moves the map by less than
 * a pixel: one more decimal each time a degree grows tenfold on screen
 * (a 256-pixel world at zoom 0). Zoom keeps two decimals (the map snaps to
 * quarters). Longitudes are kept as they are, outside ±180 too: the map
 * may look across the antimeridian.
 */
export function formatMapView(v: MapViewState): string {
	const pxPerDegree = (256 * 2 ** v.zoom) / 360;
	const decimals = Math.min(6, Math.max(1, Math.ceil(Math.log10(pxPerDegree))));
	const num = (x: number, d: number) => String(Number(x.toFixed(d)));
	return `${num(v.lat, decimals)},${num(v.lon, decimals)},${num(v.zoom, 2)}`;
}

/** The view a `map=` value names, or null when it is not one (hand-edited links). */
export function parseMapView(value: string | null): MapViewState | null {
	if (!value) return null;
	const parts = value.split(',').map((s) => s.trim());
	if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
	const [lat, lon, zoom] = parts.map(Number);
	if (Math.abs(lat) > 85.06 || Math.abs(lon) > 540 || zoom < 0 || zoom > 20) return null;
	return { lat, lon, zoom };
}
