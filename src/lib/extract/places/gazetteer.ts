/**
 * The gazetteer: its file format (written by data/build-gazetteer.ts) and
 * the in-memory reader the recogniser and resolver use. Pure: no file
 * access here (see load.ts), so tests build small gazetteers from lists.
 *
 * The file is columnar and its name index is one sorted string of
 * `key\tpostings` lines, searched by bisection. Parsing it costs one
 * JSON.parse of a few arrays and no per-name objects, which is what keeps
 * loading 100,000+ places well under the 500 ms budget.
 */
import type { Lang, PlaceKind } from '$lib/model';
import { nameKey } from './normalize';

export interface GazEntry {
	/** `geonames:2013348`, `iso:RU`, `curated:primorye` … */
	id: string;
	/** Preferred name in English (and the default). */
	en: string;
	/** Preferred French name, when it differs. */
	fr: string | null;
	lat: number;
	lon: number;
	kind: PlaceKind;
	country: string | null;
	population: number;
	/** GeoNames feature code (`PPLC`, `PPLA2` …), `ISO` for countries,
	 * `CUR` for curated places, `ADM1` for curated first-level regions. */
	feature: string;
	/** Other acceptable points, e.g. a country's centroid. */
	alts: [number, number][];
}

/** An entry as the builder and tests write it, with all its names. */
export interface EntryInput {
	id: string;
	en: string;
	fr?: string | null;
	lat: number;
	lon: number;
	kind: PlaceKind;
	country?: string | null;
	population?: number;
	feature?: string;
	/** Other names. `~` first = a GeoNames alternate (weaker); then `fr:`/`en:`
	 * = that language only; then `=` = exact case. */
	names?: string[];
	alts?: [number, number][];
}

const KIND_CODE: Record<PlaceKind, string> = { country: 'C', region: 'r', city: 'c', site: 's', area: 'a' };
const CODE_KIND: Record<string, PlaceKind> = { C: 'country', r: 'region', c: 'city', s: 'site', a: 'area' };

export interface GazetteerFile {
	format: 3;
	attribution: string;
	built: string;
	size: number;
	/** Base64 of an Int32Array, four numbers per entry: GeoNames id (0 when
	 * the id is in `ids`), latitude and longitude in 1e-4 degrees,
	 * population. One string parses far faster than four number arrays. */
	numbers: string;
	/** Ids that are not GeoNames numbers, by entry number. */
	ids: Record<string, string>;
	/** English (default) names, one per line. */
	en: string;
	/** French names where they differ, by entry number. */
	fr: Record<string, string>;
	/** One character per entry (see KIND_CODE). */
	kinds: string;
	/** Two characters per entry, `--` for none. */
	countries: string;
	/** Feature codes, `|`-separated. */
	features: string;
	alts: Record<string, [number, number][]>;
	/** Sorted `key\tposting,posting…` lines; a posting is the entry number,
	 * then `f`/`e` for one language only, `a` for a GeoNames alternate, then
	 * `=Text` for exact case. */
	keys: string;
	/** Base64 Int32Array: where each line of `keys` starts (saves a scan). */
	keyStarts: string;
	/** Keys of names written lower-case first (`mer du Japon`): the only
	 * names a lower-case word may start. */
	lowerKeys: string[];
	maxWords: number;
}

/** A name's reading: which entry, in which language, with which case. */
export interface Posting {
	entry: number;
	lang: Lang | null;
	/** Text the surface must equal exactly (acronyms like `US`), or null. */
	exact: string | null;
	/** Only a GeoNames alternate of the entry (`Athens` for Oshkosh). */
	alt: boolean;
}

export interface Gazetteer {
	readonly size: number;
	entry(i: number): GazEntry;
	/** Readings of a name key (see normalize.ts), empty when unknown. */
	lookup(key: string): readonly Posting[];
	/** Whether some key starts with `prefix`: lets the recogniser stop
	 * extending a name as soon as no longer name can match. */
	hasPrefix(prefix: string): boolean;
	/** Up to `limit` keys starting with `prefix`, in key order, with their
	 * readings: the place search of the correction editor. */
	lookupPrefix(prefix: string, limit: number): Array<{ key: string; postings: readonly Posting[] }>;
	/** Folded first words of names written lower-case (`mer du Japon`). */
	readonly lowerStarts: ReadonlySet<string>;
	/** Keys of those names. */
	readonly lowerKeys: ReadonlySet<string>;
	/** Longest name, in words: bounds the recogniser's look-ahead. */
	readonly maxWords: number;
	readonly attribution: string;
}

function splitName(raw: string): { name: string; lang: Lang | null; exact: boolean; alt: boolean } {
	let name = raw;
	let lang: Lang | null = null;
	const alt = name.startsWith('~');
	if (alt) name = name.slice(1);
	if (name.startsWith('fr:') || name.startsWith('en:')) {
		lang = name.slice(0, 2) as Lang;
		name = name.slice(3);
	}
	const exact = name.startsWith('=');
	if (exact) name = name.slice(1);
	return { name, lang, exact, alt };
}

