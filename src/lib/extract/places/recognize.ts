/**
 * Finds the names in an article that may be places: longest gazetteer match
 * from each capitalised word (or from a lower-case head such as `mer`,
 * `bande`, `région` when a curated name starts so), plus named sites the
 * gazetteer cannot know (`centre de congrès Bharat Mandapam`). Each mention
 * carries what its context says (sentence start, locative cue, title before
 * it, organisation around it); resolve.ts decides.
 *
 * Works on `doc.norm` (same length as the text) and slices `doc.text` for
 * what it reports. One pass over the words; look-ahead bounded by the
 * longest name, so linear in the text.
 */
import type { Doc } from '../document';
import type { Gazetteer, Posting } from './gazetteer';
import { displayName } from './gazetteer';
import { foldWord } from './normalize';
import { readWords, type Words } from './words';
import { markSides } from './teams';
import { ISLAND_TAILS, unknownFeatureRun } from './feature-noun';
import { blockedRanges } from './blocked';
import { isDeliberate, nameIndex, type NameIndex, type NameNode } from './name-index';
import { WordShapes } from './word-shapes';
import { HYPHEN_ORG_PREFIXES, ORG_HEADS, ORG_TAILS, STREET_HEADS, STREET_TAILS, TITLES, LOCATIVE_CUES, LOCATIVE_BEFORE_DE, PLACE_NOUNS, REGION_HEADS, REGION_TAILS } from './lexicon';

/** Organisation heads that, written in lower case, name the middle of the place that follows, or its
 * hospital (`un hôpital de Verviers`): the town is then the place, not part of an institution's name. */
const MIDDLE_WHEN_LOWER = new Set(['centre', 'center', 'hopital', 'hospital']);

export interface Mention {
	start: number;
	end: number;
	text: string;
	key: string;
	/** Token range [first, last). */
	first: number;
	last: number;
	postings: readonly Posting[];
	initial: boolean;
	/** A word like `à`, `in`, `ville de`, `near` just before. */
	locative: boolean;
	/** `région de X`, `X province`: the name is meant as a region. */
	regionHint: boolean;
	/** Looks like part of a person's name or an organisation's. */
	personLike: boolean;
	/** A place name ending a person's name (`François Hollande`): not a place even for a country. */
	surname: boolean;
	orgLike: boolean;
	/** In a line written in Title Case (headline): capitals say little. */
	titleLine: boolean;
	/** A named site the gazetteer does not know; placed by context. */
	site: boolean;
}


/** Words a name may contain in lower case (`Corée du Nord`, `Bab al-Hawa`). */
const JOINERS = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'of', 'the', 'on', 'upon', 'sur', 'al', 'el', 'and', 'et', 'y', 'da', 'do', 'dos', 'das', 'di', 'del', 'am', 'im', 'an', 'en', 'aan', 'bin', 'ibn', 'ben']);
/** Look-ahead bound: longer GeoNames alternates are descriptions, not names. */
const MAX_NAME_WORDS = 8;

/** Lines whose long words are nearly all capitalised: headlines in Title Case. */
function titleLines(norm: string, words: Words): Uint8Array {
	const flags = new Uint8Array(words.length);
	let i = 0;
	while (i < words.length) {
		const lineEnd = norm.indexOf('\n', words.start[i]);
		const end = lineEnd < 0 ? Infinity : lineEnd;
		let j = i;
		let long = 0;
		let caps = 0;
		while (j < words.length && words.start[j] < end) {
			if (words.end[j] - words.start[j] >= 4 && !words.digit(j)) {
				long++;
				if (words.cap(j)) caps++;
			}
			j++;
		}
		if (long >= 3 && caps / long >= 0.75) for (let k = i; k < j; k++) flags[k] = 1;
		i = Math.max(j, i + 1);
	}
	return flags;
}

/** Key of tokens [i, i+n) or null when they cannot form one name. */
function keyOf(words: Words, i: number, n: number): string | null {
	let key = words.fold(i);
	for (let k = i + 1; k < i + n; k++) {
		const sep = words.joinNext(k - 1);
		if (sep === null) return null;
		key += sep + words.fold(k);
	}
	return key;
}

