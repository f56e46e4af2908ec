/**
 * Which places the map draws as areas rather than markers: a country as its
 * basemap shape, a region as an approximate circle. Pure, over plain data;
 * the area layer only draws what this returns.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { FactFile } from '$lib/model';
import { containsPoint, type PlaceGroup } from '../map-groups';

export type Countries = FeatureCollection<Geometry, { name: string; iso?: string | null }>;

/** A region's approximate circle, as /basemap/regions.json gives it. */
export interface RegionExtent {
	lat: number;
	lon: number;
	radiusKm: number;
}

export interface CountryArea {
	iso: string;
	feature: Countries['features'][number];
	/** Names the article gives the country, first first. */
	names: string[];
	eventIds: string[];
}

export interface RegionArea {
	/** Gazetteer id (`curated:primorye`). */
	id: string;
	kind: 'region' | 'area';
	extent: RegionExtent;
	names: string[];
	eventIds: string[];
}

/**
 * Events placed in a whole country are drawn as that country's shape,
 * matched by ISO code (`iso:KP`), not as a pin on its capital. Until the
 * basemap has loaded (or if it fails to) they stay markers.
 */
export function countryAreas(facts: Pick<FactFile, 'events' | 'places'>, world: Countries | undefined): CountryArea[] {
	if (!world) return [];
	const shapes = new Map(world.features.filter((f) => f.properties.iso).map((f) => [f.properties.iso!, f]));
	const placeById = new Map(facts.places.map((p) => [p.id, p]));
	const byIso: Record<string, CountryArea> = {};
	for (const e of facts.events) {
		if (e.where?.kind !== 'country') continue;
		const p = e.where.place ? placeById.get(e.where.place) : undefined;
		const iso = p?.gazetteerId.startsWith('iso:') ? p.gazetteerId.slice(4) : p?.country;
		const shape = iso ? shapes.get(iso) : undefined;
		if (!iso || !shape) continue;
		const area = (byIso[iso] ??= { iso, feature: shape, names: [], eventIds: [] });
		if (!area.names.includes(e.where.name)) area.names.push(e.where.name);
		area.eventIds.push(e.id);
	}
	return Object.values(byIso);
}

/**
 * Events placed in a region or a named area (a kraï, a sea) are drawn as
 * an approximate area around it, labelled as such: a pin on the region's
 * capital would look precise where the text is not. Regions the basemap
 * service does not know stay markers.
 */
export function regionAreas(facts: Pick<FactFile, 'events' | 'places'>, known: Readonly<Record<string, RegionExtent>> | undefined): RegionArea[] {
	if (!known) return [];
	const placeById = new Map(facts.places.map((p) => [p.id, p]));
	const byId: Record<string, RegionArea> = {};
	for (const e of facts.events) {
		const kind = e.where?.kind;
		if (!e.where || (kind !== 'region' && kind !== 'area')) continue;
		const p = e.where.place ? placeById.get(e.where.place) : undefined;
		const extent = p ? known[p.gazetteerId] : undefined;
		if (!p || !extent) continue;
		const area = (byId[p.gazetteerId] ??= { id: p.gazetteerId, kind, extent, names: [], eventIds: [] });
		if (!area.names.includes(e.where.name)) area.names.push(e.where.name);
		area.eventIds.push(e.id);
	}
	return Object.values(byId);
}

/**
 * For each event of a country-level marker, the basemap country it lies in:
 * that country is tinted as a place of the story, and filled when the
 * event is selected.
 */
export function basemapCountryOfEvents(groups: readonly PlaceGroup[], world: Countries | undefined): Map<string, string> {
	const out = new Map<string, string>();
	if (!world) return out;
	for (const g of groups) {
		if (!g.kinds.includes('country')) continue;
		const f = world.features.find((c) => [0, -360, 360].some((turn) => containsPoint(c.geometry, g.lon + turn, g.lat)));
		if (f) for (const id of g.eventIds) out.set(id, f.properties.name);
	}
	return out;
}

/** The basemap countries holding any of `ids` (the selected events). */
export function countriesOf(ids: Iterable<string>, countryOfEvent: ReadonlyMap<string, string>): Set<string> {
	const names = new Set<string>();
	for (const id of ids) {
		const name = countryOfEvent.get(id);
		if (name) names.add(name);
	}
	return names;
}
