import { describe, expect, it } from 'vitest';
import type { Countries } from './areas';
import { worldCopies } from './world-copies';

const box = (name: string, west: number, east: number): Countries['features'][number] => ({
	type: 'Feature',
	properties: { name },
	geometry: { type: 'Polygon', coordinates: [[[west, 50], [east, 50], [east, 60], [west, 60], [west, 50]]] }
});
// Russia as the basemap draws it, Chukotka past 180°; Alaska; France.
const world: Countries = { type: 'FeatureCollection', features: [box('Russia', 19, 190), box('United States', -179, -66), box('France', -5, 9)] };
const names = (c: Countries) => c.features.map((f) => f.properties.name);
const lonsOf = (c: Countries, name: string) => (c.features.find((f) => f.properties.name === name)!.geometry as { coordinates: number[][][] }).coordinates[0].map((p) => p[0]);

describe('worldCopies', () => {
	it('copies nothing for a story inside the usual map', () => {
		// The sample: Washington to Vladivostok.
		expect(worldCopies(world, [-77, 31, 131.9]).features).toEqual([]);
		expect(worldCopies(world, []).features).toEqual([]);
	});

	it('draws the countries near a Pacific story again, a turn west', () => {
		// Kamchatka and Fiji drawn a turn west, beside Anchorage.
		const copies = worldCopies(world, [-201.4, -181.6, -149.9]);
		expect(names(copies)).toEqual(['Russia']);
		expect(Math.min(...lonsOf(copies, 'Russia'))).toBe(19 - 360);
		// The original is left as it is.
		expect(world.features[0].geometry).toEqual(box('Russia', 19, 190).geometry);
	});

	it('and a turn east for a story past +180°', () => {
		const copies = worldCopies(world, [158.6, 210.1]);
		expect(names(copies)).toEqual(['United States']);
		expect(Math.max(...lonsOf(copies, 'United States'))).toBe(-66 + 360);
	});
});
