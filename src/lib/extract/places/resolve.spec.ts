import { describe, expect, it } from 'vitest';
import { findPlaces } from './index';
import { makeDoc, testGazetteer } from './test-gazetteer';
import { buildGazetteer, type EntryInput } from './gazetteer';
import type { Lang } from '$lib/model';

const g = testGazetteer();
/** `text→gazetteerId` for every place found. */
const found = (text: string, lang: Lang = 'fr'): string[] => findPlaces(makeDoc(text, lang), g).map((p) => `${p.text}→${p.gazetteerId}`);

describe('findPlaces: what is a place', () => {
	const cases: [string, Lang, string[]][] = [
		['Kim est arrivé en Russie mardi.', 'fr', ['Russie→iso:RU']],
		['Il a gagné la Corée du Nord.', 'fr', ['Corée du Nord→iso:KP']],
		['Une visite en Fédération de Russie.', 'fr', ['Fédération de Russie→iso:RU']],
		['Le sommet de New Delhi, puis Rio de Janeiro.', 'fr', ['New Delhi→geonames:1261481', 'Rio de Janeiro→geonames:3451190']],
		// Person names and titles
		['Le dirigeant Kim Jong Un est venu. Kim a souri.', 'fr', []],
		['Le président Vladimir Poutine a parlé de la Russie.', 'fr', ['Russie→iso:RU']],
		// Organisation names and government buildings
		["Il est professeur à l'Université de Washington.", 'fr', []],
		['La Maison Blanche a averti Pyongyang.', 'fr', ['Pyongyang→geonames:1871859']],
		['Selon l’Agence France-Presse, Moscou souhaite acheter des obus.', 'fr', ['Moscou→geonames:524901']],
		// …but a lower-case `centre` is the town's middle
		['Il a plu toute la nuit dans le centre de Nice.', 'fr', ['Nice→geonames:2990440']],
		['Le Centre de Nice a publié son rapport.', 'fr', []],
		// Streets named after a town are not the town
		["Un immeuble de la rue de Moscou s'est effondré à Vladivostok, rue Pyongyang.", 'fr', ['Vladivostok→geonames:2013348']],
		['Protesters marched down Moscow Road in Pyongyang.', 'en', ['Pyongyang→geonames:1871859']],
		// A common noun hyphenated before a country names a company (`Hydro-Québec`); a country before one names a war
		['Radio-Russie a parlé de la guerre Russie-Ukraine.', 'fr', ['Russie→iso:RU', 'Ukraine→iso:UA']],
		// A village in capitals opening a dateline is where the story was filed
		['LE LUC, 22 juillet (AFP) - Le feu a brûlé en France.', 'fr', ['LE LUC→geonames:3003650', 'France→iso:FR']],
		['Le feu a brûlé en France. LE LUC est en feu.', 'fr', ['France→iso:FR']],
		// A village listed with a neighbour that has a cue shares it
		['Le feu a brûlé en France, et la route entre Collobrières et Grimaud restait coupée.', 'fr', ['France→iso:FR', 'Collobrières→geonames:3024313', 'Grimaud→geonames:3014634']],
		// `du`/`au` hold the name's article: `du Havre` is Le Havre, not Havre in Belgium
		['Les dockers du Havre sont en grève en France.', 'fr', ['Havre→geonames:3003796', 'France→iso:FR']],
		// …but not when the word heads a noun phrase of its own (`au Palais de justice` is not Le Palais)
		['Le juge a parlé en France, au Palais de justice.', 'fr', ['France→iso:FR']],
		// A byline's author is not a place, even in capitals; nor a name inside an institute's
		['Le feu a brûlé.\nPar KIM MOSCOU\nLe train est arrivé à Pyongyang.', 'fr', ['Pyongyang→geonames:1871859']],
		['She was a fellow at the Moscow Polar Research Institute, then moved to Pyongyang.', 'en', ['Pyongyang→geonames:1871859']],
		// Common words that are also hamlets
		['Sol et Nord sont des mots. Un jour, il partit.', 'fr', []],
		['Reading the statement, he left Moscow.', 'en', ['Moscow→geonames:524901']],
		// Demonyms are lower case in French, and not in the gazetteer
		['Le dirigeant nord-coréen et le président russe.', 'fr', []],
		// Curated names, lower-case heads
		['Des tirs vers la mer du Japon, près du cosmodrome de Vostotchny.', 'fr', ['mer du Japon→curated:sea-of-japan', 'cosmodrome de Vostotchny→curated:vostochny-cosmodrome']],
		['Le train est arrivé à Primorye, puis à Vostotchny.', 'fr', ['Primorye→curated:primorye', 'Vostotchny→curated:vostochny-cosmodrome']],
		// Exact-case acronyms, as nouns only
		['The US said it would help. Tell us more.', 'en', ['US→iso:US']],
		['The U.S. said so. U.S. officials met. The U.S. Navy sailed.', 'en', ['U.S.→iso:US']],
		// A country name as a first name; an organisation's alternate
		['Jordan Peterson criticized the response seen in Jordan.', 'en', ['Jordan→iso:JO']],
		// …and as a surname (`François Hollande`), unless a qualifier comes first
		['Michael Jordan met fans in Jordan.', 'en', ['Jordan→iso:JO']],
		['Troops massed in Eastern Jordan.', 'en', ['Jordan→iso:JO']],
		['Hamas fired rockets.', 'en', []],
		// An abbreviation's full stop inside a name
		['The team flew to St. Louis on Monday.', 'en', ['St. Louis→geonames:4407066']],
		// `Valence (Drôme)`: the region in brackets says which Valence, there and in every other mention
		["Effondrement à Valence. Un immeuble s'est écroulé à Valence (Drôme). Valence est en deuil.", 'fr', ['Valence→geonames:2971053', 'Valence→geonames:2971053', 'Drôme→curated:drome', 'Valence→geonames:2971053']],
		// One sense per discourse: a small town placed once with a cue keeps its reading where it recurs without one
		['Italy sent boats to the island of Lampedusa. The boat sank south of Lampedusa. Lampedusa is tiny.', 'en', ['Italy→iso:IT', 'Lampedusa→geonames:2524245', 'Lampedusa→geonames:2524245', 'Lampedusa→geonames:2524245']],
		// A run closed by a site noun is a place, not a person's name: its city keeps its readings
		['Flights leave Birmingham Airport on Tuesday. The team flies from Birmingham.', 'en', ['Birmingham→geonames:2655603', 'Birmingham→geonames:2655603']],
		// A curated feature named like a company is the feature only after an article or a cue
		['Amazon said its sales rose. Amazon River dolphins are rare.', 'en', ['Amazon River→curated:amazon-river']],
		['Fires raged in the Amazon. The Amazon is burning.', 'en', ['Amazon→curated:amazon-river', 'Amazon→curated:amazon-river']],
		["Des pirogues remontent l'Amazone.", 'fr', ['Amazone→curated:amazon-river']],
		// A river named like a town only with its cue; the town and the company keep their own readings
		['Le fleuve Orange a débordé. À Orange, dans le Vaucluse, il pleut. Orange a coupé le réseau.', 'fr', ['fleuve Orange→curated:orange-river', 'Orange→geonames:2989460', 'Vaucluse→curated:vaucluse']],
		['Floods along the Orange River. Orange cut prices.', 'en', ['Orange River→curated:orange-river']]
	];
	it.each(cases)('%s (%s)', (text, lang, expected) => expect(found(text, lang)).toEqual(expected));
});

