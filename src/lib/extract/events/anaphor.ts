import type { Place, PlaceKind } from '$lib/model';
import { sentenceAt, type Doc } from '../document';
import { firstNotBelow } from '../bisect';
import { capitalAdjective, isCountryCapital } from './capital';

const startOf = (p: Place) => p.start;

type Referent = PlaceKind | 'island' | 'capital';

/**
 * `In 2022, floods killed more than 190 people in the state`, `des records
 * sont tombés dans la région`, `taken to a centre on the island`: a definite
 * noun of a kind of place points back to the last place of that kind the
 * article named (Assam, a state; Lampedusa, introduced as `the island of
 * Lampedusa`). Each such mention becomes a stand-in place for the event
 * stage, with the referent's name and point: whether it locates a happening is
 * then read as for any place (its preposition, its distance to the verb).
 * Stand-ins never leave the event stage; they keep the referent's id, so an
 * event placed by one links to the place the article named.
 */

/**
 * How many sentences back the referent may be named. Further back, `la région` is the wider area the story
 * is about (`le troisième déplacement de M. Barrot dans la région`, after Doha, Gaza and Cairo), not a place named.
 */
const REACH = 2;
/** `the capital` names one city of the story's country, however far back it was named: a longer reach. */
const CAPITAL_REACH = 5;

/**
 * The kinds of place each noun stands for; `island` is the place the article introduced as one, `capital`
 * a city the article named that is the capital of a country it named (capital.ts).
 */
const NOUN_KINDS: ReadonlyMap<string, Referent> = new Map<string, Referent>([
	['state', 'region'],
	['province', 'region'],
	['region', 'region'],
	['région', 'region'],
	['département', 'region'],
	['city', 'city'],
	['town', 'city'],
	['ville', 'city'],
	['commune', 'city'],
	['country', 'country'],
	['pays', 'country'],
	['island', 'island'],
	['île', 'island'],
	['capital', 'capital'],
	['capitale', 'capital']
]);

/** The definite article right before a noun: `the state`, `la région`, `l'île`, `le pays`. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the |la |le |l['’] ?)$/u;

/** `the city of Derna`, `la commune de Gonfaron`: the name follows, no pointing back. */
const NAMED_AFTER = /^\s+(?:of|de|d['’]|du)\s*(?:la |le |l['’])?\p{Lu}/u;
/** `the island of Lampedusa`, `l'île de Groix`: how an island is introduced. */
const ISLAND_BEFORE = /\b(?:island|isle|île)\s+(?:of|de|d['’])\s*$/iu;

/**
 * A noun of `NOUN_KINDS` right after a space or an apostrophe, where every way `ARTICLE_BEFORE` ends (`the `,
 * `la `, `le `, `l'`, `l' `) puts it; the longer nouns first, so that `capitale` is read whole rather than as
 * `capital` followed by a letter. One pass of the regex engine over the text instead of an `indexOf` through it
 * for each of the 15 nouns: 14 µs against 41 µs on the sample (loaded machine, best of 5 × 500). No noun holds a
 * space or an apostrophe, nor overlaps itself: the matches are every occurrence the searches found that the
 * article test can pass.
 */
const NOUN_AFTER_GAP = new RegExp(`[ '’](?:${[...NOUN_KINDS.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/** Where a noun of `NOUN_KINDS` may follow its article in `lower`, in text order: `[at, noun]` pairs. */
export function nounCandidates(lower: string): Array<[number, string]> {
	const out: Array<[number, string]> = [];
	for (const m of lower.matchAll(NOUN_AFTER_GAP)) out.push([m.index! + 1, m[0].slice(1)]);
	return out;
}

/**
 * Stand-in places for the article's anaphoric place nouns, by sentence, in text order. The nouns are found
 * in one pass over the lower-cased text (`nounCandidates`), then checked: measured in one process on the 20
 * dev and tuned articles, one regex pass per sentence cost about 5% of the event stage, one over the whole
 * text 3%, an `indexOf` per noun 2%.
 */
export function placeAnaphors(doc: Doc, places: readonly Place[]): Map<number, Place[]> {
	const lower = typeof doc.lower === 'string' ? doc.lower : doc.norm.toLowerCase();
	// Lower-casing that moves offsets (`İ`): the stand-ins' spans would be wrong, so none.
	if (lower.length !== doc.norm.length) return new Map();
	const found: Array<{ start: number; end: number; kind: Referent; adjective: string | null }> = [];
	for (const [at, noun] of nounCandidates(lower)) {
		const kind = NOUN_KINDS.get(noun)!;
		const after = lower.charAt(at + noun.length);
		if (after && /\p{L}/u.test(after)) continue;
		// `la capitale libanaise`: the adjective says whose; `capital gains` is no seat at all.
		const adjective = kind === 'capital' ? capitalAdjective(lower, at + noun.length) : null;
		if (adjective === false) continue;
		const before = lower.slice(Math.max(0, at - 5), at);
		const article = ARTICLE_BEFORE.exec(before);
		if (!article) continue;
		const start = at - (article[0].length - (/^[^\p{L}]/u.test(article[0]) ? 1 : 0));
		found.push({ start, end: at + noun.length, kind, adjective });
	}
	found.sort((a, b) => a.start - b.start);
	const out = new Map<number, Place[]>();
	for (const { start, end, kind, adjective } of found) {
		if (NAMED_AFTER.test(doc.norm.slice(end, end + 8))) continue;
		const sentence = sentenceAt(doc.sentences, start);
		const s = doc.sentences[sentence];
		if (!s || start < s.start || end > s.end) continue;
		const referent = lastOfKind(doc, places, kind, start, sentence, adjective);
		if (!referent) continue;
		const stand: Place = { ...referent, start, end, text: doc.text.slice(start, end), sentence, metonym: false };
		const list = out.get(sentence);
		if (list) list.push(stand);
		else out.set(sentence, [stand]);
	}
	return out;
}

/**
 * The last place of `kind` named before offset `at`, within `REACH` sentences of `sentence`. Places come
 * sorted by start: a binary search finds the last one starting before `at` and the walk back stops past
 * `REACH` sentences, where scanning every place for every noun was quadratic in a long text.
 */
function lastOfKind(doc: Doc, places: readonly Place[], kind: Referent, at: number, sentence: number, adjective: string | null): Place | null {
	for (let k = firstNotBelow(places, at, startOf) - 1; k >= 0; k--) {
		const p = places[k];
		if (sentence - p.sentence > (kind === 'capital' ? CAPITAL_REACH : REACH)) break;
		if (p.end > at || p.metonym) continue;
		const fits = kind === 'island' ? ISLAND_BEFORE.test(doc.norm.slice(Math.max(0, p.start - 12), p.start)) : kind === 'capital' ? isCountryCapital(p, places, adjective) : p.kind === kind;
		if (fits) return p;
	}
	return null;
}