/** Site nouns before a name the gazetteer does not know (folded word sequences). */
const SITE_HEADS: string[][] = [
	'centre de congres',
	'centre des congres',
	'palais des congres',
	'stade',
	'aeroport',
	'aeroport international',
	'base aerienne',
	'base navale',
	'centrale nucleaire',
	'centrale',
	'memorial',
	'mausolee',
	'temple',
	'mosquee',
	'cathedrale',
	'basilique',
	'barrage',
	'camp de refugies',
	'poste frontiere',
	'point de passage',
	'complexe',
	'convention centre',
	'convention center'
].map((s) => s.split(' '));
/** SITE_HEADS by first word, in list order: asked at every token, so the
 * 23 heads are not walked for words that start none of them. */
const SITE_HEADS_BY_FIRST = new Map<string, string[][]>();
for (const h of SITE_HEADS) {
	const list = SITE_HEADS_BY_FIRST.get(h[0]);
	if (list) list.push(h);
	else SITE_HEADS_BY_FIRST.set(h[0], [h]);
}
const SITE_HEAD_SHAPES = new WordShapes(SITE_HEADS_BY_FIRST.keys());
const LOCATIVE_CUE_SHAPES = new WordShapes(LOCATIVE_CUES);
/** Nouns that, after `X, le …` / `X, the …`, make X a named site. */
const SITE_NOUNS = new Set(['memorial', 'mausolee', 'temple', 'mosquee', 'cathedrale', 'stade', 'stadium', 'aeroport', 'airport', 'crossing', 'poste', 'barrage', 'dam', 'camp', 'centrale', 'plant', 'site', 'monument', 'sanctuaire', 'shrine', 'mosque', 'cathedral',
	// `Al-Mawasi, a coastal area near Khan Younis`: a locality the gazetteer
	// lacks, said to be one and placed by its neighbour.
	'area', 'town', 'village', 'district', 'neighbourhood', 'neighborhood', 'suburb', 'quartier', 'localite', 'bourgade', 'zone']);
const SITE_TAILS = new Set(['stadium', 'airport', 'crossing', 'memorial', 'dam', 'mosque', 'cathedral', 'temple', 'camp', 'square']);
/** What may stand between a site noun and its name (`centrale de Golfech`). */
const SITE_OF = new Set(['de', 'd', 'du']);
/** Heads whose `de X` names the place (a plant, an airport, a base); after
 * `mémorial du`, `stade de`, `temple de` comes a person or a club. */
const SITE_HEADS_WITH_OF = new Set(['centrale nucleaire', 'centrale', 'aeroport', 'aeroport international', 'base aerienne', 'base navale', 'barrage', 'camp de refugies', 'poste frontiere', 'point de passage']);

/** Some token in [from, to) is a lower-case word of four letters or more
 * that is not a joiner (`défense` in `La défense`; not `de`, `sur`, `upon`). */
export function lowerContentWord(words: Words, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		if (!words.cap(k) && words.end[k] - words.start[k] >= 4 && !JOINERS.has(words.fold(k)) && !/^\d/.test(words.fold(k))) return true;
	}
	return false;
}

/** A city this big, joined by hyphens to others as big, is one of a route's cities. */
const CHAIN_CITY_POPULATION = 100_000;

/** One capitalised word that names a city of CHAIN_CITY_POPULATION or more. */
function bigCity(doc: Doc, gazetteer: Gazetteer, words: Words, k: number): boolean {
	if (!words.cap(k)) return false;
	return gazetteer.lookup(words.fold(k)).some((p) => {
		if (p.lang !== null && p.lang !== doc.lang) return false;
		const e = gazetteer.entry(p.entry);
		return e.kind === 'city' && e.population >= CHAIN_CITY_POPULATION;
	});
}

/**
 * Token k follows token k-1 across a single hyphen. A function of its own, not a closure in `cityChain`:
 * under tsx (the CLI, the bench) each named closure costs an `Object.defineProperty` when it is made, and
 * cityChain is asked at most candidates (57 closures an article, ~2% of the run).
 */
function hyphenJoined(norm: string, words: Words, k: number): boolean {
	return words.start[k] === words.end[k - 1] + 1 && norm.charAt(words.end[k - 1]) === '-';
}

/**
 * `l'axe Paris-Lyon-Marseille`, `le TGV Paris-Nantes`: tokens [a, b) are one
 * word of a hyphenated chain whose every word is a big city, so each is a
 * place (a `Poutine-Kim` or `Météo-France` chain has a word that is not).
 */