describe('findPlaces: which place', () => {
	const cases: [string, Lang, string[]][] = [
		// Language-specific readings
		['Les négociations ont eu lieu à Mexico.', 'fr', ['Mexico→geonames:3530597']],
		['Talks were held with Mexico.', 'en', ['Mexico→iso:MX']],
		// Context: Antioch next to Turkey is Antakya
		['Turkey was hit hard. In Antioch, blocks of flats collapsed.', 'en', ['Turkey→iso:TR', 'Antioch→geonames:323779']],
		// A passing mention of the US does not move Geneva to Illinois
		['Turkey was hit. Washington sent help. Turkey mourned. Speaking in Geneva, he said so.', 'en', ['Turkey→iso:TR', 'Washington→geonames:4140963', 'Turkey→iso:TR', 'Geneva→geonames:2660646']],
		// Capital over a namesake
		['Washington warned on Monday.', 'en', ['Washington→geonames:4140963']],
		// A hamlet needs a cue and a context
		['Kim avait franchi la frontière à Khassan, en Russie.', 'fr', ['Khassan→geonames:2022586', 'Russie→iso:RU']],
		['Khassan a dit non.', 'fr', []],
		// Regions
		['Near the town of Pazarcık in Kahramanmaraş province, Turkey.', 'en', ['Pazarcık→geonames:302800', 'Kahramanmaraş→geonames:310859', 'Turkey→iso:TR']],
		// A site known only by its apposition, placed at the story's city
		['Il a quitté New Delhi pour se recueillir au Raj Ghat, le mémorial du Mahatma Gandhi.', 'fr', ['New Delhi→geonames:1261481', 'Raj Ghat→near:geonames:1261481']],
		// …but not where the traveller came from: the city of the sentence before instead
		['Kim arrived in Vladivostok on Wednesday. He flew from Pyongyang and landed at Knevichi International Airport.', 'en', ['Vladivostok→geonames:2013348', 'Pyongyang→geonames:1871859', 'Knevichi International Airport→near:geonames:2013348']],
		["L'avion en provenance de Moscou s'est posé à l'aéroport de Knevitchi, près de Vladivostok.", 'fr', ['Moscou→geonames:524901', 'Knevitchi→near:geonames:2013348', 'Vladivostok→geonames:2013348']]
	];
	it.each(cases)('%s (%s)', (text, lang, expected) => expect(found(text, lang)).toEqual(expected));

	it('reads a region hint: Kahramanmaraş province is a region at its capital', () => {
		const p = findPlaces(makeDoc('The quake struck in Kahramanmaraş province, Turkey.', 'en'), g).find((x) => x.text === 'Kahramanmaraş');
		expect(p).toMatchObject({ kind: 'region', country: 'TR' });
	});
});

