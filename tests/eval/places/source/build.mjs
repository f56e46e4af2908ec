/**
 * node tests/eval/places/source/build.mjs
 * Writes the gold files of tests/eval/places from the marked-up articles
 * here: `[[surface|key]]` (or `[[surface|key|m]]` for a metonym) marks a
 * place; `key` names a point in POINTS below. Occurrences are counted the
 * way score.mjs locates them (plain substring search), so they cannot
 * drift when the text is edited.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** key: [name, lat, lon, kind, alts?]. Countries and regions: capital first,
 * centroid among the alts (the eval README's rule). Points from GeoNames. */
const POINTS = {
	// United States
	'georgia-us': ['Georgia', 33.749, -84.388, 'region', [[32.68, -83.22]]],
	atlanta: ['Atlanta', 33.749, -84.388, 'city'],
	savannah: ['Savannah', 32.0809, -81.0912, 'city'],
	washington: ['Washington', 38.8951, -77.0364, 'city'],
	'jackson-ms': ['Jackson', 32.2988, -90.1848, 'city'],
	mississippi: ['Mississippi', 32.2988, -90.1848, 'region', [[32.74, -89.67]]],
	mobile: ['Mobile', 30.6944, -88.0431, 'city'],
	alabama: ['Alabama', 32.3668, -86.3, 'region', [[32.8, -86.8]]],
	'paris-tx': ['Paris', 33.6609, -95.5555, 'city'],
	texas: ['Texas', 30.2672, -97.7431, 'region', [[31.5, -99.3]]],
	oklahoma: ['Oklahoma', 35.4676, -97.5164, 'region', [[35.6, -97.5]]],
	nebraska: ['Nebraska', 40.8, -96.667, 'region', [[41.5, -99.8]]],
	pennsylvania: ['Pennsylvania', 40.2737, -76.8844, 'region', [[40.9, -77.8]]],
	michigan: ['Michigan', 42.7325, -84.5555, 'region', [[44.3, -85.4]]],
	alaska: ['Alaska', 58.3019, -134.4197, 'region', [[64.0, -150.0]]],
	hawaii: ['Hawaii', 21.3069, -157.8583, 'region', [[20.8, -156.3]]],
	andrews: ['Joint Base Andrews', 38.8108, -76.867, 'site'],
	seattle: ['Seattle', 47.6062, -122.3321, 'city'],
	// Asia-Pacific
	kamchatka: ['Kamchatka', 53.0452, 158.6483, 'region', [[56.0, 159.0]]],
	pacific: ['Pacific Ocean', 0, -160, 'region', [[20, 170], [-10, -140]]],
	tokyo: ['Tokyo', 35.6895, 139.6917, 'city'],
	russia: ['Russia', 55.7558, 37.6173, 'country', [[61.5, 105.3]]],
	hokkaido: ['Hokkaido', 43.0642, 141.3469, 'region', [[43.4, 142.8]]],
	aleutians: ['Aleutian Islands', 51.88, -176.66, 'region', [[52.5, -174], [53.9, -166.5]]],
	petropavlovsk: ['Petropavlovsk-Kamchatsky', 53.0452, 158.6483, 'city'],
	japan: ['Japan', 35.6895, 139.6917, 'country', [[36.2, 138.25]]],
	nemuro: ['Nemuro', 43.3236, 145.575, 'city'],
	haneda: ['Haneda Airport', 35.5494, 139.7798, 'site'],
	chile: ['Chile', -33.4569, -70.6483, 'country', [[-35.7, -71.5]]],
	// Middle East
	'rafah-crossing': ['Rafah crossing', 31.2469, 34.2597, 'site'],
	cairo: ['Cairo', 30.0444, 31.2357, 'city'],
	jerusalem: ['Jerusalem', 31.769, 35.2163, 'city'],
	'gaza-strip': ['Gaza Strip', 31.5017, 34.4668, 'region', [[31.4, 34.35]]],
	egypt: ['Egypt', 30.0444, 31.2357, 'country', [[26.8, 30.8]]],
	rafah: ['Rafah', 31.2969, 34.2455, 'city'],
	mawasi: ['Al-Mawasi', 31.36, 34.27, 'area'],
	'khan-younis': ['Khan Younis', 31.346, 34.3063, 'city'],
	israel: ['Israel', 31.769, 35.2163, 'country', [[31.5, 34.9]]],
	doha: ['Doha', 25.2854, 51.531, 'city'],
	'tel-aviv': ['Tel Aviv', 32.0809, 34.7806, 'city'],
	'west-bank': ['West Bank', 31.8996, 35.2042, 'region', [[31.95, 35.25]]],
	'nur-shams': ['Nur Shams', 32.318, 35.07, 'site'],
	tulkarm: ['Tulkarm', 32.3104, 35.0286, 'city'],
	'kiryat-shmona': ['Kiryat Shmona', 33.2073, 35.5697, 'city'],
	beirut: ['Beirut', 33.8938, 35.5018, 'city'],
	lebanon: ['Lebanon', 33.8938, 35.5018, 'country', [[33.85, 35.86]]],
	paris: ['Paris', 48.8534, 2.3488, 'city'],
	jordan: ['Jordan', 31.9552, 35.945, 'country', [[31.2, 36.5]]],
	// Ukraine and Europe
	ukraine: ['Ukraine', 50.4547, 30.5238, 'country', [[49.0, 31.4]]],
	kherson: ['Kherson', 46.6354, 32.6169, 'city'],
	kyiv: ['Kyiv', 50.4547, 30.5238, 'city'],
	'kakhovka-dam': ['Kakhovka Dam', 46.7776, 33.3706, 'site'],
	dnieper: ['Dnieper', 50.45, 30.52, 'region', [[46.63, 32.6], [47.85, 35.1]]],
	moscow: ['Moscow', 55.7558, 37.6173, 'city'],
	crimea: ['Crimea', 44.952, 34.1024, 'region', [[45.3, 34.4]]],
	'zaporizhzhia-plant': ['Zaporizhzhia Nuclear Power Plant', 47.5119, 34.5858, 'site'],
	zaporizhzhia: ['Zaporizhzhia', 47.8229, 35.1903, 'region', [[47.5, 35.5]]],
	'nova-kakhovka': ['Nova Kakhovka', 46.7546, 33.3486, 'city'],
	europe: ['Europe', 49, 10, 'area', [[50, 15], [54, 25]]],
	vienna: ['Vienna', 48.2085, 16.3721, 'city'],
	donbas: ['Donbas', 48.0, 37.8, 'region', [[48.0159, 37.8028]]],
	bakhmut: ['Bakhmut', 48.5947, 38.0003, 'city'],
	'black-sea': ['Black Sea', 43.4, 34.0, 'region'],
	odesa: ['Odesa', 46.4775, 30.7326, 'city'],
	lviv: ['Lviv', 49.8383, 24.0232, 'city'],
	orikhiv: ['Orikhiv', 47.5675, 35.7854, 'city'],
	robotyne: ['Robotyne', 47.4453, 35.8367, 'city'],
	sevastopol: ['Sevastopol', 44.6, 33.5333, 'city'],
	novorossiysk: ['Novorossiysk', 44.7239, 37.7683, 'city'],
	kharkiv: ['Kharkiv', 49.9808, 36.2527, 'city'],
	warsaw: ['Warsaw', 52.2298, 21.0118, 'city'],
	berlin: ['Berlin', 52.5244, 13.4105, 'city'],
	baltics: ['Baltic states', 57, 24, 'area', [[56.95, 24.11], [54.69, 25.28], [59.44, 24.75]]],
	'georgia-country': ['Georgia', 41.6941, 44.8337, 'country', [[42.2, 43.5]]],
	england: ['England', 51.5085, -0.1257, 'region', [[52.8, -1.5]]],
	london: ['London', 51.5085, -0.1257, 'city'],
	wales: ['Wales', 51.48, -3.18, 'region', [[52.3, -3.7]]],
	reading: ['Reading', 51.4565, -0.9711, 'city'],
	bath: ['Bath', 51.3794, -2.3656, 'city'],
	thames: ['Thames', 51.5, -0.12, 'region'],
	avon: ['River Avon', 51.3794, -2.3656, 'region'],
	sale: ['Sale', 53.4247, -2.3226, 'city'],
	manchester: ['Manchester', 53.4809, -2.2374, 'city'],
	dover: ['Dover', 51.1279, 1.3134, 'city'],
	calais: ['Calais', 50.9513, 1.8587, 'city'],
	split: ['Split', 43.5089, 16.4392, 'city'],
	croatia: ['Croatia', 45.8144, 15.978, 'country', [[45.1, 15.2]]],
	alps: ['Alps', 46.5, 10, 'region', [[45.9, 6.9], [47.0, 12.0]]],
	scandinavia: ['Scandinavia', 62, 15, 'area'],
	// Africa
	niger: ['Niger', 13.5116, 2.1254, 'country', [[17.6, 8.1]]],
	abuja: ['Abuja', 9.0579, 7.4951, 'city'],
	niamey: ['Niamey', 13.5116, 2.1254, 'city'],
	nigeria: ['Nigeria', 9.0579, 7.4951, 'country', [[9.5, 8.1]]],
	mali: ['Mali', 12.6392, -8.0029, 'country', [[17.6, -4.0]]],
	burkina: ['Burkina Faso', 12.3714, -1.5197, 'country', [[12.2, -1.6]]],
	bamako: ['Bamako', 12.6392, -8.0029, 'city'],
	ouagadougou: ['Ouagadougou', 12.3714, -1.5197, 'city'],
	sahel: ['Sahel', 15, 2, 'area', [[14, 0], [15, 10]]],
	sudan: ['Sudan', 15.5518, 32.5324, 'country', [[15.5, 30.0]]],
	darfur: ['Darfur', 13.5, 24, 'region', [[13.63, 25.35]]],
	geneina: ['El Geneina', 13.4526, 22.4473, 'city'],
	chad: ['Chad', 12.1067, 15.0444, 'country', [[15.4, 18.7]]],
	khartoum: ['Khartoum', 15.5518, 32.5324, 'city'],
	// Brazil and South America
	brazil: ['Brazil', -15.7797, -47.9297, 'country', [[-10.8, -53.0]]],
	'rio-grande-do-sul': ['Rio Grande do Sul', -30.0331, -51.23, 'region', [[-29.8, -53.2]]],
	'porto-alegre': ['Porto Alegre', -30.0331, -51.23, 'city'],
	guaiba: ['Guaíba', -30.1, -51.25, 'region'],
	'salgado-filho': ['Salgado Filho Airport', -29.9939, -51.1711, 'site'],
	canoas: ['Canoas', -29.9178, -51.1836, 'city'],
	brasilia: ['Brasília', -15.7797, -47.9297, 'city'],
	argentina: ['Argentina', -34.6132, -58.3772, 'country', [[-34.0, -64.0]]],
	uruguay: ['Uruguay', -34.9033, -56.1882, 'country', [[-32.5, -55.8]]],
	'santa-catarina': ['Santa Catarina', -27.5954, -48.548, 'region', [[-27.2, -50.2]]],
	taquari: ['Taquari', -29.47, -51.96, 'region', [[-29.8, -51.87]]],
	lajeado: ['Lajeado', -29.4669, -51.9614, 'city'],
	// France
	bretagne: ['Brittany', 48.1113, -1.68, 'region', [[48.2, -2.9]]],
	'grand-est': ['Grand Est', 48.5839, 7.7455, 'region', [[48.7, 5.6]]],
	metz: ['Metz', 49.1193, 6.1757, 'city'],
	lens: ['Lens', 50.4328, 2.8313, 'city'],
	idf: ['Île-de-France', 48.8534, 2.3488, 'region'],
	ssd: ['Seine-Saint-Denis', 48.9077, 2.4393, 'region'],
	bobigny: ['Bobigny', 48.9077, 2.4393, 'city'],
	'saint-denis': ['Saint-Denis', 48.9356, 2.3539, 'city'],
	orange: ['Orange', 44.1381, 4.8075, 'city'],
	vaucluse: ['Vaucluse', 43.9493, 4.8055, 'region', [[44.0, 5.2]]],
	nice: ['Nice', 43.7031, 7.2661, 'city'],
	cannes: ['Cannes', 43.5513, 7.0128, 'city'],
	antibes: ['Antibes', 43.5808, 7.1251, 'city'],
	promenade: ['Promenade des Anglais', 43.6953, 7.256, 'site'],
	po: ['Pyrénées-Orientales', 42.6976, 2.8954, 'region', [[42.6, 2.5]]],
	perpignan: ['Perpignan', 42.6976, 2.8954, 'city'],
	golfech: ['Golfech', 44.1067, 0.8453, 'site'],
	tours: ['Tours', 47.3936, 0.6848, 'city'],
	loire: ['Loire', 47.39, 0.69, 'region'],
	uk: ['United Kingdom', 51.5085, -0.1257, 'country', [[54.0, -2.0]]],
	channel: ['English Channel', 50.2, -1.0, 'region', [[50.5, 0.5]]]
};

