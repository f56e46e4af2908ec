import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { containsPoint, groupByPlace, markerLabel, storyFrame, unwrapLongitudes } from './map-groups';
import { EVENTS } from './fixture';
import type { FactEvent } from '$lib/model';

describe('groupByPlace', () => {
	it('gives one marker per position and skips events without a place', () => {
		const groups = groupByPlace(EVENTS);
		expect(groups.map((g) => [g.names, g.eventIds])).toEqual([
			[['Pyongyang'], ['e1']],
			[['Primorye'], ['e2']],
			[['Vladivostok'], ['e3']],
			[['North Korea'], ['e4']]
		]);
	});

	it('merges events at one position, names by frequency, most precise kind', () => {
		const at = (id: string, name: string, kind: 'city' | 'country'): FactEvent => ({
			...EVENTS[0],
			id,
			where: { name, lat: 39.0392, lon: 125.7625, kind, place: null, inherited: false }
		});
		const [g, ...rest] = groupByPlace([at('a', 'Pyongyang', 'city'), at('b', 'North Korea', 'country'), at('c', 'Pyongyang', 'city')]);
		expect(rest).toEqual([]);
		expect(g.names).toEqual(['Pyongyang', 'North Korea']);
		expect(g.eventIds).toEqual(['a', 'b', 'c']);
		expect(g.kind).toBe('city');
		expect(g.kinds).toEqual(['city', 'country']);
		expect(markerLabel(g)).toBe('Pyongyang, North Korea: 3 events');
	});

	it('names a single event in the singular', () => {
		expect(markerLabel({ names: ['Vladivostok'], eventIds: ['e3'] })).toBe('Vladivostok: 1 event');
	});
});

describe('unwrapLongitudes', () => {
	const usual = (ref: number) => ({ ref, west: null });
	it('brings places near the antimeridian beside an eastern story', () => {
		expect(unwrapLongitudes([131.9, -175, -77, 37.6], usual(125))).toEqual([131.9, 185, -77, 37.6]);
	});
	it('and beside a western one', () => {
		expect(unwrapLongitudes([-160, 178, 2.35], usual(-150))).toEqual([-160, -182, 2.35]);
	});
	it('puts every place inside the window of a story across the antimeridian', () => {
		const lons = unwrapLongitudes([158.6, -149.9, 178.4, -178], { ref: 158.6, west: -201.4 });
		[158.6 - 360, -149.9, 178.4 - 360, -178].forEach((lon, i) => expect(lons[i]).toBeCloseTo(lon, 9));
	});
});

describe('storyFrame', () => {
	// Petropavlovsk-Kamchatsky, Anchorage, Suva.
	const pacific = [158.6275, -149.9003, 178.4253];

	it('keeps the usual map when the story fits in it', () => {
		// The sample: Washington, Ukraine, Russia, Pyongyang, Vladivostok.
		expect(storyFrame([-77, 31, 105, 125.8, 131.9], 125.8)).toEqual({ ref: 125.8, west: null });
	});

	it('keeps the usual map for a world-wide story, however it could be cut', () => {
		expect(storyFrame([131.9, -175, -77, 37.6], 131.9).west).toBeNull();
	});

	it('draws a Pacific story across the antimeridian as one window, mostly over the usual map', () => {
		const frame = storyFrame(pacific, 158.6275);
		expect(frame.west).toBeCloseTo(158.6275 - 360, 6);
		const lons = unwrapLongitudes(pacific, frame);
		expect(Math.max(...lons) - Math.min(...lons)).toBeCloseTo(51.47, 2);
	});

	it('gives the same window whatever the order or the turn the longitudes come in', () => {
		expect(storyFrame([...pacific].reverse().map((l) => l + 360), 0).west).toBeCloseTo(158.6275 - 360, 6);
	});

	it('needs two places to have a window', () => {
		expect(storyFrame([179], 179).west).toBeNull();
		expect(storyFrame([], 0).west).toBeNull();
	});
});

describe('containsPoint', () => {
	const square: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] };
	it.each([
		[2, 2, true],
		[5, 5, false],
		[11, 5, false]
	])('(%d, %d) → %s', (lon, lat, expected) => {
		expect(containsPoint(square, lon, lat)).toBe(expected);
	});
	it('finds a point in the second polygon of a MultiPolygon', () => {
		const multi: Geometry = { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[20, 20], [30, 20], [30, 30], [20, 30], [20, 20]]]] };
		expect(containsPoint(multi, 25, 25)).toBe(true);
	});
});