describe('findPlaces: metonyms', () => {
	const cases: [string, Lang, Record<string, boolean>][] = [
		['Moscou souhaite acheter des obus.', 'fr', { Moscou: true }],
		['Moscou et Pyongyang nient avoir fourni des armes.', 'fr', { Moscou: true, Pyongyang: true }],
		['Washington warned against an arms deal.', 'en', { Washington: true }],
		['Kim a quitté Pyongyang dimanche.', 'fr', { Pyongyang: false }],
		['Il vit à Moscou, la capitale.', 'fr', { Moscou: false }],
		["Turkey's disaster agency said so.", 'en', { Turkey: false }]
	];
	it.each(cases)('%s', (text, lang, expected) => {
		const got = Object.fromEntries(findPlaces(makeDoc(text, lang), g).map((p) => [p.text, p.metonym]));
		expect(got).toEqual(expected);
	});
});

describe('findPlaces: output shape and robustness', () => {
	it('returns sorted, non-overlapping places with ids p0, p1 … and text slices of the original', () => {
		const text = 'Kim a quitté Pyongyang\u00a0pour la Russie’s côte, puis Vladivostok.';
		const places = findPlaces(makeDoc(text), g);
		expect(places.map((p) => p.id)).toEqual(places.map((_, i) => `p${i}`));
		for (let i = 0; i < places.length; i++) {
			expect(text.slice(places[i].start, places[i].end)).toBe(places[i].text);
			if (i > 0) expect(places[i].start).toBeGreaterThanOrEqual(places[i - 1].end);
			expect(places[i].confidence).toBeGreaterThan(0);
			expect(places[i].confidence).toBeLessThanOrEqual(1);
		}
		expect(places.map((p) => p.name)).toEqual(['Pyongyang', 'Russie', 'Vladivostok']);
	});

	it('never throws on odd input', () => {
		for (const text of ['', ' ', '\uD800\uDC00\uD800', 'É'.repeat(1000), 'à à à', '-'.repeat(500), 'Corée du', 'mer du']) {
			expect(() => findPlaces(makeDoc(text), g)).not.toThrow();
		}
	});

	// How its time grows with the input is the benchmark's `scaling_1mb`, not a test's.
	it('reads every place of a 1 MB text', () => {
		const one = 'Kim est arrivé à Vladivostok, en Russie, puis a quitté Moscou. ';
		const text = one.repeat(16000);
		// Sentences made here, so that only this stage runs.
		const sentences = Array.from({ length: 16000 }, (_, i) => ({ index: i, start: i * one.length, end: (i + 1) * one.length, paragraph: 0, boilerplate: null }));
		const doc = { text, norm: text, lang: 'fr' as const, dct: '2023-09-12', sentences };
		const places = findPlaces(doc, g);
		expect(places.length).toBe(48000);
	});
});

describe('findPlaces: towns named like common words', () => {
	const cases: [string, Lang, string[]][] = [
		// A cue of place, even when the article also writes the word
		['Streets flooded in Bath. One family had to bail out the bath.', 'en', ['Bath→geonames:2656173']],
		['À Tours, les tours de refroidissement sont à l’arrêt.', 'fr', ['Tours→geonames:2972191']],
		// At a sentence start, the capital says nothing…
		['Mobile phone alerts went out. Nice weather is not expected.', 'en', []],
		// … but a list of places does
		['Nice, Cannes et Paris ont ouvert des salles rafraîchies.', 'fr', ['Nice→geonames:2990440', 'Cannes→geonames:3031582', 'Paris→geonames:2988507']],
		// A neighbour in the same sentence, and the story's country, choose Sale over Salé
		['Storms hit the United Kingdom. Further north, Sale and other suburbs of Manchester escaped.', 'en', ['United Kingdom→iso:GB', 'Sale→geonames:2638678', 'Manchester→geonames:2643123']],
		['The sale of sandbags soared in the United Kingdom.', 'en', ['United Kingdom→iso:GB']]
	];
	it.each(cases)('%s (%s)', (text, lang, expected) => expect(found(text, lang)).toEqual(expected));
});

