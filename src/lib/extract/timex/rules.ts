/**
 * The matchers. Each rule looks at the token sequence from one position and
 * either declines or returns the span it covers and a `Spec`: what the text
 * *says* (a weekday, "the day before", "three years"), not yet a calendar
 * value; anchor.ts turns specs into values with the publication date, the
 * tense and the story's reference time. Every rule looks a bounded number
 * of tokens ahead, so the scan is linear in the text length.
 */
import type { Lang } from '$lib/model';
import type { Lexicon } from './lexicon';
import type { Tok, TokKind } from './tokens';
import { LOOKAHEAD, entryOf, wordTable, type WordEntry } from './rules.lookahead';
import { afterMonth, dirAt, isWord, monthAt, podAt, readYear, w, type Match, type Rule, type RuleCtx } from './match';
import { ruleClock } from './rules.clock';
import { ORD_EN, ORD_FR, relUnitAt, ruleDayList, ruleDayMonth, ruleDecadeCentury, ruleHoliday, ruleMonth, ruleNumericDate, ruleQuarter, ruleRelDay, ruleSeason, ruleUnitRel, ruleWeekday, ruleYear } from './rules.date';
import { WORD_DURATIONS, ruleDuration, ruleRef, ruleSet, ruleVagueDuration } from './rules.span';

// ----------------------------------------------------------------- modifiers

/** Rules a `début`/`fin`/`early`/`late` can modify. */
const MODIFIABLE: Rule[] = [];

const ruleMod: Rule = (c, i) => {
	let x = w(c, i);
	let j = i;
	// `au début de`, `à la fin de`, `the end of`
	let outer = false;
	if (x === 'au' || x === 'the' || (x === 'à' && w(c, i + 1) === 'la')) {
		j = x === 'à' ? i + 2 : i + 1;
		x = w(c, j);
		outer = true;
	}
	const mod = c.L.mods[x];
	if (!mod || !isWord(c, j)) return null;
	if (c.lang === 'en' && (x === 'end' || x === 'beginning' || x === 'start' || x === 'middle') && !outer) return null;
	let k = j + 1;
	let glue = true;
	if (w(c, k) === '-' && !c.T[k].sp) k++;
	else if (w(c, k) === 'de' || w(c, k) === 'of' || w(c, k) === 'des' || w(c, k) === 'du') {
		glue = false;
		if (w(c, k) === 'de' || w(c, k) === 'of') k++;
		if (w(c, k) === 'd' && w(c, k + 1) === "'") k += 2;
	} else if (w(c, k) === 'd' && w(c, k + 1) === "'") {
		k += 2;
		glue = false;
	} else if (outer) return null;
	if (w(c, j) === 'des' || w(c, k - 1) === 'des') glue = false;
		let best: Match | null = null;
	for (const r of MODIFIABLE) {
		const m = r(c, k);
		if (m && (!best || m.b > best.b)) best = m;
	}
	// `des années 60` after `début`: the decade rule wants its article.
	if (!best && (w(c, k - 1) === 'des' || w(c, j + 1) === 'des')) {
		const m = ruleDecadeCentury(c, j + 1);
		if (m) best = m;
	}
	if (!best && !glue && c.lang === 'fr') {
		// `en fin d'après-midi`, `en début de soirée`: part of the day the story is on.
		const p = podAt(c, k);
		if (p && p.pod !== 'MI' && w(c, p.b) !== 'de' && w(c, p.b) !== 'du') best = { a: k, b: p.b, spec: { k: 'pod', pod: p.pod === 'DT' ? 'DT' : p.pod }, mod: null };
	}
	if (!best && !glue) {
		// `à la fin de l'année`, `au début du mois`, `the end of the year`: the current one.
		let q = k;
		if (w(c, q) === 'l' && w(c, q + 1) === "'") q += 2;
		else if (w(c, q) === 'la' || w(c, q) === 'le' || w(c, q) === 'the') q++;
		else if (w(c, q) === 'du') q++; // `à la fin du mois`
		const u = relUnitAt(c, q);
		// `au début du mois prochain`, `à la fin de l'année dernière`: the next or the last one.
		const dir = u ? dirAt(c, u.b) : null;
		if (u && u.u !== 'weekend' && q > k - 1 && w(c, u.b) !== '-' && w(c, u.b) !== 'de' && w(c, u.b) !== 'of') {
			best = { a: w(c, k) === 'du' ? q : k, b: dir ? u.b + 1 : u.b, spec: { k: 'unit', unit: u.u, off: dir === 'next' ? 1 : dir === 'last' ? -1 : 0, base: 'dct' }, mod: null };
		}
	}
	if (!best) {
		// Ambiguous months are fine after `début`/`fin`: `fin mai`, `début mars`.
		const mo = monthAt(c, k);
		if (mo !== null && glue) {
			let b = afterMonth(c, k);
			const yy = readYear(c, b, false);
			if (yy !== null) b++;
			best = { a: k, b, spec: { k: 'cal', m: mo, y: yy ?? undefined }, mod: null };
		}
	}
	if (!best) return null;
	const sp = best.spec;
	if (sp.k !== 'cal' && sp.k !== 'unit' && sp.k !== 'decade' && sp.k !== 'century' && sp.k !== 'season' && sp.k !== 'quarter' && sp.k !== 'pod') return null;
	if (sp.k === 'cal' && sp.d !== undefined) return null;
	return { a: glue ? i : best.a, b: best.b, spec: sp, mod };
};

