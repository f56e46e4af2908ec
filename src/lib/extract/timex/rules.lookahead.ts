/**
 * The scan's word table: for each word a rule may start on, the rules whose
 * gates it passes, and for every word, whether it is a *key* — content a
 * timex is made of (a month, a unit, `hier`, `veille`, a number…) as opposed
 * to the function words that open many rules (`de`, `la`, `l`, `à`, `the`).
 *
 * Why: in a news article most rule calls were at those function words, and
 * every one of them failed unless a key followed within a few tokens (`à la
 * fin`, `l'année 2001`, `il y a plus de deux ans`, `à l'heure actuelle`). So
 * the scan tries a rule opened by a function word only when a key lies within
 * `LOOKAHEAD` tokens after it: on the sample article 989 rule calls became
 * about 240. One look-up per word (an array read for words of one or two
 * letters, a Map behind a sieve for the rest) also replaces the start filter's Set
 * and the gated-rules cache's four look-ups.
 *
 * Keys are a superset of what any rule reads first after such an opener:
 * every start word but the function words, every word a rule compares a
 * token with where it can come first (`=== 'veille'`, see RULE_WORDS), and
 * the second words of the French vague pairs. rules.spec.ts checks the scan
 * against trying every rule at every start word.
 */
import type { Lang } from '$lib/model';
import type { Lexicon } from './lexicon';
import type { Rule } from './match';

/**
 * Function words that open rules but are never a match's content: a rule opened by one reads on to a key
 * within LOOKAHEAD tokens (the farthest are `il y a plus`, `à l'heure`, `pour l'instant`: three).
 */
export const KEYLESS = new Set(['le', 'la', 'les', 'l', 'du', 'des', 'au', 'aux', 'à', 'a', 'de', 'd', 'il', 'y', 'dans', 'par', 'pour', 'en', 'entre', 'ces', 'ce', 'cet', 'cette', 'tous', 'toutes', 'the', 'this', 'that', 'in', 'at', 'these', 'on', "'", 'et', 'ou', 'and', 'or', 'of', 'to']);

/**
 * `un`, `une`, `one`, `an`: keys (`il y a un an`), but also openers common as articles, and what they open
 * (a duration: `un an`, `une demi-heure`, `un quart de siècle`) has its unit within three tokens. Per
 * language: a French `an` is a unit, a match by itself (`par an`).
 */
const ONE: Record<Lang, Set<string>> = { fr: new Set(['un', 'une']), en: new Set(['one', 'an']) };

/** One more than the farthest first key seen after a keyless opener: a margin, not a need. */
export const LOOKAHEAD = 4;

/**
 * Every word the rules compare a token with (`w(c, i + 1) === 'veille'`), beyond the lexicon tables: any of
 * them may be the first content after an opener (`la veille`, `pour l'instant`, `il y a peu`). Left out: the
 * words rules read only before the token they start on (`sur`/`vers` before `mars`, `ont` before an age,
 * `numéro` before a number) or after a key (`est` and `h` after a clock, `ago`/`tard` after a unit, `ci`/`là`
 * after `-`): such a word is never the first content after an opener, and `est`, `que`, `sur` are common.
 */
const RULE_WORDS = `a about actuelle am an and année années ans aout août approximately après around at au aujourd auparavant aux
	avant before beginning ce century ces cet christmas coming d dans day days de decade demain demi demie dernier
	dernière des du earlier end entre environ et eve fall few fiscal following from future half heure heures hier
	hour il in instant jour journée jours juin july june l la last later le lendemain les longtemps mai many mars
	matin matinée may middle midi midnight minuit minute mois moment month même new next night noon nos now noël
	nuit of on overnight par passé passée past per period peu plus plusieurs pour premier previous prochain
	prochaine prochaines prochains près précédent précédente présent q quart quarter quelques recent réveillon saint
	season second semaine semestre several siècle soir soirée some start suivant suivante surlendemain sylvestre
	that the these this to today tomorrow tonight tous toutes trimestre un une veille week week-end weekend within y
	year yesterday à époque été nombreuses nombreux longues longs derniers dernières`;

