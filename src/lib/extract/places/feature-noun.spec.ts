import { describe, expect, it } from 'vitest';
import { findPlaces } from './index';
import { buildGazetteer } from './gazetteer';
import { makeDoc, TEST_ENTRIES } from './test-gazetteer';

// An island's town (Likoma, the seat of Likoma Island) and the towns of a coast with unlisted islands.
const g = buildGazetteer([
	...TEST_ENTRIES,
	{ id: 'iso:MW', en: 'Malawi', lat: -13.97, lon: 33.79, kind: 'country', country: 'MW', feature: 'ISO' },
	{ id: 'geonames:924944', en: 'Likoma', lat: -12.0667, lon: 34.7333, kind: 'city', country: 'MW', population: 0, feature: 'PPLA2' },
	{ id: 'iso:IE', en: 'Ireland', lat: 53.33, lon: -6.25, kind: 'country', country: 'IE', feature: 'ISO' },
	{ id: 'geonames:2962961', en: 'Killybegs', lat: 54.6333, lon: -8.45, kind: 'city', country: 'IE', population: 1297, feature: 'PPL' },
	{ id: 'geonames:5107152', en: 'Rhode Island', lat: 41.82, lon: -71.41, kind: 'region', country: 'US', feature: 'ADM1' }
]);
const places = (text: string) => findPlaces(makeDoc(text, 'en'), g).map((p) => `${p.text}|${p.kind}|${p.lat}`);

describe('islands named with their noun', () => {
	it('reads `Likoma Island` as a place, so `Likoma` is no person’s name elsewhere in the story', () => {
		const text = 'Cholera has reached Malawi. The first cases were confirmed on Likoma Island on 17 November. A helicopter flew supplies to Likoma on Thursday.';
		expect(places(text)).toEqual(['Malawi|country|-13.97', 'Likoma|city|-12.0667', 'Likoma|city|-12.0667']);
	});

	it('places an island the gazetteer does not know at the town the story names beside it', () => {
		const text = 'The trawler, based in Killybegs in Ireland, sank some 18 nautical miles north-west of Tory Island.';
		expect(places(text)).toEqual(['Killybegs|city|54.6333', 'Ireland|country|53.33', 'Tory Island|site|54.6333']);
	});

	it('leaves names that are the gazetteer’s as a whole, and runs that only open with a function word', () => {
		expect(places('Flooding hit Rhode Island on Sunday.')).toEqual(['Rhode Island|region|41.82']);
		// No place in the story to put the island at: no site.
		expect(places('On Tory Island, nobody was hurt.')).toEqual([]);
	});
});

describe('areas named with their noun', () => {
	it('places a district or county the gazetteer does not know at the town the story names beside it', () => {
		const text = 'The train derailed near Killybegs, in Ireland. The Gorbeg County sheriff closed the road, and the Gorbeg district council opened a shelter.';
		expect(places(text)).toEqual(['Killybegs|city|54.6333', 'Ireland|country|53.33', 'Gorbeg County|site|54.6333', 'Gorbeg district|site|54.6333']);
	});

	it('leaves a capitalised word at a sentence start, and a known name with its noun, to the other rules', () => {
		expect(places('The train derailed near Killybegs, in Ireland. Police district officers closed the road.')).toEqual(['Killybegs|city|54.6333', 'Ireland|country|53.33']);
		expect(places('Flooding hit homes in Killybegs district in Ireland on Sunday.').slice(0, 1)).toEqual(['Killybegs|region|54.6333']);
	});
});
