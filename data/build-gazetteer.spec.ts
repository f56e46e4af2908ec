import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedPlaces, frenchTransliteration } from './build-gazetteer';
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

	// Natural features, parks and sites (curated-nature.ts, curated-sites.ts): a sample of each kind.
	const ids = (text: string, lang: 'fr' | 'en') => findPlaces(makeDoc(text, lang), loadGazetteer()).map((p) => `${p.text}:${p.gazetteerId}`);

	it('reads rivers, lakes, peaks, deserts, waters and islands in both languages', () => {
		expect(ids('Le niveau du fleuve Ienisseï monte ; le lac Malawi déborde et le volcan Semeru gronde.', 'fr')).toEqual([
			'fleuve Ienisseï:curated:yenisei',
			'lac Malawi:curated:lake-malawi',
			'volcan Semeru:curated:semeru'
		]);
		expect(ids('Ships crossed the Dardanelles into the Sea of Marmara; smoke rose from Eyjafjallajökull.', 'en')).toEqual([
			'Dardanelles:curated:dardanelles',
			'Sea of Marmara:curated:sea-of-marmara',
			'Eyjafjallajökull:curated:eyjafjallajokull'
		]);
		expect(ids('Des migrants ont traversé le désert d’Atacama, puis le détroit de Magellan, jusqu’aux îles Galápagos.', 'fr')).toEqual([
			'désert d’Atacama:curated:atacama',
			'détroit de Magellan:curated:strait-of-magellan',
			'îles Galápagos:curated:galapagos'
		]);
	});

	it('reads parks, works, landmarks and stadiums', () => {
		expect(ids('Floods swamped Kaziranga National Park. The Grand Ethiopian Renaissance Dam is full.', 'en')).toEqual([
			'Kaziranga National Park:curated:kaziranga',
			'Grand Ethiopian Renaissance Dam:curated:gerd'
		]);
		expect(ids('Des manifestants ont défilé place Tahrir puis sur les Champs-Élysées ; le match se joue au Parc des Princes.', 'fr')).toEqual([
			'place Tahrir:curated:tahrir-square',
			'Champs-Élysées:curated:champs-elysees',
			'Parc des Princes:curated:parc-des-princes'
		]);
	});

	it('reads a station named after another town as the station', () => {
		expect(ids('Le TGV est parti de la gare de Lyon, à Paris, pour la gare de Lyon-Part-Dieu, puis Lyon.', 'fr')).toEqual([
			'gare de Lyon:curated:gare-de-lyon',
			'Paris:geonames:2988507',
			'gare de Lyon-Part-Dieu:curated:gare-part-dieu',
			'Lyon:geonames:2996944'
		]);
		expect(ids('Les voyageurs attendaient gare du Nord.', 'fr')).toEqual(['gare du Nord:curated:gare-du-nord']);
	});

	it('reads a feature named like a word, a person, a company or a town only with its cue', () => {
		// The river, the town, the company.
		expect(ids('Le fleuve Orange est en crue. À Orange, dans le Vaucluse, il pleut. Orange a coupé son réseau.', 'fr')).toEqual([
			'fleuve Orange:curated:orange-river',
			'Orange:geonames:2989460',
			'Vaucluse:curated:vaucluse'
		]);
		expect(ids('Amazon said sales rose, while fires burned in the Amazon.', 'en')).toEqual(['Amazon:curated:amazon-river']);
		// People named like rivers; the rivers with their cue.
		expect(ids('Lena Dunham and Andy Murray watched the Lena River and the Murray River.', 'en')).toEqual(['Lena River:curated:lena', 'Murray River:curated:murray']);
		// `Amour` is a French word: the Amur in French only with `fleuve`.
		expect(ids("Un chant d'Amour. Le fleuve Amour est gelé.", 'fr')).toEqual(['fleuve Amour:curated:amur']);
		// A river named like a country, and a person named like both: the river only with its cue.
		expect(ids('Le fleuve Congo borde Brazzaville. Le Congo a voté.', 'fr')).toEqual(['fleuve Congo:curated:congo-river', 'Brazzaville:geonames:2260535', 'Congo:iso:CD']);
		expect(ids('Michael Jordan visited the Jordan River, then Amman in Jordan.', 'en')).toEqual(['Jordan River:curated:jordan-river', 'Amman:geonames:250441', 'Jordan:iso:JO']);
		// Cue words alone name nothing; a town named like a river stays the town.
		expect(ids('Lake levels fell and the river rose; Mount officials met at the Cap.', 'en')).toEqual([]);
		expect(ids('Police in Green River said the lake was low.', 'en')).toEqual(['Green River:geonames:5826559']);
		// A square's name inside a group's name is no square.
		expect(ids('Hayat Tahrir al-Sham fighters rallied in Tahrir Square.', 'en')).toEqual(['Tahrir Square:curated:tahrir-square']);
	});

	it('reads regions outside the admin lists (curated-regions.ts)', () => {
		expect(ids("Le verglas a gagné l'Auvergne et le Limousin, puis la Sologne ; en Afrique de l'Est, la sécheresse dure.", 'fr')).toEqual([
			'Auvergne:curated:auvergne',
			'Limousin:curated:limousin',
			'Sologne:curated:sologne',
			"Afrique de l'Est:curated:east-africa"
		]);
		expect(ids('Storms hit Yorkshire and the Midlands, then Transylvania.', 'en')).toEqual(['Yorkshire:curated:yorkshire', 'Midlands:curated:midlands', 'Transylvania:curated:transylvania']);
	});

	it('keeps each curated id once (the two Sohae entries are one)', () => {
		const all = curatedPlaces().map((p) => p.id);
		expect(all.filter((id) => id === 'sohae')).toHaveLength(1);
		expect(new Set(all).size).toBe(all.length);
	});
});