/** Words of a key: names split on spaces and apostrophes. */
export function keyWords(key: string): string[] {
	return key.split(/[ ']/);
}

/** Builds the file form from entries (the builder's and the tests'). */
export function packGazetteer(inputs: readonly EntryInput[], attribution = '', built = ''): GazetteerFile {
	const postings = new Map<string, Set<string>>();
	const lowerKeys = new Set<string>();
	let maxWords = 1;
	const file: GazetteerFile = {
		format: 3,
		attribution,
		built,
		size: inputs.length,
		numbers: '',
		ids: {},
		en: '',
		fr: {},
		kinds: '',
		countries: '',
		features: '',
		alts: {},
		keys: '',
		keyStarts: '',
		lowerKeys: [],
		maxWords: 1
	};
	const kinds: string[] = [];
	const features: string[] = [];
	const countries: string[] = [];
	const en: string[] = [];
	const numbers = new Int32Array(inputs.length * 4);
	inputs.forEach((e, i) => {
		const gn = /^geonames:(\d+)$/.exec(e.id);
		if (gn) numbers[4 * i] = Number(gn[1]);
		else file.ids[i] = e.id;
		numbers[4 * i + 1] = Math.round(e.lat * 1e4);
		numbers[4 * i + 2] = Math.round(e.lon * 1e4);
		numbers[4 * i + 3] = Math.min(2 ** 31 - 1, Math.max(0, Math.round(e.population ?? 0)));
		en.push(e.en.replace(/\n/g, ' '));
		if (e.fr && e.fr !== e.en) file.fr[i] = e.fr;
		kinds.push(KIND_CODE[e.kind]);
		countries.push(e.country && e.country.length === 2 ? e.country : '--');
		features.push(e.feature ?? (e.id.startsWith('iso:') ? 'ISO' : e.id.startsWith('curated:') ? 'CUR' : 'PPL'));
		if (e.alts && e.alts.length > 0) file.alts[i] = e.alts;
		// A preferred name listed again with a language prefix is a name in
		// that language only (`Mexico`: the country in English only).
		const names = e.names ?? [];
		const preferred = [e.en, ...(e.fr ? [e.fr] : [])].filter((n) => !names.includes('en:' + n) && !names.includes('fr:' + n));
		for (const raw of [...preferred, ...names]) {
			const { name, lang, exact, alt } = splitName(raw);
			const key = nameKey(name);
			if (key === '' || /[\t\n]/.test(name)) continue;
			const posting = `${i}${lang === 'fr' ? 'f' : lang === 'en' ? 'e' : ''}${alt ? 'a' : ''}${exact ? '=' + name.replace(/,/g, '') : ''}`;
			// The entry's own name wins over the same key as an alternate.
			const other = `${i}${lang === 'fr' ? 'f' : lang === 'en' ? 'e' : ''}${alt ? '' : 'a'}`;
			let set = postings.get(key);
			if (!set) postings.set(key, (set = new Set()));
			if (alt && set.has(other)) continue;
			set.delete(other);
			set.add(posting);
			const words = keyWords(key);
			if (words.length > maxWords) maxWords = words.length;
			const first = name.charAt(0);
			// Only deliberate names (curated, countries) may start lower-case;
			// GeoNames' lower-case alternates (`al-…`) would open every `al`.
			const feature = features[i];
			if (first !== first.toUpperCase() && (feature === 'CUR' || feature === 'ADM1' || feature === 'ISO')) lowerKeys.add(key);
		}
	});
	file.kinds = kinds.join('');
	file.features = features.join('|');
	file.countries = countries.join('');
	file.en = en.join('\n');
	file.numbers = bytesBase64(new Uint8Array(numbers.buffer));
	const sorted = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const lines = sorted.map((k) => `${k}\t${[...(postings.get(k) ?? [])].join(',')}`);
	file.keys = lines.join('\n');
	const starts = new Int32Array(lines.length);
	for (let k = 1; k < lines.length; k++) starts[k] = starts[k - 1] + lines[k - 1].length + 1;
	file.keyStarts = bytesBase64(new Uint8Array(starts.buffer));
	file.lowerKeys = [...lowerKeys].sort();
	file.maxWords = maxWords;
	return file;
}

function parsePostings(s: string): Posting[] {
	const out: Posting[] = [];
	for (const p of s.split(',')) {
		const m = /^(\d+)([fe]?)(a?)(?:=(.*))?$/.exec(p);
		if (!m) continue;
		out.push({ entry: Number(m[1]), lang: m[2] === 'f' ? 'fr' : m[2] === 'e' ? 'en' : null, alt: m[3] === 'a', exact: m[4] ?? null });
	}
	return out;
}

function bytesBase64(bytes: Uint8Array): string {
	const B = (globalThis as { Buffer?: { from(b: Uint8Array): { toString(enc: string): string } } }).Buffer;
	if (B) return B.from(bytes).toString('base64');
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin);
}

/** Base64 to bytes, in Node (Buffer) and in browsers (atob) alike. */
function base64Bytes(b64: string): Uint8Array {
	const B = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
	if (B) {
		// Copy so the Int32Array view is aligned whatever pool Buffer used.
		return new Uint8Array(B.from(b64, 'base64'));
	}
	const bin = atob(b64);
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

/** Wraps a file (parsed JSON) for lookups; cheap: no per-name work. */
export function openGazetteer(file: GazetteerFile): Gazetteer {
	if (file.format !== 3) throw new Error(`gazetteer format ${String(file.format)} is not supported; run \`npm run build:data\``);
	const keys = file.keys;
	// Line starts of the sorted key list, for bisection.
	const startBytes = base64Bytes(file.keyStarts);
	const lineStarts = keys.length > 0 ? new Int32Array(startBytes.buffer, startBytes.byteOffset, startBytes.byteLength >> 2) : new Int32Array(0);
	// Split on first use: loading stays a parse, not 100,000 allocations.
	let features: string[] | null = null;
	let en: string[] | null = null;
	const bytes = base64Bytes(file.numbers);
	const numbers = new Int32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
	const cache = new Map<number, GazEntry>();
	const lookupCache = new Map<string, readonly Posting[]>();
	const prefixCache = new Map<string, boolean>();
	const none: readonly Posting[] = [];
	const keyAt = (line: number): string => {
		const s = lineStarts[line];
		return keys.slice(s, keys.indexOf('\t', s));
	};
	return {
		size: file.size,
		attribution: file.attribution,
		lowerStarts: new Set(file.lowerKeys.map((k) => keyWords(k)[0])),
		lowerKeys: new Set(file.lowerKeys),
		maxWords: file.maxWords,
		entry(i: number): GazEntry {
			let e = cache.get(i);
			if (e) return e;
			const cc = file.countries.slice(2 * i, 2 * i + 2);
			const gn = numbers[4 * i];
			e = {
				id: gn > 0 ? `geonames:${gn}` : file.ids[String(i)] ?? `entry:${i}`,
				en: (en ??= file.en.split('\n'))[i] ?? '',
				fr: file.fr[String(i)] ?? null,
				lat: numbers[4 * i + 1] / 1e4,
				lon: numbers[4 * i + 2] / 1e4,
				kind: CODE_KIND[file.kinds.charAt(i)] ?? 'city',
				country: cc === '--' || cc.length < 2 ? null : cc,
				population: numbers[4 * i + 3] ?? 0,
				feature: (features ??= file.features.split('|'))[i] ?? '',
				alts: file.alts[String(i)] ?? []
			};
			cache.set(i, e);
			return e;
		},
		hasPrefix(prefix: string): boolean {
			const hit = prefixCache.get(prefix);
			if (hit !== undefined) return hit;
			// Lower bound: the first key >= prefix, then compare its start.
			let lo = 0;
			let hi = lineStarts.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (keyAt(mid) < prefix) lo = mid + 1;
				else hi = mid;
			}
			const found = lo < lineStarts.length && keyAt(lo).startsWith(prefix);
			if (prefixCache.size < 50000) prefixCache.set(prefix, found);
			return found;
		},
		lookupPrefix(prefix: string, limit: number): Array<{ key: string; postings: readonly Posting[] }> {
			let lo = 0;
			let hi = lineStarts.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (keyAt(mid) < prefix) lo = mid + 1;
				else hi = mid;
			}
			const out: Array<{ key: string; postings: readonly Posting[] }> = [];
			for (let line = lo; line < lineStarts.length && out.length < limit; line++) {
				const k = keyAt(line);
				if (!k.startsWith(prefix)) break;
				const s = lineStarts[line] + k.length + 1;
				const e = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : keys.length;
				out.push({ key: k, postings: parsePostings(keys.slice(s, e)) });
			}
			return out;
		},
		lookup(key: string): readonly Posting[] {
			const hit = lookupCache.get(key);
			if (hit) return hit;
			let lo = 0;
			let hi = lineStarts.length - 1;
			let found: readonly Posting[] = none;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				const k = keyAt(mid);
				if (k < key) lo = mid + 1;
				else if (k > key) hi = mid - 1;
				else {
					const s = lineStarts[mid] + k.length + 1;
					const e = mid + 1 < lineStarts.length ? lineStarts[mid + 1] - 1 : keys.length;
					found = parsePostings(keys.slice(s, e));
					break;
				}
			}
			if (lookupCache.size < 50000) lookupCache.set(key, found);
			return found;
		}
	};
}

/** A gazetteer straight from entries: for tests and small tools. */
export function buildGazetteer(inputs: readonly EntryInput[]): Gazetteer {
	return openGazetteer(packGazetteer(inputs));
}

/** The name to show for an entry in the article's language. */
export function displayName(e: GazEntry, lang: Lang): string {
	return lang === 'fr' && e.fr ? e.fr : e.en;
}