export interface WordEntry {
	/** The rules the word passes the gates of (empty: no rule starts on it); null: ask the gates at scan time. */
	rules: Rule[] | null;
	/** Content a match is made of: it lets a keyless opener before it be tried. */
	key: boolean;
	/** A keyless opener: tried only with a key within LOOKAHEAD tokens after it. */
	lead: boolean;
}

/** rules.ts's Roman ordinal: a word rules start on without being listed. */
const ROMAN = /^[xvi]{1,6}(e|ème|eme)$/;

/**
 * A word table and a sieve before it: for each pair of first and last letters (each folded to 7 bits), a bit
 * per word length (31 and over share bit 31) that some listed word has. A word whose bit is clear is in no
 * table, and the scan skips it without hashing it: most words of a text, and the Map look-up of each fresh
 * token string (its hash computed first) was most of the scan's own time.
 */
export interface WordTable {
	words: Map<string, WordEntry>;
	sieve: Uint32Array;
	/**
	 * Entries of the words of one or two Latin-1 letters, by their codes (`c0 << 8 | c1`, one letter at `c0`):
	 * `de`, `la`, `l`, `à`, `a`, `d`, `en`, `un` are a third of a French text's words, and an array read spares
	 * hashing each fresh token string for the Map.
	 */
	short: (WordEntry | undefined)[];
}

function sieveIndex(x: string): number {
	return ((x.charCodeAt(0) & 127) << 7) | (x.charCodeAt(x.length - 1) & 127);
}

function lengthBit(x: string): number {
	return 1 << (x.length < 31 ? x.length : 31);
}

/** The index of `x` in `short`, or -1 when it is longer or not Latin-1. */
function shortIndex(x: string): number {
	const c0 = x.charCodeAt(0);
	if (x.length === 1) return c0 < 256 ? c0 : -1;
	if (x.length !== 2) return -1;
	const c1 = x.charCodeAt(1);
	return c0 < 256 && c1 < 256 ? (c0 << 8) | c1 : -1;
}

/** The table's entry for a word (of at least one letter), or undefined. */
export function entryOf(t: WordTable, x: string): WordEntry | undefined {
	const k = shortIndex(x);
	if (k >= 0) return t.short[k];
	return (t.sieve[sieveIndex(x)] & lengthBit(x)) !== 0 ? t.words.get(x) : undefined;
}

const tables = new WeakMap<Lexicon, Map<string, WordTable>>();

/**
 * The word table of a lexicon and language, built once. `starts` are the words rules start on, `gated`
 * the rules a word passes the gates of.
 */
export function wordTable(L: Lexicon, lang: Lang, starts: Set<string>, gated: (x: string) => Rule[]): WordTable {
	let byLang = tables.get(L);
	if (!byLang) tables.set(L, (byLang = new Map()));
	const known = byLang.get(lang);
	if (known) return known;
	const table = new Map<string, WordEntry>();
	for (const x of starts) {
		let rules: Rule[] | null;
		try {
			rules = gated(x);
		} catch {
			// A language without tables of its own: let the scan meet the same failure where it did before.
			rules = null;
		}
		table.set(x, { rules, key: !KEYLESS.has(x), lead: KEYLESS.has(x) || ONE[lang]?.has(x) === true });
	}
	for (const x of RULE_WORDS.split(/\s+/)) {
		if (!x || table.has(x)) continue;
		// (A Roman ordinal starts the century rule though it is no start word: its rules come from the gates.)
		table.set(x, { rules: ROMAN.test(x) ? null : [], key: !KEYLESS.has(x), lead: false });
	}
	const sieve = new Uint32Array(128 * 128);
	for (const x of table.keys()) if (x.length > 0) sieve[sieveIndex(x)] |= lengthBit(x);
	const short: (WordEntry | undefined)[] = new Array(1 << 16).fill(undefined);
	for (const [x, e] of table) if (x.length > 0 && shortIndex(x) >= 0) short[shortIndex(x)] = e;
	const out = { words: table, sieve, short };
	byLang.set(lang, out);
	return out;
}