for (const name of readdirSync(here).filter((f) => f.endsWith('.txt')).sort()) {
	const raw = readFileSync(join(here, name), 'utf8');
	const [head, body] = raw.split('\n---\n');
	const meta = Object.fromEntries(head.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
	let text = '';
	const places = [];
	const re = /\[\[([^|\]]+)(?:\|([^|\]]+))?(?:\|(m))?\]\]/g;
	let last = 0;
	for (const m of body.matchAll(re)) {
		text += body.slice(last, m.index);
		const surface = m[1];
		const key = m[2] ?? surface.toLowerCase();
		const p = POINTS[key];
		if (!p) throw new Error(`${name}: no point for ${key}`);
		// The occurrence score.mjs will find: substrings of the text so far.
		let occurrence = 1;
		for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) occurrence++;
		text += surface;
		const [pname, lat, lon, kind, alts] = p;
		places.push({ text: surface, occurrence, name: pname, lat, lon, kind, ...(alts ? { alts } : {}), ...(m[3] ? { metonym: true } : {}) });
		last = m.index + m[0].length;
	}
	text += body.slice(last);
	text = text.replace(/\n+$/, '\n');
	const gold = { id: meta.id, lang: meta.lang, dct: meta.dct, title: meta.title, layers: ['places'], text, timexes: [], places, events: [] };
	writeFileSync(join(here, '..', `${meta.id}.json`), JSON.stringify(gold, null, '\t') + '\n');
}
