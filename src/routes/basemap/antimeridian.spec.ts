import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { prepareBasemap, unwrapPolygons, unwrapRing } from './antimeridian';

describe('unwrapRing', () => {
	it('leaves an ordinary ring alone', () => {
		const ring = [[0, 0], [10, 0], [10, 10], [0, 0]];
		expect(unwrapRing(ring)).toEqual(ring);
	});
	it('makes a ring crossing 180° eastward continuous', () => {
		expect(unwrapRing([[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]])).toEqual([[179, 0], [181, 0], [181, 1], [179, 1], [179, 0]]);
	});
	it('and westward', () => {
		expect(unwrapRing([[-179, 0], [179, 0], [179, 1], [-179, 0]])).toEqual([[-179, 0], [-181, 0], [-181, 1], [-179, 0]]);
	});
});

describe('unwrapPolygons', () => {
	it('moves a sliver on the far side next to the main body', () => {
		const main: Position[][] = [[[100, 50], [170, 50], [180, 60], [100, 60], [90, 55], [100, 50]]];
		const sliver: Position[][] = [[[-180, 65], [-170, 65], [-175, 68], [-180, 65]]];
		const [a, b] = unwrapPolygons([main, sliver]);
		expect(a).toEqual(main);
		expect(b[0].map((p) => p[0])).toEqual([180, 190, 185, 180]);
	});
});

type Countries = FeatureCollection<Geometry | null, { name?: string } | null>;

describe('the Natural Earth basemap', () => {
	const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
	const raw = feature(topo, topo.objects.countries) as Countries;
	const basemap = prepareBasemap(raw);

	const maxJump = (g: Geometry): number => {
		const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		let max = 0;
		for (const rings of polys) for (const ring of rings) for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs(ring[i][0] - ring[i - 1][0]));
		return max;
	};

	it('has no ring jumping across the map', () => {
		for (const f of basemap.features) expect(maxJump(f.geometry), f.properties.name).toBeLessThan(180);
	});

	it.each(['Russia', 'Fiji', 'United States of America'])('%s is one continuous shape', (name) => {
		const f = basemap.features.find((x) => x.properties.name === name)!;
		expect(f).toBeDefined();
		const g = f.geometry;
		const lons = (g.type === 'MultiPolygon' ? g.coordinates.flat(2) : g.type === 'Polygon' ? g.coordinates.flat() : []).map((p) => p[0]);
		// Every part within half a turn of every other: no sliver a world away.
		expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(250);
	});
});
