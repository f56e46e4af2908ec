/**
 * How two event places relate: the same gazetteer entry, near each other,
 * or one inside the other (a city in a country, a site in a region). Pure
 * arithmetic on the fact file's places; a region's reach comes from the
 * points the gazetteer knows for it (see extent.ts), since it has no outlines.
 */
import type { Place, PlaceKind } from '$lib/model';
import { distanceKm } from '$lib/extract/places/resolve';

/** Two points closer than this are one place for linking (a city and its station, airport or suburb). */
export const NEAR_KM = 50;

/** Reach of a region known by one point only: most first-level regions fit within it. */
export const DEFAULT_REGION_REACH_KM = 250;

export type LatLon = readonly [number, number];

function distance(a: LatLon, b: LatLon): number {
	return distanceKm(a[0], a[1], b[0], b[1]);
}

/** What linking needs to know of a place. */
export interface PlaceRef {
	gazetteerId: string | null;
	name: string;
	kind: PlaceKind;
	lat: number;
	lon: number;
	/** ISO 3166-1 alpha-2 of the country it is in (or is). */
	country: string | null;
}

export function placeRefOf(place: Pick<Place, 'gazetteerId' | 'name' | 'kind' | 'lat' | 'lon' | 'country'>): PlaceRef {
	const iso = place.gazetteerId.startsWith('iso:') ? place.gazetteerId.slice(4) : null;
	return {
		gazetteerId: place.gazetteerId,
		name: place.name,
		kind: place.kind,
		lat: place.lat,
		lon: place.lon,
		country: place.country ?? iso
	};
}

/**
 * Points that outline a region, by gazetteer id (its representative point
 * and any others the gazetteer knows). Absent: the region is its one point.
 */
export type RegionPoints = (gazetteerId: string) => readonly LatLon[] | undefined;

/** How far from its points a region reaches: as far as its points spread, at least the default. */
export function regionReachKm(points: readonly LatLon[]): number {
	let spread = 0;
	for (let i = 0; i < points.length; i++) {
		for (let j = i + 1; j < points.length; j++) spread = Math.max(spread, distance(points[i], points[j]));
	}
	return Math.max(DEFAULT_REGION_REACH_KM, spread);
}

/** Reach by the gazetteer's points array: the same region is compared with every event of a collection. */
const reachCache = new WeakMap<readonly LatLon[], number>();
function cachedReach(key: readonly LatLon[], all: readonly LatLon[]): number {
	let r = reachCache.get(key);
	if (r === undefined) reachCache.set(key, (r = regionReachKm(all)));
	return r;
}

export type PlaceRelation = 'same' | 'near' | 'within' | 'apart';

/** Whether `inner` lies inside `outer` (a country or a region); never true for two points. */
function contains(outer: PlaceRef, inner: PlaceRef, regionPoints: RegionPoints): boolean {
	if (outer.kind === 'country') return outer.country !== null && inner.country === outer.country && inner.kind !== 'country';
	if (outer.kind === 'region' || outer.kind === 'area') {
		if (inner.kind === 'country') return false;
		// A region lies in one country; a place of another is outside whatever the distance.
		if (outer.country && inner.country && outer.country !== inner.country) return false;
		const own: LatLon = [outer.lat, outer.lon];
		const known = outer.gazetteerId ? regionPoints(outer.gazetteerId) : undefined;
		const all = !known ? [own] : known.some((p) => p[0] === own[0] && p[1] === own[1]) ? known : [own, ...known];
		const reach = known ? cachedReach(known, all) : DEFAULT_REGION_REACH_KM;
		return all.some((p) => distance(p, [inner.lat, inner.lon]) <= reach);
	}
	return false;
}

export function placeRelation(a: PlaceRef, b: PlaceRef, regionPoints: RegionPoints = () => undefined): PlaceRelation {
	if (a.gazetteerId && a.gazetteerId === b.gazetteerId) return 'same';
	const bothPoints = (k: PlaceKind) => k === 'city' || k === 'site';
	// Two countries or regions are never "near": their points are only representatives.
	if (bothPoints(a.kind) && bothPoints(b.kind) && distance([a.lat, a.lon], [b.lat, b.lon]) <= NEAR_KM) return 'near';
	if (contains(a, b, regionPoints) || contains(b, a, regionPoints)) return 'within';
	return 'apart';
}
