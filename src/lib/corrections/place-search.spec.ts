import { describe, expect, it } from 'vitest';
import { testGazetteer } from '$lib/extract/places/test-gazetteer';
import { loadGazetteer } from '$lib/extract/places/load';
import { searchPlaces } from './place-search';

const g = testGazetteer();

describe('searchPlaces', () => {
	it('finds places by the start of their name, whatever the case and accents', () => {
		expect(searchPlaces(g, 'vlad', 'en').map((h) => h.name)).toEqual(['Vladivostok', 'Vladimir']);
		expect(searchPlaces(g, 'GENEVE', 'fr')[0]).toMatchObject({ gazetteerId: 'geonames:2660646', name: 'Genève', kind: 'city', country: 'CH' });
	});

	it('puts an exact name first, then the bigger place', () => {
		expect(searchPlaces(g, 'Washington', 'en').map((h) => h.gazetteerId)).toEqual(['geonames:4140963', 'geonames:2634715']);
		expect(searchPlaces(g, 'delhi', 'en')[0].gazetteerId).toBe('geonames:1273294');
	});

	it('names places in the article language', () => {
		expect(searchPlaces(g, 'Moscou', 'fr')[0]).toMatchObject({ name: 'Moscou', lat: 55.7522, lon: 37.6156 });
		expect(searchPlaces(g, 'Moscou', 'en')[0].name).toBe('Moscow');
	});

	it('uses a GeoNames alternate name only when typed in full', () => {
		expect(searchPlaces(g, 'Hama', 'en').map((h) => h.gazetteerId)).not.toContain('geonames:2911240');
		expect(searchPlaces(g, 'Hamas', 'en').map((h) => h.gazetteerId)).toContain('geonames:2911240');
	});

	it('answers nothing for a query too short or unknown', () => {
		expect(searchPlaces(g, 'v', 'en')).toEqual([]);
		expect(searchPlaces(g, '  ', 'en')).toEqual([]);
		expect(searchPlaces(g, 'Zzyzxq', 'en')).toEqual([]);
	});

	it('reaches big cities from a short prefix in the real gazetteer', () => {
		const real = loadGazetteer();
		expect(searchPlaces(real, 'pari', 'fr')[0]).toMatchObject({ name: 'Paris', country: 'FR' });
		expect(searchPlaces(real, 'Vladivostok', 'fr')[0]).toMatchObject({ kind: 'city', country: 'RU' });
	});
});
