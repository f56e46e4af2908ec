/**
 * The points the gazetteer knows for each region (its representative point
 * and alternates such as a second city or a centroid): the only outline a
 * region has, used to tell whether a city lies inside it (see geo.ts).
 */
import type { Gazetteer } from '$lib/extract/places/gazetteer';
import type { LatLon, RegionPoints } from './geo';

const cache = new WeakMap<Gazetteer, Map<string, LatLon[]>>();

export function regionPointsOf(gazetteer: Gazetteer): RegionPoints {
	let byId = cache.get(gazetteer);
	if (!byId) {
		byId = new Map();
		// One pass over the entries, once per gazetteer: regions are few.
		for (let i = 0; i < gazetteer.size; i++) {
			const e = gazetteer.entry(i);
			if (e.kind !== 'region' && e.kind !== 'area') continue;
			byId.set(e.id, [[e.lat, e.lon], ...e.alts]);
		}
		cache.set(gazetteer, byId);
	}
	const found = byId;
	return (id) => found.get(id);
}
