import { describe, expect, it } from 'vitest';
import { findPlaces } from './index';
import { buildGazetteer } from './gazetteer';
import { makeDoc, TEST_ENTRIES } from './test-gazetteer';

const g = buildGazetteer([
	...TEST_ENTRIES,
	{ id: 'geonames:5666639', en: 'Missoula', lat: 46.8722, lon: -113.994, kind: 'city', country: 'US', population: 73710, feature: 'PPLA2' }
]);
const places = (text: string) => findPlaces(makeDoc(text, 'en'), g).map((p) => `${p.text}|${p.lat}`);

describe('a site the gazetteer lacks keeps where it was placed', () => {
	it('places the site again where the story names no place beside it', () => {
		const text =
			'A train derailed west of Missoula in Mineral County on Tuesday. Crews worked through the night. Nobody was hurt. The line stays shut. The governor declared a state of emergency in Mineral County on Wednesday.';
		expect(places(text)).toEqual(['Missoula|46.8722', 'Mineral County|46.8722', 'Mineral County|46.8722']);
	});
});
