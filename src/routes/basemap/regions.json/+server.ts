/**
 * Approximate extents of the gazetteer's regions and named areas (kraï du
 * Primorié, Extrême-Orient russe, mer du Japon …), keyed by gazetteer id,
 * for the map to draw them as labelled approximate areas rather than as a
 * pin. Prerendered at build time from generated/gazetteer.json and the
 * world-atlas country shapes (for a country's size); see region-extent.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea } from 'd3';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { loadGazetteer } from '$lib/extract/places/load';
import type { RequestHandler } from './$types';
import { isoOfName } from '../iso';
import { regionExtent, type RegionExtent } from '../region-extent';

export const prerender = true;

const EARTH_RADIUS_KM = 6371;

function countryAreas(): Map<string, number> {
	const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
	const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry | null, { name?: string } | null>;
	const areas = new Map<string, number>();
	for (const f of countries.features) {
		const iso = isoOfName(f.properties?.name ?? '');
		if (!iso || !f.geometry) continue;
		// geoArea is in steradians; a shape wound the wrong way reads as the
		// rest of the sphere, so take the smaller of the two.
		const sr = geoArea(f as Parameters<typeof geoArea>[0]);
		const km2 = Math.min(sr, 4 * Math.PI - sr) * EARTH_RADIUS_KM ** 2;
		areas.set(iso, (areas.get(iso) ?? 0) + km2);
	}
	return areas;
}

export const GET: RequestHandler = () => {
	const gazetteer = loadGazetteer();
	const areas = countryAreas();
	const regions: Record<string, RegionExtent> = {};
	for (let i = 0; i < gazetteer.size; i++) {
		const e = gazetteer.entry(i);
		if (e.kind !== 'region' && e.kind !== 'area') continue;
		regions[e.id] = regionExtent([[e.lat, e.lon], ...e.alts], e.country ? (areas.get(e.country) ?? null) : null);
	}
	return new Response(JSON.stringify({ regions }), {
		headers: {
			'content-type': 'application/json',
			'cache-control': 'public, max-age=604800, stale-while-revalidate=86400'
		}
	});
};