function cityChain(doc: Doc, words: Words, gazetteer: Gazetteer, a: number, b: number): boolean {
	if (b - a !== 1) return false;
	let lo = a;
	while (lo > 0 && hyphenJoined(doc.norm, words, lo)) lo--;
	let hi = a;
	while (hi + 1 < words.length && hyphenJoined(doc.norm, words, hi + 1)) hi++;
	if (lo === hi) return false;
	for (let k = lo; k <= hi; k++) if (!bigCity(doc, gazetteer, words, k)) return false;
	return true;
}

/** Some lower-case word of four letters or more in tokens [from, to) is written
 * with a capital in `name` (`réunion` against `La Réunion`). */
function capitalisesLowered(name: string, words: Words, from: number, to: number): boolean {
	const capitalised = new Set(name.split(/[\s'’-]+/).filter((w) => /^\p{Lu}/u.test(w)).map(foldWord));
	for (let k = from; k < to; k++) {
		if (!words.cap(k) && words.end[k] - words.start[k] >= 4 && capitalised.has(words.fold(k))) return true;
	}
	return false;
}

function wordsAt(words: Words, i: number, seq: readonly string[]): boolean {
	for (let k = 0; k < seq.length; k++) if (words.foldAt(i + k) !== seq[k]) return false;
	return true;
}

/** The capitalised run starting at i (a name nobody listed), as token count. */
function capRun(words: Words, i: number, max = 4): number {
	let n = 0;
	while (i + n < words.length && n < max) {
		const k = i + n;
		if (!words.cap(k) || /^\d/.test(words.fold(k))) break;
		n++;
		if (words.joinNext(k) === null) break;
	}
	return n;
}

/** Length of a capitalised run at i that an apposition calls a site
 * (`Raj Ghat, le mémorial`, `Bab al-Hawa, the only crossing`), or 0. */
function appositiveSite(doc: Doc, words: Words, i: number): number {
	const n = capRun(words, i);
	if (n === 0) return 0;
	const end = i + n - 1;
	// `Narita Airport`, `Nur Shams Camp`: the head is the run's last word
	// (also when the text ends there).
	if (n >= 2 && SITE_TAILS.has(words.fold(end))) return n;
	const next = i + n;
	if (next >= words.length) return 0;
	const after = doc.norm.slice(words.end[end], words.start[next]);
	if (after === ', ' && ['le', 'la', 'l', 'the', 'a', 'an', 'un', 'une'].includes(words.fold(next))) {
		for (let d = 1; d <= 3; d++) if (SITE_NOUNS.has(words.foldAt(i + n + d) ?? '')) return n;
	}
	// `Yankee Stadium`-like heads written in lower case after the name.
	if (after === ' ' && !words.cap(next) && SITE_TAILS.has(words.fold(next))) return n;
	return 0;
}

export function recognize(doc: Doc, gazetteer: Gazetteer): { words: Words; mentions: Mention[] } {
	const words = readWords(doc);
	const names = nameIndex(gazetteer);
	const titles = titleLines(doc.norm, words);
	const out: Mention[] = [];
	const mention = (first: number, last: number, key: string, postings: readonly Posting[], site = false): Mention => {
		const start = words.start[first];
		const end = words.end[last - 1];
		return {
			start,
			end,
			text: doc.text.slice(start, end),
			key,
			first,
			last,
			postings,
			initial: words.initial(first),
			locative: false,
			regionHint: false,
			personLike: false,
			surname: false,
			orgLike: false,
			titleLine: titles[first] === 1,
			site
		};
	};

	// Names that contain a place but are not one (`Agence France-Presse`,
	// `la Maison Blanche`): no place name may overlap them.
	const blockedTo = blockedRanges(words);
	const overlapsBlock = (from: number, to: number): boolean => {
		for (let d = from; d < to; d++) if (blockedTo[d] > 0) return true;
		return false;
	};

	let i = 0;
	while (i < words.length) {
		if (blockedTo[i] > 0) {
			i = blockedTo[i];
			continue;
		}
		// A lower-case word matters here only as a site head or as the start of a name written lower-case
		// (`mer du Japon`): the rest are turned away by their shape, without a look-up (see word-shapes.ts).
		const cap = words.cap(i);
		if (!cap && !words.mayBeIn(SITE_HEAD_SHAPES, i) && !words.mayBeIn(names.lowerStartShapes, i)) {
			i++;
			continue;
		}
		const fold = words.fold(i);
		const start = words.start[i];
		// Named sites introduced by what they are: `centre de congrès Bharat Mandapam`.
		const head = !SITE_HEAD_SHAPES.mayHave(fold) ? undefined : SITE_HEADS_BY_FIRST.get(fold)?.find((h) => wordsAt(words, i, h) && words.joinNext(i + h.length - 1) !== null);
		if (head) {
			// `centrale nucléaire de Golfech`: the name may follow `de`/`d'`/`du`.
			const after = i + head.length;
			const at = after + (SITE_OF.has(words.foldAt(after) ?? '') && words.joinNext(after) !== null && SITE_HEADS_WITH_OF.has(head.join(' ')) ? 1 : 0);
			const n = capRun(words, at);
			if (n > 0 && gazetteer.lookup(keyOf(words, at, n) ?? '').length === 0 && !words.initial(at) && !overlapsBlock(at, at + n)) {
				out.push(mention(at, at + n, keyOf(words, at, n) ?? '', [], true));
				i = at + n;
				continue;
			}
		}
		// Dotted acronyms (`U.S.`, `U.K.`) are split by the word pattern.
		const dotted = fold === 'u' ? /^(?:U\.S\.A\.|U\.S\.|U\.K\.|U\.A\.E\.)/.exec(doc.norm.slice(start, start + 6)) : null;
		if (dotted) {
			const n = dotted[0].length === 6 ? 3 : 2;
			// Names cannot run across dots; the acronym's key is its letters
			// (`U.S.` reads as the exact-case name `US`).
			let key = '';
			for (let k = i; k < Math.min(i + n, words.length); k++) key += words.fold(k);
			const list = gazetteer.lookup(key).filter((p) => p.exact !== null);
			if (list.length > 0) {
				const m = mention(i, i + n, key, list);
				m.end = start + dotted[0].length;
				m.text = doc.text.slice(m.start, m.end);
				out.push(m);
				i += n;
				continue;
			}
		}
		// `Tory Island`, `Gorkha district`: an island or an area the gazetteer does not know is a site.
		const feature = cap ? unknownFeatureRun(words, i, (a, n) => gazetteer.lookup(keyOf(words, a, n) ?? '').length > 0) : 0;
		if (feature > 0 && !overlapsBlock(i, i + feature)) {
			out.push(mention(i, i + feature, keyOf(words, i, feature) ?? '', [], true));
			i += feature;
			continue;
		}
		// Sites named by an apposition: `au Raj Ghat, le mémorial du …`
		// (also after a possessive: `Tokyo's Haneda Airport`).
		const possessive = i > 1 && words.fold(i - 1) === 's' && words.joinNext(i - 2) === "'";
		if (cap && !words.initial(i) && i > 0 && ((LOCATIVE_CUE_SHAPES.mayHave(words.fold(i - 1)) && LOCATIVE_CUES.has(words.fold(i - 1))) || words.fold(i - 1) === 'the' || possessive)) {
			const n = appositiveSite(doc, words, i);
			if (n > 0 && gazetteer.lookup(keyOf(words, i, n) ?? '').length === 0) {
				out.push(mention(i, i + n, keyOf(words, i, n) ?? '', [], true));
				i += n;
				continue;
			}
		}
		if (!cap && !gazetteer.lowerStarts.has(fold)) {
			i++;
			continue;
		}
		// Longest name first: `Corée du Nord` before `Corée`.
		let found: Mention | null = null;
		const maxN = Math.min(gazetteer.maxWords, MAX_NAME_WORDS, words.length - i);
		const keys = nameKeys(words, names, i, maxN, names.word(fold));
		// `gymnase du Luc`: the contraction holds the name's article, and
		// reads before a namesake without it (Luc, Poland).
		const contracted = cap && doc.lang === 'fr' && i > 0 ? contractedName(words, names, i, maxN) : null;
		for (let n = keys.length; n >= 1 && !found; n--) {
			const last = i + n - 1;
			const lastEnd = words.end[last];
			// A name ends on a content word, never on `de` or `the`.
			if (n > 1 && JOINERS.has(words.fold(last))) continue;
			const node = keys[n - 1];
			const key = node.key;
			if (key.length < 2 || overlapsBlock(i, i + n)) continue;
			const readings = names.readings(node, doc.lang);
			let postings = readings.postings;
			if (postings.length === 0) continue;
			// Countries, curated names and regions: named on purpose, never by chance.
			let deliberate = readings.deliberate;
			if (readings.anyExact) {
				const surface = doc.norm.slice(start, lastEnd);
				postings = postings.filter((p) => p.exact === null || p.exact === surface || p.exact.replace(/\./g, '') === surface.replace(/\./g, ''));
				if (postings.length === 0) continue;
				deliberate = postings.some((p) => isDeliberate(gazetteer.entry(p.entry).feature));
			}
			// A lower-case start only for names written so (`mer du Japon`).
			if (!cap && (n < 2 || !gazetteer.lowerKeys.has(key))) continue;
			if (n > 1 && cap && lowerContentWord(words, i + 1, i + n)) {
				// `La défense civile` is not `La Défense`: a GeoNames name read
				// with a lower-case content word is a phrase that spells it.
				if (!deliberate) continue;
				// `La réunion s'est tenue`: a country or region whose own name capitalises
				// the word (`La Réunion`) is not read from it written lower-case; one that
				// does not (`Arabie saoudite`) still is.
				if (postings.every((p) => capitalisesLowered(displayName(gazetteer.entry(p.entry), doc.lang), words, i + 1, i + n))) continue;
			}
			// `Luna-25`, `Soyouz-2`: a product, not a place. `Al-Haouz`,
			// `Météo-France`, `Poutine-Kim`: part of a longer hyphenated name.
			// Countries and curated names stay (`guerre Israël-Hamas`,
			// `frontière Syrie-Turquie`); known compounds are in NOT_PLACES.
			if (doc.norm.charAt(lastEnd) === '-' && /\d/.test(doc.norm.charAt(lastEnd + 1))) continue;
			const chain = !deliberate && cityChain(doc, words, gazetteer, i, i + n);
			if (!deliberate && !chain && doc.norm.charAt(lastEnd) === '-' && /\p{Lu}/u.test(doc.norm.charAt(lastEnd + 1))) continue;
			const hyphenAfter = start > 0 && doc.norm.charAt(start - 1) === '-' && i > 0 && words.cap(i - 1) && words.end[i - 1] === start - 1;
			if (hyphenAfter && (HYPHEN_ORG_PREFIXES.has(words.fold(i - 1)) || (!deliberate && !chain))) continue;
			// Short all-caps words are acronyms: only exact-case names (`US`).
			if (n === 1 && words.upper(i) && words.end[i] - start <= 3) {
				postings = postings.filter((p) => p.exact !== null);
				if (postings.length === 0) continue;
			}
			// A lone capital-less exact name like `us` never gets here; an
			// exact name written otherwise (`Us`) neither.
			if (postings.every((p) => p.exact === null) && n === 1 && words.end[i] - start <= 1) continue;
			found = mention(i, i + n, key, postings);
		}
		// …unless a longer name reads without it (`au Grand Est`).
		if (contracted && !overlapsBlock(i, i + contracted.n) && (!found || found.last - found.first <= contracted.n)) found = mention(i, i + contracted.n, contracted.key, contracted.postings);
		if (!found) {
			i++;
			continue;
		}
		out.push(found);
		i = found.last;
	}

	out.sort((a, b) => a.start - b.start);

	for (const m of out) describe(m, words, doc);
	markSides(out, words, doc.norm);
	markPeople(out, words, gazetteer);
	return { words, mentions: out };
}

/** `/^(by|par)$/` on a fold. */
function isBy(fold: string): boolean {
	return fold === 'by' || fold === 'par';
}

/** Titles written with a full stop before a name, as written (`M. Modi`, `Dr. Tedros`). */
const TITLE_ABBREVIATIONS = new Set(['M', 'Mr', 'Mrs', 'Ms', 'Mme', 'Dr', 'Pr']);

/** `By RINA DEKA Associated Press`, `Par Hélène Marchal`: the capitalised
 * run after a line's opening `By`/`Par` is the author. */
function inByline(m: Mention, words: Words, doc: Doc): boolean {
	let k = m.first;
	while (k > 0 && words.cap(k - 1) && words.spaceNext(k - 1) && !isBy(words.fold(k - 1))) k--;
	const by = k - 1;
	if (by < 0 || !isBy(words.fold(by)) || !words.spaceNext(by) || !words.cap(by)) return false;
	return words.start[by] === 0 || doc.norm.charAt(words.start[by] - 1) === '\n';
}

/** `LE LUC (Var), 22 juillet (AFP) -`, `ROME, Oct 14 (Reuters) -`,
 * `NAIROBI —`: a name in capitals opening a line, then a comma or a dash
 * (after its region in brackets, if any), says where the story was filed. */
const DATELINE_AFTER = /^(?: \([^()\n]{1,40}\))?(?:,| [—–-] )/;
function isDateline(m: Mention, words: Words, doc: Doc): boolean {
	if (m.start > 0 && doc.norm.charAt(m.start - 1) !== '\n') return false;
	for (let k = m.first; k < m.last; k++) if (!words.upper(k) && words.end[k] - words.start[k] > 1) return false;
	return DATELINE_AFTER.test(doc.norm.slice(m.end, m.end + 48));
}

/** Keys of 1..maxN words from token i, the first written `first`, extended only while some name starts so. */
function nameKeys(words: Words, names: NameIndex, i: number, maxN: number, first: NameNode): NameNode[] {
	const keys: NameNode[] = [first];
	while (keys.length < maxN) {
		const sep = words.joinNext(i + keys.length - 1);
		if (sep === null) break;
		const node = keys[keys.length - 1];
		if (!names.continues(node, sep)) break;
		keys.push(names.child(node, sep, words.fold(i + keys.length)));
	}
	return keys;
}

const OF_WORDS = new Set(['de', 'des', 'du', 'd']);

/** The article that `du`, `au`, `aux`, `des` hold: `gymnase du Luc` is in
 * Le Luc, `au Mans` in Le Mans, `aux Sables-d'Olonne` in Les Sables. */
const CONTRACTED_ARTICLE = new Map([
	['du', 'le'],
	['au', 'le'],
	['aux', 'les'],
	['des', 'les']
]);

/** A name that starts with an article the contraction before token i holds. */
function contractedName(words: Words, names: NameIndex, i: number, maxN: number): { n: number; key: string; postings: readonly Posting[] } | null {
	// A Map, not an object: a property look-up by a word sliced from the text first searches V8's table of
	// internalised strings, and this is asked before every capitalised French word.
	const art = CONTRACTED_ARTICLE.get(words.fold(i - 1));
	if (!art || words.joinNext(i - 1) === null) return null;
	const keys = nameKeys(words, names, i, maxN, names.child(names.word(art), ' ', words.fold(i)));
	for (let n = keys.length; n >= 1; n--) {
		if (n > 1 && JOINERS.has(words.fold(i + n - 1))) continue;
		// (Contractions are French: the readings of a French article.)
		const postings = names.readings(keys[n - 1], 'fr').caseless;
		// `au Palais de justice`, `du Port autonome`: a noun phrase of its own, not Le Palais or Le Port.
		const next = i + n;
		if (next < words.length && words.joinNext(next - 1) !== null && (OF_WORDS.has(words.fold(next)) || words.cap(next) || words.joinNext(next - 1) === '-')) return null;
		if (postings.length > 0) return { n, key: keys[n - 1].key, postings };
	}
	return null;
}

/** Context flags of one mention. */
function describe(m: Mention, words: Words, doc: Doc): void {
	const p = m.first - 1;
	const prev = words.foldAt(p);
	const prev2 = words.foldAt(p - 1);
	const prev3 = words.foldAt(p - 2);
	const joinedPrev = prev !== undefined && words.joinNext(p) !== null;
	if (joinedPrev) {
		if (LOCATIVE_CUES.has(prev)) m.locative = true;
		if ((prev === 'de' || prev === 'du' || prev === 'd' || prev === 'of') && prev2 !== undefined && (PLACE_NOUNS.has(prev2) || LOCATIVE_BEFORE_DE.has(prev2))) m.locative = true;
		if ((prev === 'l' || prev === 'la' || prev === 'le') && prev2 === 'de' && prev3 !== undefined && PLACE_NOUNS.has(prev3)) m.locative = true;
		if (prev === 'the' && prev2 !== undefined && LOCATIVE_CUES.has(prev2)) m.locative = true;
		const headAt = prev === 'de' || prev === 'du' || prev === 'of' ? prev2 : prev === 'l' || prev === 'la' ? prev3 : undefined;
		if (headAt !== undefined && REGION_HEADS.has(headAt)) m.regionHint = true;
		// `Université de Washington`, `Bank of Japan`: an organisation's name.
		// (…but `le centre de Nantes`, `the center of Lyon` in lower case is the town's middle, not a body.)
		if ((prev === 'de' || prev === 'du' || prev === 'des' || prev === 'd' || prev === 'of') && prev2 !== undefined && ORG_HEADS.has(prev2) && (words.cap(p - 1) || !MIDDLE_WHEN_LOWER.has(prev2))) m.orgLike = true;
		if (prev === 'the' && prev2 === 'of' && prev3 !== undefined && ORG_HEADS.has(prev3)) m.orgLike = true;
		// `rue Saint-Martin`, `rue d'Aubagne`, `rue de la Paix`: a street's name,
		// like an organisation's, is a larger name that is not the place.
		const of = prev === 'de' || prev === 'du' || prev === 'des' || prev === 'd';
		if (STREET_HEADS.has(prev) || (of && prev2 !== undefined && STREET_HEADS.has(prev2)) || (prev === 'la' && prev2 === 'de' && prev3 !== undefined && STREET_HEADS.has(prev3))) m.orgLike = true;
		// `président Vladimir …`: a person follows a title.
		if (TITLES.has(prev) && words.spaceNext(p) && m.postings.length > 0 && m.last - m.first === 1) m.personLike = true;
	}
	if (isDateline(m, words, doc)) m.locative = true;
	// `M. Modi`: a title with its full stop.
	// (The full stop and space by char codes first: no slice for the mentions that have none.)
	if (p >= 0) {
		const pEnd = words.end[p];
		const pStart = words.start[p];
		if (m.start - pEnd === 2 && doc.norm.charCodeAt(pEnd) === 46 && doc.norm.charCodeAt(pEnd + 1) === 32 && pEnd - pStart <= 3 && TITLE_ABBREVIATIONS.has(doc.norm.slice(pStart, pEnd))) m.personLike = true;
	}
	const next = m.last;
	if (next < words.length && words.joinNext(next - 1) !== null && words.spaceNext(next - 1)) {
		const nextFold = words.fold(next);
		if (REGION_TAILS.has(nextFold)) m.regionHint = true;
		if (words.cap(next) && (ORG_TAILS.has(nextFold) || STREET_TAILS.has(nextFold))) m.orgLike = true;
		// `Scott Polar Research Institute`: a run of capitalised words that
		// ends on an organisation's word.
		for (let k = m.last; k < m.last + 3 && k + 1 < words.length && words.cap(k) && words.spaceNext(k) && words.cap(k + 1); k++) if (ORG_TAILS.has(words.fold(k + 1))) m.orgLike = true;
	}
	if (inByline(m, words, doc)) m.personLike = true;
}

/**
 * People: a gazetteer name inside a run of capitalised words that is not a
 * place as a whole (`Vladimir Poutine`, `Kim Jong Un`) is a person's name,
 * and so are those words alone elsewhere in the article (`Poutine`, `Kim`).
 * Countries and curated names are never people. A run that starts with a
 * place and goes on with a title (`Gaziantep Governor …`) keeps the place.
 */
function markPeople(mentions: Mention[], words: Words, gazetteer: Gazetteer): void {
	// By first token, as index + 1 (0: none), and each mention's strength worked out once (0: not yet,
	// 1: weak, 2: strong): a typed array and module functions, not a Map and a closure asked again in
	// every nested test (markPeople was 8% of the stage on the 1 MB text).
	const mentionAt = new Int32Array(words.length + 1);
	for (let k = 0; k < mentions.length; k++) mentionAt[mentions[k].first] = k + 1;
	const strength = new Uint8Array(mentions.length);
	const strongName = (m: Mention): boolean => {
		const k = mentionAt[m.first] - 1;
		if (mentions[k] !== m) return isStrongName(m, gazetteer);
		if (strength[k] === 0) strength[k] = isStrongName(m, gazetteer) ? 2 : 1;
		return strength[k] === 2;
	};
	const personWords = new Set<string>();
	let i = 0;
	while (i < words.length) {
		if (!words.cap(i)) {
			i++;
			continue;
		}
		// The run of capitalised words joined by single spaces (names are
		// short: a longer run is a headline or a list, and is skipped).
		let j = i;
		// (`killed in Gaza Tuesday`: a date word ends it.)
		while (j + 1 < words.length && words.spaceNext(j) && words.cap(j + 1) && !words.upper(j + 1) && !DATE_WORDS.has(words.fold(j + 1))) j++;
		// Leading function words (`In Gaziantep`, `À Kiev`) are not part of it.
		let s = i;
		while (s <= j && (words.initial(s) || s === i) && FUNCTION_WORDS.has(words.fold(s))) s++;
		if (j > s && j - s < 6) {
			const inRun: Mention[] = [];
			let k = s;
			while (k <= j) {
				const at = mentionAt[k];
				const m = at > 0 ? mentions[at - 1] : undefined;
				if (m && m.last - 1 <= j) {
					inRun.push(m);
					k = m.last;
				} else k++;
			}
			// Only one name covering the whole run is a place as a whole; two
			// names side by side (`Chelsea Clinton`) are a person's.
			const placeOnly = inRun.length === 1 && inRun[0].first <= s && inRun[0].last > j;
			// A run closed by a site noun (`Birmingham Airport`, `Syntagma Square`) names a place, not a person.
			const siteRun = SITE_TAILS.has(words.fold(j)) || ISLAND_TAILS.has(words.fold(j));
			if (!placeOnly && !siteRun && !orgWordIn(words, s, j + 1)) {
				let anyPerson = false;
				for (const m of inRun) {
					const afterIsTitle = m.last <= j && TITLES.has(words.fold(m.last));
					if (afterIsTitle) continue;
					// `François Hollande`, `Jack London`: a name closing a run after an unknown capitalised word
					// (not a title or a qualifier such as `Eastern`, `Greater`) is the surname of a person.
					if (strongName(m) && !m.site && m.first > s && m.last - 1 === j && inRun.every((x) => x === m || !strongName(x)) && onlyGivenNames(words, s, m.first)) {
						m.personLike = true;
						m.surname = true;
						anyPerson = true;
						continue;
					}
					if (strongName(m)) {
						// `Jordan Peterson`, `Kenya Airways`: a country name that
						// opens a run of unknown capitalised words is a first name
						// or a company, not the country. Headlines in Title Case
						// are left alone.
						if (m.first === s && m.last <= j && inRun.every((x) => x === m || !strongName(x)) && !m.titleLine && !m.site && m.postings.some((p) => /^(ISO|PPLC|PPLA)$/.test(gazetteer.entry(p.entry).feature))) m.orgLike = true;
						continue;
					}
					m.personLike = true;
					anyPerson = true;
				}
				if (anyPerson || inRun.length === 0) for (let k2 = s; k2 <= j; k2++) personWords.add(words.fold(k2));
			}
		}
		i = j + 1;
	}
	for (const m of mentions) {
		if (m.last - m.first === 1 && personWords.has(words.fold(m.first)) && !strongName(m)) m.personLike = true;
	}
}

/** Words [from, to) may be a person's given names: no title, no place qualifier (`Eastern`, `Greater`), none in capitals. */
function onlyGivenNames(words: Words, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (TITLES.has(words.fold(k)) || PLACE_QUALIFIERS.has(words.fold(k)) || words.upper(k)) return false;
	return true;
}

/** A site, or a name with a reading that is no mere town (a country, a region, a capital …). */
function isStrongName(m: Mention, gazetteer: Gazetteer): boolean {
	if (m.site) return true;
	for (const p of m.postings) {
		const e = gazetteer.entry(p.entry);
		if (e.kind !== 'city' || e.feature === 'PPLC') return true;
	}
	return false;
}

/** Some token in [from, to) is an organisation's head or tail word. */
function orgWordIn(words: Words, from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (ORG_HEADS.has(words.fold(k)) || ORG_TAILS.has(words.fold(k))) return true;
	return false;
}

/** Capitalised words that qualify a place rather than name a person before it. */
const PLACE_QUALIFIERS = new Set(
	'north south east west northern southern eastern western central nord sud est ouest centre centrale greater upper lower new old haute basse grand grande petit petite saint sainte st republic republique kingdom royaume united unis democratic democratique federal federale islamic islamique arab arabe occupied occupee mainland continental metropolitan river riviere fleuve lake lac loch mount mont mountains monts cape cap gulf golfe bay baie sea mer port fort isle island ile iles point pointe camp canal strait detroit valley vallee'.split(' ')
);

const DATE_WORDS = new Set(
	'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' ')
);
const FUNCTION_WORDS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'a', 'au', 'aux', 'en', 'de', 'du', 'dans', 'pour', 'par', 'sur', 'the', 'in', 'at', 'on', 'of', 'to', 'from', 'for', 'by', 'as', 'and', 'et', 'but', 'mais', 'selon', 'speaking', 'across', 'further', 'near']);
