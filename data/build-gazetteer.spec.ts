import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchTransliteration } from './build-gazetteer';
import { gazetteerPath, loadGazetteer } from '../src/lib/extract/places/load';
import { findPlaces } from '../src/lib/extract/places/index';
import { makeDoc } from '../src/lib/extract/places/test-gazetteer';
import { nameKey } from '../src/lib/extract/places/normalize';

describe('frenchTransliteration', () => {
	const cases: [string, string][] = [
		['Kursk', 'Koursk'],
		['Khasan', 'Khassan'],
		['Chernihiv', 'Tchernihiv'],
		['Zhytomyr', 'Jytomyr'],
		['Luhansk', 'Louhansk'],
		['Bakhmut', 'Bakhmout'],
		['Yakutsk', 'Iakoutsk'],
		['Vladivostok', 'Vladivostok']
	];
	it.each(cases)('%s → %s', (en, fr) => expect(frenchTransliteration(en)).toBe(fr));
});

// The real gazetteer is built by `npm run build:data` (CI runs it before the
// tests). Without it these are skipped, not failed.
const built = existsSync(gazetteerPath());
describe.skipIf(!built)('the generated gazetteer (needs `npm run build:data`)', () => {
	// How fast it loads is the benchmark's `gazetteer_load_ms`, not a test's.
	it('loads and knows the press spellings', () => {
		const g = loadGazetteer();
		expect(g.size).toBeGreaterThan(50000);
		const first = (name: string) => g.lookup(nameKey(name)).map((p) => g.entry(p.entry).id);
		expect(first('Corée du Nord')).toContain('iso:KP');
		expect(first('Fédération de Russie')).toContain('iso:RU');
		expect(first('Pékin')).toContain('geonames:1816670');
		expect(first('Kiev')).toContain('geonames:703448');
		expect(first('Vostotchny')).toContain('curated:vostochny-cosmodrome');
		expect(first('Turkey')).toContain('iso:TR');
		expect(g.attribution).toMatch(/GeoNames/);
	});

	it('reads a French and an English paragraph', () => {
		const g = loadGazetteer();
		const fr = findPlaces(makeDoc('Kim Jong Un a quitté Pyongyang pour Vladivostok, dans l’Extrême-Orient russe. Moscou souhaite des obus.', 'fr'), g);
		expect(fr.map((p) => `${p.text}:${p.gazetteerId}:${p.metonym}`)).toEqual([
			'Pyongyang:geonames:1871859:false',
			'Vladivostok:geonames:2013348:false',
			'Extrême-Orient russe:curated:extreme-orient-russe:false',
			'Moscou:geonames:524901:true'
		]);
		const en = findPlaces(makeDoc('Rescuers in Turkey and Syria dug through rubble. In Antakya, the ancient Antioch, blocks collapsed. Washington said it would help.', 'en'), g);
		expect(en.map((p) => p.text)).toEqual(['Turkey', 'Syria', 'Antakya', 'Antioch', 'Washington']);
		expect(en.find((p) => p.text === 'Antioch')?.country).toBe('TR');
	});

	it('reads each city of a hyphenated route, and no place from other hyphenated names', () => {
		const g = loadGazetteer();
		const route = findPlaces(makeDoc("Un TGV sur trois circulera sur l'axe Paris-Lyon-Marseille ; le Paris-Nantes a été retardé.", 'fr'), g);
		expect(route.map((p) => p.text)).toEqual(['Paris', 'Lyon', 'Marseille', 'Paris', 'Nantes']);
		const names = findPlaces(makeDoc('Le sommet Poutine-Kim a eu lieu. Météo-France prévoit de la pluie à Aix-en-Provence.', 'fr'), g);
		expect(names.map((p) => p.text)).toEqual(['Aix-en-Provence']);
	});

	it('reads no country from a phrase that spells its name in lower case', () => {
		const g = loadGazetteer();
		const fr = findPlaces(makeDoc("La réunion s'est tenue au siège. Il vit à La Réunion, loin de l'Arabie saoudite.", 'fr'), g);
		expect(fr.map((p) => `${p.text}:${p.gazetteerId}`)).toEqual(['La Réunion:iso:RE', 'Arabie saoudite:iso:SA']);
	});

	it('reads the French press\'s neighbours as countries, not as rivers or mountains', () => {
		const g = loadGazetteer();
		const fr = findPlaces(makeDoc('La première visite d’un chef d’État français outre-Rhin depuis 2000, saluée outre-Manche et outre-Atlantique.', 'fr'), g);
		expect(fr.map((p) => `${p.text}:${p.gazetteerId}`)).toEqual(['outre-Rhin:iso:DE', 'outre-Manche:iso:GB', 'outre-Atlantique:iso:US']);
		// In English the words are not names.
		expect(findPlaces(makeDoc('The Rhine flooded.', 'en'), g).map((p) => p.gazetteerId)).not.toContain('iso:DE');
	});
});
