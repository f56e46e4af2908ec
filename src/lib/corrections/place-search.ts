/**
 * Searching the gazetteer for the place editor: a name as typed (any case,
 * with or without accents) finds the places whose names start with it,
 * exact names first, then the bigger places. Pure: the gazetteer is passed in.
 */
import type { Lang, PlaceKind } from '$lib/model';
import { displayName, type Gazetteer } from '$lib/extract/places/gazetteer';
import { nameKey } from '$lib/extract/places/normalize';

export interface PlaceHit {
	gazetteerId: string;
	name: string;
	lat: number;
	lon: number;
	kind: PlaceKind;
	country: string | null;
	population: number;
}

export const MIN_QUERY = 2;
export const MAX_QUERY = 100;
/** How many keys starting with the query are looked at: enough for a short prefix to reach big cities. */
const KEYS_SCANNED = 3000;

/** Countries and regions before a same-named village. */
const KIND_RANK: Record<PlaceKind, number> = { country: 4, region: 3, area: 3, city: 2, site: 1 };

export function searchPlaces(gazetteer: Gazetteer, query: string, lang: Lang, limit = 10): PlaceHit[] {
	const key = nameKey(query.slice(0, MAX_QUERY));
	if (key.length < MIN_QUERY) return [];
	const best = new Map<number, { exact: boolean; alt: boolean }>();
	for (const { key: k, postings } of gazetteer.lookupPrefix(key, KEYS_SCANNED)) {
		for (const p of postings) {
			const seen = best.get(p.entry);
			const exact = k === key;
			// A GeoNames alternate only counts when typed in full (`Athens` is also a village's alias).
			if (p.alt && !exact) continue;
			if (!seen || (exact && !seen.exact) || (seen.alt && !p.alt)) best.set(p.entry, { exact: exact || (seen?.exact ?? false), alt: p.alt && (seen?.alt ?? true) });
		}
	}
	return [...best]
		.map(([i, how]) => ({ e: gazetteer.entry(i), ...how }))
		.sort(
			(a, b) =>
				Number(b.exact) - Number(a.exact) ||
				Number(a.alt) - Number(b.alt) ||
				KIND_RANK[b.e.kind] - KIND_RANK[a.e.kind] ||
				b.e.population - a.e.population ||
				a.e.id.localeCompare(b.e.id)
		)
		.slice(0, limit)
		.map(({ e }) => ({ gazetteerId: e.id, name: displayName(e, lang), lat: e.lat, lon: e.lon, kind: e.kind, country: e.country, population: e.population }));
}
