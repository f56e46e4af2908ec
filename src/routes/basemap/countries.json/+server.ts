/**
 * The map's basemap: Natural Earth 1:50m countries from `world-atlas`, as
 * GeoJSON with antimeridian-crossing rings unwrapped. Prerendered at build
 * time, so the server never converts it and the map needs no tile server.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { RequestHandler } from './$types';
import { prepareBasemap } from '../antimeridian';
import { isoOfName } from '../iso';

export const prerender = true;

export const GET: RequestHandler = () => {
	// Resolved through Node rather than bundled: 750 kB of JSON does not
	// belong in the server bundle, and this runs once, at build time.
	const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
	const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry | null, { name?: string } | null>;
	const basemap = prepareBasemap(countries);
	// The ISO code beside the name: places are matched to shapes by it.
	const withIso = { ...basemap, features: basemap.features.map((f) => ({ ...f, properties: { ...f.properties, iso: isoOfName(f.properties.name) } })) };
	return new Response(JSON.stringify(withIso), {
		headers: {
			'content-type': 'application/json',
			// The data only changes with the world-atlas package version.
			'cache-control': 'public, max-age=604800, stale-while-revalidate=86400'
		}
	});
};