describe('findPlaces: a town and its region', () => {
	const cases: [string, Lang, string[]][] = [
		// `X, Region`: the namesake in that region, however small
		['The campaign booked an event in Paris, Texas, near the border.', 'en', ['Paris→geonames:4717560', 'Texas→curated:texas']],
		['He flew to Mobile, Alabama.', 'en', ['Mobile→geonames:4076598', 'Alabama→curated:alabama']],
		// Without it, the capital
		['The summit was held in Paris on Monday.', 'en', ['Paris→geonames:2988507']],
		// A village close to a state named in passing does not outrank a city
		['It passed in Atlanta. Nebraska voted too. They will sue in Savannah.', 'en', ['Atlanta→geonames:4180439', 'Nebraska→curated:nebraska', 'Savannah→geonames:4221552']]
	];
	it.each(cases)('%s (%s)', (text, lang, expected) => expect(found(text, lang)).toEqual(expected));
});

describe('findPlaces: names that only look like places', () => {
	const cases: [string, Lang, string[]][] = [
		// A lower-case content word: a phrase, not the Paris business district
		['La défense civile a publié un bilan. Il travaille à La Défense.', 'fr', ['La Défense→geonames:3003603']],
		// An organisation named after a region
		["La Communauté économique des États de l'Afrique de l'Ouest se réunit à Paris.", 'fr', ['Paris→geonames:2988507']],
		// `mémorial du X` is a person; `centrale nucléaire de X` a place, by its neighbour
		['À Paris, la centrale nucléaire de Golfech est citée.', 'fr', ['Paris→geonames:2988507', 'Golfech→near:geonames:2988507']],
		['People fled to Al-Mawasi, a coastal area near Moscow.', 'en', ['Al-Mawasi→near:geonames:524901', 'Moscow→geonames:524901']]
	];
	it.each(cases)('%s (%s)', (text, lang, expected) => expect(found(text, lang)).toEqual(expected));
});

describe('findPlaces: a name is not its own context', () => {
	// Réunion's capital outranks the Saint-Denis by Paris on its own; in a story of French towns, the French one.
	const entries: EntryInput[] = [
		{ id: 'paris', en: 'Paris', lat: 48.8534, lon: 2.3488, kind: 'city', country: 'FR', population: 2138551, feature: 'PPLC' },
		{ id: 'lyon', en: 'Lyon', lat: 45.7485, lon: 4.8467, kind: 'city', country: 'FR', population: 522969, feature: 'PPLA' },
		{ id: 'saint-denis-fr', en: 'Saint-Denis', lat: 48.9356, lon: 2.3539, kind: 'city', country: 'FR', population: 96128, feature: 'PPLA3' },
		{ id: 'saint-denis-re', en: 'Saint-Denis', lat: -20.8823, lon: 55.4504, kind: 'city', country: 'RE', population: 137195, feature: 'PPLC' }
	];
	const gz = buildGazetteer(entries);

	it('does not let the capital of Réunion put Réunion in its own sentence', () => {
		const doc = makeDoc("À Paris, les syndicats ont confirmé la grève. La réunion s'est tenue au siège de l'entreprise à Saint-Denis. Les trains vers Lyon seront touchés.", 'fr');
		expect(findPlaces(doc, gz).map((p) => `${p.text}→${p.gazetteerId}`)).toEqual(['Paris→paris', 'Saint-Denis→saint-denis-fr', 'Lyon→lyon']);
	});
});

describe('findPlaces: a village beside the story', () => {
	const village = (lat: number, lon: number): EntryInput[] => [
		{ id: 'toulon', en: 'Toulon', lat: 43.1242, lon: 5.928, kind: 'city', country: 'FR', population: 171953, feature: 'PPLA2' },
		{ id: 'cadiere', en: "La Cadière-d'Azur", lat, lon, kind: 'city', country: 'FR', population: 5000, feature: 'PPL' },
		{ id: 'cuers', en: 'Cuers', lat: 43.2376, lon: 6.0712, kind: 'city', country: 'FR', population: 9000, feature: 'PPL' }
	];
	const text = "Le feu a brûlé mardi à Toulon. Quatre campings de La Cadière-d'Azur ont été vidés. Les habitants de Cuers ont été prévenus.";
	const ids = (entries: EntryInput[]): string[] => findPlaces(makeDoc(text, 'fr'), buildGazetteer(entries)).map((p) => `${p.text}→${p.gazetteerId}`);

	it('takes a name of several words within a few km of the story’s towns, with no cue before it', () => {
		expect(ids(village(43.195, 5.754))).toEqual(['Toulon→toulon', "La Cadière-d'Azur→cadiere"]);
	});

	it('needs a cue for a one-word name, or for a namesake far from the story', () => {
		expect(ids(village(46.2, 1.5))).toEqual(['Toulon→toulon']);
	});
});
