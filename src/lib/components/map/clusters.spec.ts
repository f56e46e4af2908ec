import { describe, expect, it } from 'vitest';
import type { PlaceGroup } from '../map-groups';
import { CLUSTER_RADIUS, clusterGroups, clusterLabel, isolationZoom, openZoom, project } from './clusters';

const place = (name: string, lat: number, lon: number, events = 1): PlaceGroup => ({
	key: `${lat.toFixed(4)},${lon.toFixed(4)}`,
	lat,
	lon,
	names: [name],
	kind: 'city',
	kinds: ['city'],
	eventIds: Array.from({ length: events }, (_, i) => `${name}-${i}`)
});

const PARIS = place('Paris', 48.8566, 2.3522, 3);
const VERSAILLES = place('Versailles', 48.8049, 2.1204);
const SAINT_DENIS = place('Saint-Denis', 48.9362, 2.3574, 2);
const LYON = place('Lyon', 45.764, 4.8357);
const ILE_DE_FRANCE = [PARIS, VERSAILLES, SAINT_DENIS];
const ALL = [LYON, VERSAILLES, PARIS, SAINT_DENIS];
const opts = { radius: CLUSTER_RADIUS, maxZoom: 9 };
const names = (cs: ReturnType<typeof clusterGroups>) => cs.map((c) => c.groups.map((g) => g.names[0]));

describe('project', () => {
	it('is Web Mercator on a 256 px world', () => {
		expect(project(0, -180)).toEqual({ x: 0, y: 128 });
		expect(project(0, 180).x).toBe(256);
		// Clamped at the edge of the square world rather than infinite.
		expect(project(90, 0).y).toBeCloseTo(0, 6);
	});
});

describe('clusterGroups', () => {
	it('merges the places around Paris at a country-wide zoom, not Lyon', () => {
		const cs = clusterGroups(ALL, 5, opts);
		expect(names(cs)).toEqual([['Paris', 'Saint-Denis', 'Versailles'], ['Lyon']]);
		const [idf, lyon] = cs;
		expect(idf.eventIds).toHaveLength(6);
		expect(idf.key).toMatch(/^cluster:/);
		// A lone place keeps its own key and position.
		expect(lyon).toMatchObject({ key: LYON.key, lat: LYON.lat, lon: LYON.lon });
		// The cluster sits among its members, pulled towards the busiest.
		expect(idf.lat).toBeGreaterThan(48.8);
		expect(idf.lat).toBeLessThan(48.94);
	});

	it('merges everything at a world-wide zoom', () => {
		expect(names(clusterGroups(ALL, 2, opts))).toEqual([['Paris', 'Saint-Denis', 'Lyon', 'Versailles']]);
	});

	it('gives every place its own marker once zoomed in far enough', () => {
		expect(clusterGroups(ALL, 12, { ...opts, maxZoom: 18 })).toHaveLength(4);
	});

	it('merges nothing at the maximum zoom, however close', () => {
		const twin = place('Next door', PARIS.lat + 0.0002, PARIS.lon);
		expect(clusterGroups([PARIS, twin], 9, opts)).toHaveLength(2);
		expect(clusterGroups([PARIS, twin], 8.75, opts)).toHaveLength(1);
	});

	it('uses the radius in pixels: closer merges, farther does not', () => {
		// Two places on the equator 40 px apart at zoom 3 (256·8 px for 360°).
		const d = (40 / (256 * 8)) * 360;
		const a = place('A', 0, 0);
		const b = place('B', 0, d * 0.99);
		const c = place('C', 0, d * 1.01);
		expect(clusterGroups([a, b], 3, opts)).toHaveLength(1);
		expect(clusterGroups([a, c], 3, opts)).toHaveLength(2);
	});

	it('keeps the same key for the same members whatever their order', () => {
		const k1 = clusterGroups(ALL, 5, opts)[0].key;
		const k2 = clusterGroups([...ALL].reverse(), 5.5, opts)[0].key;
		expect(k1).toBe(k2);
	});

	it('works across the 180° meridian with unwrapped longitudes', () => {
		const east = place('Anadyr', 64.73, 177.5);
		const beyond = place('Lavrentiya', 65.58, 180.5 /* -179.5 unwrapped */);
		expect(clusterGroups([east, beyond], 3, opts)).toHaveLength(1);
		// Left at −179.5°, it would be a world away on the map.
		expect(clusterGroups([east, { ...beyond, lon: -179.5 }], 3, opts)).toHaveLength(2);
	});

	it('puts each of thousands of places in exactly one marker', () => {
		const many = Array.from({ length: 5000 }, (_, i) => place(`p${i}`, -60 + ((i * 7919) % 12000) / 100, -170 + ((i * 104729) % 34000) / 100));
		const cs = clusterGroups(many, 3, opts);
		expect(cs.reduce((n, c) => n + c.groups.length, 0)).toBe(5000);
		expect(new Set(cs.flatMap((c) => c.groups.map((g) => g.key))).size).toBe(new Set(many.map((g) => g.key)).size);
	});
});

describe('openZoom', () => {
	it('is where the closest pair of members is one radius apart', () => {
		const z = openZoom(ILE_DE_FRANCE, CLUSTER_RADIUS);
		expect(z % 0.25).toBe(0);
		expect(names(clusterGroups(ILE_DE_FRANCE, z, { ...opts, maxZoom: 18 }))).toEqual([['Paris'], ['Saint-Denis'], ['Versailles']]);
		expect(clusterGroups(ILE_DE_FRANCE, z - 0.25, { ...opts, maxZoom: 18 }).length).toBeLessThan(3);
	});

	it('is infinite for places at one position and nothing for one place', () => {
		expect(openZoom([PARIS, { ...PARIS, key: 'other' }], CLUSTER_RADIUS)).toBe(Infinity);
		expect(openZoom([PARIS], CLUSTER_RADIUS)).toBe(-Infinity);
	});
});

describe('isolationZoom', () => {
	it('is where a place leaves every cluster', () => {
		const z = isolationZoom([VERSAILLES], ALL, CLUSTER_RADIUS);
		const alone = (zoom: number) => clusterGroups(ALL, zoom, { ...opts, maxZoom: 18 }).some((c) => c.key === VERSAILLES.key);
		expect(alone(z)).toBe(true);
		expect(alone(z - 0.25)).toBe(false);
	});

	it('needs no zoom for a place far from the others', () => {
		expect(isolationZoom([LYON], [LYON], CLUSTER_RADIUS)).toBe(-Infinity);
		expect(isolationZoom([LYON], ALL, CLUSTER_RADIUS)).toBeLessThan(isolationZoom([PARIS], ALL, CLUSTER_RADIUS));
	});
});

describe('clusterLabel', () => {
	it('names how many places, which, and how many events', () => {
		const [idf] = clusterGroups(ALL, 5, opts);
		expect(clusterLabel(idf)).toBe('3 places: Paris, Saint-Denis, Versailles; 6 events. Zooms in to show them apart.');
	});
});