export const RULES: Rule[] = [
	ruleClock,
	ruleNumericDate,
	ruleDayMonth,
	ruleDayList,
	ruleMonth,
	ruleYear,
	ruleDecadeCentury,
	ruleWeekday,
	ruleRelDay,
	ruleUnitRel,
	ruleQuarter,
	ruleSeason,
	ruleDuration,
	ruleVagueDuration,
	ruleSet,
	ruleRef,
	ruleHoliday,
	ruleMod
];

MODIFIABLE.push(ruleMonth, ruleYear, ruleDecadeCentury, ruleUnitRel, ruleSeason, ruleQuarter);

/** Function words that open a rule (`le 27 mai`, `il y a`, `the coming days`). */
const OPENERS = [
	'le', 'la', 'les', 'l', 'du', 'des', 'au', 'aux', 'à', 'a', 'de', 'd', 'il', 'dans', 'par', 'pour', 'en', 'entre',
	'hier', 'demain', 'aujourd', 'avant', 'après', 'ces', 'tous', 'toutes', 'plusieurs', 'quelques', 'environ', 'près',
	'mois', 'année', 'premier', 'deuxième', 'troisième', 'quatrième', 'second', 'midi', 'minuit', 'un', 'une',
	'the', 'this', 'last', 'next', 'yesterday', 'today', 'tomorrow', 'tonight', 'in', 'at', 'these', 'on', 'about',
	'around', 'approximately', 'half', 'several', 'many', 'recent', 'some', 'decades', 'years', 'months', 'weeks',
	'week', 'weekend', 'q', 'q1', 'q2', 'q3', 'q4', 'noon', 'midnight', 'first', 'third', 'fourth', 'every', 'each',
	'that', 'jour', 'saint', 'new', 'o', 'fiscal', 'overnight'
];

const ROMAN_ORDINAL = /^[xvi]{1,6}(e|ème|eme)$/;

/** ROMAN_ORDINAL, tried only on words that can start it (`x`, `v`, `i`): it is asked of nearly every word. */
function romanOrdinal(w: string): boolean {
	const c = w.charCodeAt(0);
	return (c === 120 || c === 118 || c === 105) && ROMAN_ORDINAL.test(w);
}

const startCache = new WeakMap<Lexicon, Set<string>>();

export function startWords(L: Lexicon): Set<string> {
	let s = startCache.get(L);
	if (s) return s;
	s = new Set<string>(OPENERS);
	for (const table of [L.months, L.weekdays, L.weekdayPlurals, L.pods, L.numbers, L.units, L.refWords, L.setAdjectives, L.seasons, L.mods, L.holidays]) {
		for (const k of Object.keys(table)) s.add(k);
	}
	for (const set of [L.this, L.every, L.last, L.next]) for (const k of set) s.add(k);
	for (const k of Object.keys(WORD_DURATIONS.fr).concat(Object.keys(WORD_DURATIONS.en))) s.add(k);
	startCache.set(L, s);
	return s;
}

/** The scan's first filter: a word some rule starts with, a number, or punctuation a rule opens on. */
export function mayStart(starts: Set<string>, t: Tok): boolean {
	return t.k === 'w' ? starts.has(t.w) || romanOrdinal(t.w) : t.k !== 'p' || t.w === "'";
}

