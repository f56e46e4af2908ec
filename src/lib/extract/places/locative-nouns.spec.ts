import { describe, expect, it } from 'vitest';
import { findPlaces } from './index';
import { buildGazetteer } from './gazetteer';
import { makeDoc, TEST_ENTRIES } from './test-gazetteer';
import type { Lang } from '$lib/model';

// Villages and small towns: each needs a cue before it (and a story near it) to be read as a place.
const g = buildGazetteer([
	...TEST_ENTRIES,
	{ id: 'iso:GR', en: 'Greece', fr: 'Grèce', lat: 37.98, lon: 23.73, kind: 'country', country: 'GR', feature: 'ISO' },
	{ id: 'geonames:251773', en: 'Vouliagméni', lat: 37.8142, lon: 23.7789, kind: 'city', country: 'GR', population: 4180, feature: 'PPL' },
	{ id: 'geonames:2983174', en: 'Rocquencourt', lat: 48.8378, lon: 2.1023, kind: 'city', country: 'FR', population: 3389, feature: 'PPL' },
	{ id: 'iso:BE', en: 'Belgium', fr: 'Belgique', lat: 50.85, lon: 4.35, kind: 'country', country: 'BE', feature: 'ISO' },
	{ id: 'geonames:2784821', en: 'Verviers', lat: 50.5891, lon: 5.8624, kind: 'city', country: 'BE', population: 52824, feature: 'PPL' },
	{ id: 'iso:IE', en: 'Ireland', lat: 53.33, lon: -6.25, kind: 'country', country: 'IE', feature: 'ISO' },
	{ id: 'geonames:2965402', en: 'Donegal', lat: 54.6538, lon: -8.1113, kind: 'city', country: 'IE', population: 2618, feature: 'PPL' }
]);
const found = (text: string, lang: Lang): string[] => findPlaces(makeDoc(text, lang), g).map((p) => p.text);

describe('nouns and prepositions that say the name after them is a place', () => {
	it('reads a village after `suburb of`, `hamlet of`, `bois de`, `forêt de`', () => {
		expect(found('The team arrived in Greece and trained in the coastal suburb of Vouliagmeni.', 'en')).toEqual(['Greece', 'Vouliagmeni']);
		expect(found('The team arrived in Greece and trained in the hamlet of Vouliagmeni.', 'en')).toEqual(['Greece', 'Vouliagmeni']);
		expect(found('Le braquage a eu lieu à Paris. Le scooter a été retrouvé dans un bois de Rocquencourt.', 'fr')).toEqual(['Paris', 'Rocquencourt']);
		expect(found('Le braquage a eu lieu à Paris. Les fuyards ont traversé la forêt de Rocquencourt.', 'fr')).toEqual(['Paris', 'Rocquencourt']);
	});

	it('reads a town after a hospital written in lower case, not after a hospital’s own name', () => {
		expect(found('La course partait de Belgique. Évacué vers un hôpital de Verviers, il souffre d’une fracture.', 'fr')).toEqual(['Belgique', 'Verviers']);
		expect(found('La course partait de Belgique. L’Hôpital de Verviers a publié un communiqué.', 'fr')).toEqual(['Belgique']);
	});

	it('reads a place after `off` (`off the Donegal coast`, `off Donegal`)', () => {
		expect(found('Five fishermen from Ireland were rescued after their trawler sank off the Donegal coast.', 'en')).toEqual(['Ireland', 'Donegal']);
		expect(found('It is the second sinking off Donegal this year, Ireland’s coast guard said.', 'en')).toEqual(['Donegal', 'Ireland']);
	});
});
