/**
 * Events grouped by where they happened: one map marker per distinct
 * position, named after every place name seen there. Pure, for tests; the
 * map component only draws what this returns.
 */
import type { Geometry } from 'geojson';
import type { FactEvent, PlaceKind } from '$lib/model';

export interface PlaceGroup {
	/** Stable key: the rounded position. */
	key: string;
	lat: number;
	lon: number;
	/** Distinct place names at this position, most told first. */
	names: string[];
	/** The most precise kind among the places here: where Pyongyang and
	 * North Korea share a position, the marker is the city's point. */
	kind: PlaceKind;
	/** Every kind seen here: a country among them also tints its area. */
	kinds: PlaceKind[];
	eventIds: string[];
}

/** Broad to narrow: an area is drawn differently from a point. */
const KIND_RANK: Record<PlaceKind, number> = { country: 0, region: 1, area: 2, city: 3, site: 4 };

/** 1e-4 degrees is about 10 m: positions closer than that are one place. */
function keyOf(lat: number, lon: number): string {
	return `${lat.toFixed(4)},${lon.toFixed(4)}`;
}

export function groupByPlace(events: readonly FactEvent[]): PlaceGroup[] {
	const groups = new Map<string, PlaceGroup & { counts: Map<string, number> }>();
	for (const e of events) {
		const w = e.where;
		if (!w || !Number.isFinite(w.lat) || !Number.isFinite(w.lon)) continue;
		const key = keyOf(w.lat, w.lon);
		let g = groups.get(key);
		if (!g) {
			g = { key, lat: w.lat, lon: w.lon, names: [], kind: w.kind, kinds: [], eventIds: [], counts: new Map() };
			groups.set(key, g);
		}
		if (!g.eventIds.includes(e.id)) g.eventIds.push(e.id);
		g.counts.set(w.name, (g.counts.get(w.name) ?? 0) + 1);
		if (KIND_RANK[w.kind] > KIND_RANK[g.kind]) g.kind = w.kind;
		if (!g.kinds.includes(w.kind)) g.kinds.push(w.kind);
	}
	return [...groups.values()].map(({ counts, ...g }) => ({
		...g,
		names: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name)
	}));
}

/** The accessible name of a marker: its places and how many events. */
export function markerLabel(g: Pick<PlaceGroup, 'names' | 'eventIds'>): string {
	const n = g.eventIds.length;
	return `${g.names.join(', ')}: ${n} event${n === 1 ? '' : 's'}`;
}

/**
 * Where the story sits in longitude, so that its places are drawn side by
 * side rather than at both ends of the world. `ref` is the longitude most of
 * the story happens at; `west` is set when the story fits in less than half
 * the world only across the 180° meridian (Kamchatka, Fiji and Alaska):
 * every place is then drawn in the one window of longitudes starting there,
 * some past ±180° (the basemap draws copies of the countries there, see
 * world-copies.ts).
 */
export interface LonFrame {
	ref: number;
	west: number | null;
}

/** The frame of a story whose places lie at `lons`, most of it at `ref`. */
export function storyFrame(lons: readonly number[], ref: number): LonFrame {
	const sorted = [...new Set(lons.map((l) => ((((l + 180) % 360) + 360) % 360) - 180))].sort((a, b) => a - b);
	if (sorted.length < 2) return { ref, west: null };
	// The smallest arc holding every place lies opposite the widest gap between two neighbours.
	let gap = sorted[0] + 360 - sorted[sorted.length - 1];
	let west = sorted[0];
	for (let i = 1; i < sorted.length; i++) {
		const d = sorted[i] - sorted[i - 1];
		if (d > gap) {
			gap = d;
			west = sorted[i];
		}
	}
	const span = 360 - gap;
	// The usual window already holds it, or the story is world-wide anyway: keep the familiar map.
	if (west === sorted[0] || span > 180) return { ref, west: null };
	// Of the two positions of that arc, the one mostly over the usual map.
	return { ref, west: Math.abs(west + span / 2) <= Math.abs(west - 360 + span / 2) ? west : west - 360 };
}

/**
 * Longitudes moved by whole turns into the story's frame. With a window
 * (`west`), every place is put inside it. Otherwise only places near the
 * antimeridian move to the story's side: when most of the story is in the
 * east (Russia, Korea), a place at −175° (Chukotka, matching the basemap,
 * which draws it past +180°) goes to +185°; places within 30° of the
 * antimeridian only, so Washington stays in America.
 */
export function unwrapLongitudes(lons: readonly number[], { ref, west }: LonFrame): number[] {
	return lons.map((lon) => {
		if (west !== null) return west + ((((lon - west) % 360) + 360) % 360);
		if (ref > 90 && lon < -150) return lon + 360;
		if (ref < -90 && lon > 150) return lon - 360;
		return lon;
	});
}

/** Even-odd point-in-polygon over every ring of a (Multi)Polygon, in plain degrees. */
export function containsPoint(geometry: Geometry, lon: number, lat: number): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
	for (const rings of polygons) {
		let inside = false;
		for (const ring of rings) {
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i];
				const [xj, yj] = ring[j];
				if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
			}
		}
		if (inside) return true;
	}
	return false;
}
