import { describe, expect, it } from 'vitest';
import type { FactEvent, Place, PlaceKind } from '$lib/model';
import { EVENTS } from '../fixture';
import { groupByPlace } from '../map-groups';
import { basemapCountryOfEvents, countriesOf, countryAreas, regionAreas, type Countries } from './areas';

const square = (x: number, y: number, size: number) => ({
	type: 'Polygon' as const,
	coordinates: [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	]
});

const WORLD: Countries = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { name: 'North Korea', iso: 'KP' }, geometry: square(124, 37, 6) },
		{ type: 'Feature', properties: { name: 'Russia', iso: 'RU' }, geometry: square(30, 42, 150) }
	]
};

const place = (id: string, gazetteerId: string, kind: Place['kind'], country: string | null): Place =>
	({ id, gazetteerId, kind, country, name: id, lat: 0, lon: 0 }) as unknown as Place;

const at = (id: string, name: string, kind: PlaceKind, placeId: string | null, lat = 40, lon = 127): FactEvent => ({
	...EVENTS[0],
	id,
	where: { name, lat, lon, kind, place: placeId, inherited: false }
});

describe('countryAreas', () => {
	it('draws a country-level event as its country, by ISO code, with every name the article gives', () => {
		const places = [place('p1', 'iso:KP', 'country', null)];
		const events = [at('a', 'Corée du Nord', 'country', 'p1'), at('b', 'la Corée du Nord', 'country', 'p1'), at('c', 'Pyongyang', 'city', null)];
		const [kp, ...rest] = countryAreas({ events, places }, WORLD);
		expect(rest).toEqual([]);
		expect(kp).toMatchObject({ iso: 'KP', names: ['Corée du Nord', 'la Corée du Nord'], eventIds: ['a', 'b'] });
	});
	it('draws nothing before the basemap has loaded, or for a country it lacks', () => {
		const places = [place('p1', 'iso:FR', 'country', null)];
		expect(countryAreas({ events: [at('a', 'France', 'country', 'p1')], places }, WORLD)).toEqual([]);
		expect(countryAreas({ events: [at('a', 'France', 'country', 'p1')], places }, undefined)).toEqual([]);
	});
});

describe('regionAreas', () => {
	it('draws a region the basemap service knows as its approximate extent', () => {
		const places = [place('p1', 'curated:primorye', 'region', 'RU'), place('p2', 'curated:nowhere', 'region', 'RU')];
		const events = [at('a', 'Primorye', 'region', 'p1'), at('b', 'Nowhere', 'region', 'p2')];
		const areas = regionAreas({ events, places }, { 'curated:primorye': { lat: 45, lon: 134, radiusKm: 300 } });
		expect(areas).toEqual([{ id: 'curated:primorye', kind: 'region', extent: { lat: 45, lon: 134, radiusKm: 300 }, names: ['Primorye'], eventIds: ['a'] }]);
	});
});

describe('basemapCountryOfEvents and countriesOf', () => {
	it('finds the basemap country under a country-level marker, and the countries of selected events', () => {
		const groups = groupByPlace([at('a', 'Pyongyang', 'city', null, 39, 125.7), at('b', 'North Korea', 'country', null, 39, 125.7), at('c', 'Vladivostok', 'city', null, 43.1, 131.9)]);
		const byEvent = basemapCountryOfEvents(groups, WORLD);
		expect([...byEvent]).toEqual([
			['a', 'North Korea'],
			['b', 'North Korea']
		]);
		expect([...countriesOf(['c', 'a'], byEvent)]).toEqual(['North Korea']);
		expect([...countriesOf(['c'], byEvent)]).toEqual([]);
	});
});