// ----------------------------------------------------------------- gates

/**
 * What the token a rule starts on must be for the rule to match at all: each
 * gate is true whenever its rule can return a match at that token, read off
 * the rule's opening tests (the same lexicon look-ups, so the same answers),
 * and may be true more often. Frequent openers (`de`, `la`, `le`, `à`) pass
 * the start filter but open only a few rules: the scan tries only those.
 * rules.spec.ts checks every gate against its rule on generated token runs.
 */
export type Gate = (x: string, k: TokKind, L: Lexicon, lang: Lang) => boolean;

const words = (s: string) => new Set(s.split(' '));
const DAYMONTH_LEAD = words('le the on ce premier');
const DAYLIST_OPEN = words('les du entre');
const YEAR_OPEN = words('l année the fiscal');
const DECADE_OPEN = words("les des aux années le du au the '");
const CENTURY_ROMAN = /^([xvi]+)(e|ème|eme)$/;
const RELDAY_OPEN = words('hier demain aujourd avant après la le ce l yesterday today tomorrow tonight overnight last that this the');
const UNITREL_OPEN = words('la le l week weekend week-end this last next the year');
const QUARTER_OPEN = words('le au du the q');
const SEASON_OPEN = words('l le the last next');
const HOLIDAY_OPEN = words('la le the new jour saint');
const DURATION_OPEN = words('il dans environ about around approximately un une the half');
const VAGUE_OPEN = words('des plusieurs quelques de ces les several many a recent some decades years months weeks');
const SET_OPEN = words('tous toutes');
const REF_OPEN = words('à a dans par de en pour ces les the in at these');
const CLOCK_WORDS = words('midi noon minuit midnight');
const MOD_OPEN = words('au the à');

export const GATES = new Map<Rule, Gate>([
	[ruleClock, (x, k) => k === 'n' || CLOCK_WORDS.has(x)],
	[ruleNumericDate, (x, k) => k === 'n'],
	[ruleDayMonth, (x, k, L) => k === 'n' || DAYMONTH_LEAD.has(x) || L.weekdays[x] !== undefined || L.months[x] !== undefined],
	[ruleDayList, (x) => DAYLIST_OPEN.has(x)],
	[ruleMonth, (x, k, L) => x === 'mois' || L.months[x] !== undefined],
	[ruleYear, (x, k) => k === 'n' || YEAR_OPEN.has(x)],
	[ruleDecadeCentury, (x, k) => k === 'n' || DECADE_OPEN.has(x) || CENTURY_ROMAN.test(x)],
	[ruleWeekday, (x, k, L, lang) => L.this.has(x) || x === 'last' || x === 'next' || L.weekdays[x] !== undefined || (lang === 'en' && (x === 'early' || x === 'first'))],
	[ruleRelDay, (x, k, L) => RELDAY_OPEN.has(x) || L.this.has(x)],
	[ruleUnitRel, (x, k, L) => UNITREL_OPEN.has(x) || L.this.has(x)],
	[ruleQuarter, (x, k) => k === 'n' || QUARTER_OPEN.has(x) || ORD_FR[x] !== undefined || ORD_EN[x] !== undefined || /^q[1-4]$/.test(x)],
	[ruleSeason, (x, k, L) => SEASON_OPEN.has(x) || L.this.has(x) || L.seasons[x] !== undefined],
	[ruleDuration, (x, k, L, lang) => k === 'n' || DURATION_OPEN.has(x) || L.numbers[x] !== undefined || !!WORD_DURATIONS[lang][x]],
	[ruleVagueDuration, (x, k, L) => VAGUE_OPEN.has(x) || !!L.units[x]],
	[ruleSet, (x, k, L) => SET_OPEN.has(x) || L.every.has(x) || !!L.units[x] || !!L.setAdjectives[x]],
	[ruleRef, (x, k, L) => REF_OPEN.has(x) || !!L.refWords[x]],
	[ruleHoliday, (x, k, L) => HOLIDAY_OPEN.has(x) || !!L.holidays[x]],
	[ruleMod, (x, k, L) => MOD_OPEN.has(x) || !!L.mods[x]]
]);

/**
 * The rules whose gates a token passes, in `RULES` order (ties go to the earlier rule), per lexicon,
 * language and token kind, then by word. Keyed by the word itself, not a `lang + kind + word` string:
 * that string was built and hashed at every candidate token, while the word's hash is already cached
 * by the start filter's look-up.
 */
