import { describe, expect, it } from 'vitest';
import { distanceKm, regionExtent } from './region-extent';

describe('distanceKm', () => {
	it('measures great circles', () => {
		// Paris to Moscow is about 2,490 km.
		expect(distanceKm([48.8566, 2.3522], [55.7558, 37.6173])).toBeGreaterThan(2450);
		expect(distanceKm([48.8566, 2.3522], [55.7558, 37.6173])).toBeLessThan(2530);
		expect(distanceKm([0, 179.5], [0, -179.5])).toBeLessThan(112);
	});
});

describe('regionExtent', () => {
	it('centres between the known points and reaches past the farthest', () => {
		// Primorye: Vladivostok and the region's centroid.
		const r = regionExtent(
			[
				[43.1056, 131.8735],
				[45.05, 135]
			],
			17_100_000
		);
		expect(r.lat).toBeCloseTo(44.08, 1);
		expect(r.lon).toBeCloseTo(133.44, 1);
		// Never smaller than a typical Russian region, capped at 300 km.
		expect(r.radiusKm).toBe(300);
	});

	it('grows to cover points far apart (the Russian Far East)', () => {
		const r = regionExtent(
			[
				[43.1, 131.9],
				[48.48, 135.07],
				[62, 145]
			],
			17_100_000
		);
		expect(r.radiusKm).toBeGreaterThan(1200);
		expect(distanceKm([r.lat, r.lon], [62, 145])).toBeLessThan(r.radiusKm);
	});

	it('sizes a lone point from its country, small countries small', () => {
		// Crimea in Ukraine (603,000 km²): about 110 km.
		const crimea = regionExtent([[44.95, 34.1]], 603_000);
		expect(crimea.radiusKm).toBeGreaterThan(90);
		expect(crimea.radiusKm).toBeLessThan(130);
		expect(regionExtent([[50, 6]], 2_600).radiusKm).toBe(60);
		expect(regionExtent([[50, 6]], null).radiusKm).toBe(60);
	});

	it('averages longitudes the short way across the antimeridian', () => {
		const r = regionExtent(
			[
				[65, 179],
				[65, -179]
			],
			null
		);
		expect(Math.abs(r.lon)).toBeCloseTo(180, 0);
	});

	it('refuses an empty list', () => {
		expect(() => regionExtent([], null)).toThrow(/at least one point/);
	});
});
