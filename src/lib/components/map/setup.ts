/**
 * The Leaflet map itself: options, the optional tile layer and the
 * attribution. The offline basemap (Natural Earth countries) is drawn by
 * basemap-layer.ts; with PUBLIC_TILE_URL set, tiles are drawn under it.
 */
import type * as Leaflet from 'leaflet';

export interface MapSetup {
	/** A tile URL template (`https://…/{z}/{x}/{y}.png`), or nothing for the offline basemap. */
	tiles: string | undefined;
	/** Less motion asked for: zooms jump rather than glide. */
	still: boolean;
}

export function createMap(leaflet: typeof Leaflet, container: HTMLElement, { tiles, still }: MapSetup): Leaflet.Map {
	const map = leaflet.map(container, {
		zoomAnimation: !still,
		fadeAnimation: !still,
		markerZoomAnimation: !still,
		zoomSnap: 0.25,
		minZoom: 1,
		// The offline basemap has no detail past a region's scale.
		maxZoom: tiles ? 18 : 9,
		worldCopyJump: false,
		attributionControl: true
	});
	map.attributionControl.setPrefix(false);
	if (tiles) {
		leaflet.tileLayer(tiles, { attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' }).addTo(map);
	} else {
		map.attributionControl.addAttribution('Countries: Natural Earth');
	}
	return map;
}

export async function loadJson<T>(url: string): Promise<T> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: ${res.status}`);
	return (await res.json()) as T;
}