const gatedCache = new WeakMap<Lexicon, Map<string, Map<string, Rule[]>>>();
const GATED_CACHE_MAX = 20_000;
const KIND_KEYS: Record<Lang, Record<TokKind, string>> = {
	fr: { w: 'frw', n: 'frn', p: 'frp' },
	en: { w: 'enw', n: 'enn', p: 'enp' }
};

function rulesFor(c: RuleCtx, x: string, k: TokKind): Rule[] {
	let byKind = gatedCache.get(c.L);
	if (!byKind) gatedCache.set(c.L, (byKind = new Map()));
	const kindKey = KIND_KEYS[c.lang]?.[k] ?? `${c.lang}${k}`;
	let cache = byKind.get(kindKey);
	if (!cache) byKind.set(kindKey, (cache = new Map()));
	let list = cache.get(x);
	if (!list) {
		list = RULES.filter((r) => GATES.get(r)?.(x, k, c.L, c.lang) ?? true);
		// A huge text of distinct numbers must not grow the cache without end.
		if (cache.size >= GATED_CACHE_MAX) cache.clear();
		cache.set(x, list);
	}
	return list;
}

/** Word-table entry of a Roman ordinal (`XIXe`): not listed, a key, and its rules asked of the gates. */
const ROMAN_ENTRY: WordEntry = { rules: null, key: true, lead: false };

/** Per-token flags of the scan's first pass: a rule may start here; it is a key; it opens only before a key. */
const CANDIDATE = 1;
const KEY = 2;
const LEAD = 4;

/**
 * Every expression in the text, left to right: at each token the longest
 * match of any rule wins and the scan resumes after it, so matches never
 * overlap. A first pass reads each token once into flags (and its word-table
 * entry); the scan proper then skips on a byte, and a function word looks
 * at the next LOOKAHEAD bytes for a key.
 */
export function scan(c: RuleCtx): Match[] {
	const out: Match[] = [];
	const T = c.T;
	const n = T.length;
	const table = wordTable(c.L, c.lang, startWords(c.L), (x) => rulesFor(c, x, 'w'));
	// Filled by push, one slot a token: `new Array(n)` of 100,000 slots or more is a dictionary in V8, and the
	// 1 MB text has 200,000 tokens.
	const entries: (WordEntry | undefined)[] = [];
	const flags = new Uint8Array(n + LOOKAHEAD + 1);
	for (let i = 0; i < n; i++) {
		const t = T[i];
		let e: WordEntry | undefined;
		if (t.k === 'w') {
			e = entryOf(table, t.w);
			if (e === undefined && romanOrdinal(t.w)) e = ROMAN_ENTRY;
			if (e !== undefined) flags[i] = (e.rules === null || e.rules.length > 0 ? CANDIDATE : 0) | (e.key ? KEY : 0) | (e.lead ? LEAD : 0);
		} else if (t.k === 'n') flags[i] = CANDIDATE | KEY;
		else if (t.w === "'") flags[i] = CANDIDATE | LEAD;
		entries.push(e);
	}
	let i = 0;
	while (i < n) {
		// Most tokens can start no rule, and a function word none without a key soon after: skip them.
		const f = flags[i];
		if ((f & CANDIDATE) === 0 || ((f & LEAD) !== 0 && !keyWithin(flags, i))) {
			i++;
			continue;
		}
		const t = T[i];
		const e = entries[i];
		const best = longestMatch(e !== undefined && e.rules !== null ? e.rules : rulesFor(c, t.w, t.k), c, i);
		if (best) {
			out.push(best);
			i = Math.max(best.b, i + 1);
		} else i++;
	}
	return out;
}

/** A key among the LOOKAHEAD tokens after i (`flags` is padded past the end). */
function keyWithin(flags: Uint8Array, i: number): boolean {
	for (let j = i + 1; j <= i + LOOKAHEAD; j++) if ((flags[j] & KEY) !== 0) return true;
	return false;
}

/** The longest match of `rules` at token i (the earliest start among equals), or null. */
export function longestMatch(rules: readonly Rule[], c: RuleCtx, i: number): Match | null {
	let best: Match | null = null;
	for (const r of rules) {
		const m = r(c, i);
		if (m && m.b > m.a && (!best || m.b > best.b || (m.b === best.b && m.a < best.a))) best = m;
	}
	return best;
}
