/**
 * A small gazetteer for unit tests: the places of the dev articles and the
 * traps around them (a village called `Un`, Antioch in California, …), so
 * recognise/resolve are tested without the generated file.
 */
import { buildGazetteer, type EntryInput, type Gazetteer } from './gazetteer';
import { normalizeForMatching } from '../clean';
import { splitSentences } from '../sentences';
import type { Doc } from '../document';
import type { Lang } from '$lib/model';

export const TEST_ENTRIES: EntryInput[] = [
	{ id: 'iso:RU', en: 'Russia', fr: 'Russie', lat: 55.7522, lon: 37.6156, kind: 'country', country: 'RU', feature: 'ISO', names: ['Fédération de Russie'], alts: [[61.5, 105.3]] },
	{ id: 'iso:KP', en: 'North Korea', fr: 'Corée du Nord', lat: 39.0339, lon: 125.7543, kind: 'country', country: 'KP', feature: 'ISO' },
	{ id: 'iso:US', en: 'United States', fr: 'États-Unis', lat: 38.8951, lon: -77.0364, kind: 'country', country: 'US', feature: 'ISO', names: ['=US', '=USA'] },
	{ id: 'iso:TR', en: 'Turkey', fr: 'Turquie', lat: 39.92, lon: 32.85, kind: 'country', country: 'TR', feature: 'ISO' },
	{ id: 'iso:MX', en: 'Mexico', fr: 'Mexique', lat: 19.43, lon: -99.13, kind: 'country', country: 'MX', feature: 'ISO', names: ['en:Mexico', 'fr:Mexique'] },
	{ id: 'iso:IN', en: 'India', fr: 'Inde', lat: 28.61, lon: 77.21, kind: 'country', country: 'IN', feature: 'ISO' },
	{ id: 'iso:UA', en: 'Ukraine', lat: 50.45, lon: 30.52, kind: 'country', country: 'UA', feature: 'ISO' },
	{ id: 'geonames:524901', en: 'Moscow', fr: 'Moscou', lat: 55.7522, lon: 37.6156, kind: 'city', country: 'RU', population: 10381222, feature: 'PPLC' },
	{ id: 'geonames:1871859', en: 'Pyongyang', lat: 39.0339, lon: 125.7543, kind: 'city', country: 'KP', population: 3222000, feature: 'PPLC' },
	{ id: 'geonames:2013348', en: 'Vladivostok', lat: 43.1056, lon: 131.8735, kind: 'city', country: 'RU', population: 604901, feature: 'PPLA' },
	{ id: 'geonames:4140963', en: 'Washington, D.C.', fr: 'Washington', lat: 38.8951, lon: -77.0364, kind: 'city', country: 'US', population: 689545, feature: 'PPLC', names: ['Washington'] },
	{ id: 'geonames:2634715', en: 'Washington', lat: 54.9, lon: -1.5167, kind: 'city', country: 'GB', population: 53526, feature: 'PPL' },
	{ id: 'geonames:1261481', en: 'New Delhi', lat: 28.6358, lon: 77.2245, kind: 'city', country: 'IN', population: 317797, feature: 'PPLC' },
	{ id: 'geonames:1273294', en: 'Delhi', lat: 28.652, lon: 77.2315, kind: 'city', country: 'IN', population: 10927986, feature: 'PPLA' },
	{ id: 'geonames:3451190', en: 'Rio de Janeiro', lat: -22.9064, lon: -43.1822, kind: 'city', country: 'BR', population: 6747815, feature: 'PPLA' },
	{ id: 'geonames:3530597', en: 'Mexico City', fr: 'Mexico', lat: 19.4285, lon: -99.1277, kind: 'city', country: 'MX', population: 12294193, feature: 'PPLC', names: ['fr:Mexico'] },
	{ id: 'geonames:323779', en: 'Antakya', lat: 36.2066, lon: 36.1572, kind: 'city', country: 'TR', population: 210000, feature: 'PPLA', names: ['Antioch', 'Antioche'] },
	{ id: 'geonames:5324200', en: 'Antioch', lat: 38.0049, lon: -121.8058, kind: 'city', country: 'US', population: 110542, feature: 'PPL' },
	{ id: 'geonames:310859', en: 'Kahramanmaraş', lat: 37.5847, lon: 36.9264, kind: 'city', country: 'TR', population: 376045, feature: 'PPLA' },
	{ id: 'geonames:302800', en: 'Pazarcık', lat: 37.4869, lon: 37.2996, kind: 'city', country: 'TR', population: 23850, feature: 'PPL' },
	{ id: 'geonames:2022586', en: 'Khasan', fr: 'Khassan', lat: 42.4239, lon: 130.6516, kind: 'city', country: 'RU', population: 776, feature: 'PPL' },
	{ id: 'geonames:1', en: 'Un', lat: 21.0, lon: 71.0, kind: 'city', country: 'IN', population: 20000, feature: 'PPL' },
	{ id: 'geonames:2', en: 'Kim', lat: 37.0, lon: -103.0, kind: 'city', country: 'US', population: 3000, feature: 'PPL' },
	{ id: 'geonames:3', en: 'Vladimir', lat: 56.13, lon: 40.4, kind: 'city', country: 'RU', population: 350087, feature: 'PPLA' },
	{ id: 'geonames:4', en: 'Sol', lat: 40.0, lon: -3.0, kind: 'city', country: 'ES', population: 5000, feature: 'PPL' },
	{ id: 'geonames:5', en: 'Nord', lat: 50.0, lon: 3.0, kind: 'city', country: 'FR', population: 2000, feature: 'PPL' },
	{ id: 'geonames:6', en: 'Reading', lat: 51.45, lon: -0.97, kind: 'city', country: 'GB', population: 244070, feature: 'PPL' },
	{ id: 'geonames:7', en: 'Ghat', lat: 24.96, lon: 10.17, kind: 'city', country: 'LY', population: 24347, feature: 'PPLA' },
	{ id: 'iso:JO', en: 'Jordan', fr: 'Jordanie', lat: 31.96, lon: 35.95, kind: 'country', country: 'JO', feature: 'ISO' },
	{ id: 'geonames:8', en: 'Peterson', lat: 42.0, lon: -95.0, kind: 'city', country: 'US', population: 1000, feature: 'PPL' },
	{ id: 'geonames:2911240', en: 'Hamm', lat: 51.68, lon: 7.82, kind: 'city', country: 'DE', population: 178967, feature: 'PPL', names: ['~Hamas'] },
	{ id: 'geonames:2660646', en: 'Genève', lat: 46.2022, lon: 6.1457, kind: 'city', country: 'CH', population: 183981, feature: 'PPLA', names: ['~Geneva'] },
	{ id: 'geonames:4893591', en: 'Geneva', lat: 41.8875, lon: -88.3053, kind: 'city', country: 'US', population: 21806, feature: 'PPLA2' },
	{ id: 'curated:primorye', en: 'Primorsky Krai', fr: 'Primorié', lat: 43.1056, lon: 131.8735, kind: 'region', country: 'RU', feature: 'CUR', names: ['Primorye', 'kraï du Primorié'] },
	{ id: 'curated:sea-of-japan', en: 'Sea of Japan', fr: 'mer du Japon', lat: 40, lon: 135, kind: 'region', feature: 'CUR' },
	{ id: 'curated:vostochny-cosmodrome', en: 'Vostochny Cosmodrome', fr: 'cosmodrome de Vostotchny', lat: 51.8844, lon: 128.3334, kind: 'site', country: 'RU', feature: 'CUR', names: ['Vostotchny', 'Vostochny'] },
	// Towns named like common words, and namesakes told apart by their region
	{ id: 'iso:FR', en: 'France', lat: 48.85, lon: 2.35, kind: 'country', country: 'FR', feature: 'ISO' },
	{ id: 'iso:GB', en: 'United Kingdom', fr: 'Royaume-Uni', lat: 51.51, lon: -0.13, kind: 'country', country: 'GB', feature: 'ISO' },
	{ id: 'geonames:2988507', en: 'Paris', lat: 48.8534, lon: 2.3488, kind: 'city', country: 'FR', population: 2138551, feature: 'PPLC' },
	{ id: 'geonames:4717560', en: 'Paris', lat: 33.6609, lon: -95.5555, kind: 'city', country: 'US', population: 25171, feature: 'PPLA2' },
	{ id: 'curated:texas', en: 'Texas', lat: 30.2672, lon: -97.7431, kind: 'region', country: 'US', feature: 'ADM1' },
	{ id: 'curated:alabama', en: 'Alabama', lat: 32.3668, lon: -86.3, kind: 'region', country: 'US', feature: 'ADM1' },
	{ id: 'curated:nebraska', en: 'Nebraska', lat: 40.8, lon: -96.667, kind: 'region', country: 'US', feature: 'ADM1' },
	{ id: 'geonames:4076598', en: 'Mobile', lat: 30.6944, lon: -88.0431, kind: 'city', country: 'US', population: 190432, feature: 'PPLA2' },
	{ id: 'geonames:2656173', en: 'Bath', lat: 51.3751, lon: -2.3617, kind: 'city', country: 'GB', population: 101557, feature: 'PPLA2' },
	{ id: 'geonames:2638678', en: 'Sale', lat: 53.4252, lon: -2.3244, kind: 'city', country: 'GB', population: 55689, feature: 'PPL' },
	{ id: 'geonames:2537881', en: 'Salé', lat: 34.0531, lon: -6.7985, kind: 'city', country: 'MA', population: 903485, feature: 'PPL', names: ['Sale'] },
	{ id: 'geonames:2643123', en: 'Manchester', lat: 53.481, lon: -2.2374, kind: 'city', country: 'GB', population: 395515, feature: 'PPLA2' },
	{ id: 'geonames:4407066', en: 'St. Louis', lat: 38.6273, lon: -90.1979, kind: 'city', country: 'US', population: 315685, feature: 'PPL' },
	// Valence the French town and Valencia (Valence in French), told apart by `(Drôme)`
	{ id: 'geonames:2509954', en: 'Valencia', fr: 'Valence', lat: 39.4698, lon: -0.3774, kind: 'city', country: 'ES', population: 789744, feature: 'PPLA', names: ['fr:Valence'] },
	{ id: 'geonames:2971053', en: 'Valence', lat: 44.9256, lon: 4.9096, kind: 'city', country: 'FR', population: 63864, feature: 'PPLA2' },
	{ id: 'curated:drome', en: 'Drôme', lat: 44.9256, lon: 4.9096, kind: 'region', country: 'FR', feature: 'CUR' },
	// A small island town, named once with a cue and then without; a city named with its airport
	{ id: 'iso:IT', en: 'Italy', fr: 'Italie', lat: 41.89, lon: 12.51, kind: 'country', country: 'IT', feature: 'ISO' },
	{ id: 'geonames:2524245', en: 'Lampedusa', lat: 35.5014, lon: 12.6096, kind: 'city', country: 'IT', population: 4065, feature: 'PPL' },
	{ id: 'geonames:2655603', en: 'Birmingham', lat: 52.4814, lon: -1.8998, kind: 'city', country: 'GB', population: 1144919, feature: 'PPLA2' },
	{ id: 'geonames:4049979', en: 'Birmingham', lat: 33.5207, lon: -86.8025, kind: 'city', country: 'US', population: 212461, feature: 'PPLA2' },
	{ id: 'geonames:4180439', en: 'Atlanta', lat: 33.749, lon: -84.388, kind: 'city', country: 'US', population: 463878, feature: 'PPLA' },
	{ id: 'geonames:4221552', en: 'Savannah', lat: 32.0835, lon: -81.0998, kind: 'city', country: 'US', population: 147780, feature: 'PPLA2' },
	{ id: 'geonames:4407', en: 'Savannah', lat: 39.9417, lon: -94.8303, kind: 'city', country: 'US', population: 5108, feature: 'PPLA2' },
	{ id: 'geonames:2990440', en: 'Nice', lat: 43.7031, lon: 7.2661, kind: 'city', country: 'FR', population: 342669, feature: 'PPLA2' },
	{ id: 'geonames:3031582', en: 'Cannes', lat: 43.5513, lon: 7.0128, kind: 'city', country: 'FR', population: 70011, feature: 'PPL' },
	{ id: 'geonames:2972191', en: 'Tours', lat: 47.3948, lon: 0.704, kind: 'city', country: 'FR', population: 141621, feature: 'PPLA2' },
	{ id: 'geonames:3003603', en: 'La Défense', lat: 48.8918, lon: 2.2380, kind: 'city', country: 'FR', population: 20000, feature: 'PPLX' },
	// Villages of the Var, and a town whose name starts with its article
	{ id: 'geonames:3014634', en: 'Grimaud', lat: 43.2733, lon: 6.5218, kind: 'city', country: 'FR', population: 4122, feature: 'PPL' },
	{ id: 'geonames:3024313', en: 'Collobrières', lat: 43.2378, lon: 6.309, kind: 'city', country: 'FR', population: 1651, feature: 'PPL' },
	{ id: 'geonames:3003650', en: 'Le Luc', lat: 43.3944, lon: 6.3128, kind: 'city', country: 'FR', population: 7953, feature: 'PPL' },
	{ id: 'geonames:3003796', en: 'Le Havre', lat: 49.4938, lon: 0.1077, kind: 'city', country: 'FR', population: 185972, feature: 'PPLA3' },
	{ id: 'geonames:3003045', en: 'Le Palais', lat: 47.3483, lon: -3.155, kind: 'city', country: 'FR', population: 2645, feature: 'PPL' },
	{ id: 'geonames:2796353', en: 'Havre', lat: 50.4679, lon: 3.9851, kind: 'city', country: 'BE', population: 6219, feature: 'PPL' },
	{ id: 'curated:hatay-province', en: 'Hatay Province', lat: 36.2066, lon: 36.1572, kind: 'region', country: 'TR', feature: 'ADM1', names: ['Hatay'] },
	// A river named like a company, and one named like a town (only with its cue, as curated-forms.ts writes it)
	{ id: 'curated:amazon-river', en: 'Amazon', fr: 'Amazone', lat: -3.1, lon: -60.0, kind: 'region', feature: 'CUR', names: ['Amazon River'] },
	{ id: 'curated:orange-river', en: 'Orange River', fr: 'fleuve Orange', lat: -28.45, lon: 21.25, kind: 'region', feature: 'CUR', names: ['River Orange'] },
	{ id: 'geonames:2989460', en: 'Orange', lat: 44.1381, lon: 4.8075, kind: 'city', country: 'FR', population: 29212, feature: 'PPL' },
	{ id: 'curated:vaucluse', en: 'Vaucluse', lat: 43.9493, lon: 4.8055, kind: 'region', country: 'FR', feature: 'ADM1' }
];

let cached: Gazetteer | null = null;
export function testGazetteer(): Gazetteer {
	return (cached ??= buildGazetteer(TEST_ENTRIES));
}

export function makeDoc(text: string, lang: Lang = 'fr'): Doc {
	const norm = normalizeForMatching(text);
	return { text, norm, lang, dct: '2023-09-12', sentences: splitSentences(text, norm, lang) };
}
