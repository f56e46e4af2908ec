/**
 * What every timex rule shares: the `Spec` a rule returns (what the text
 * says, before any anchoring), the match shape, and small readers over the
 * token array (numbers, years, months, parts of day) that never look more
 * than a few tokens ahead.
 */
import type { Lang, TimexMod } from '$lib/model';
import type { Lexicon, Pod, RefValue, Unit } from './lexicon';
import type { Tok } from './tokens';

export type Dir = 'last' | 'next' | 'this' | 'same';

export type Spec =
	/** Calendar fields as written; missing ones come from the anchor. */
	| { k: 'cal'; y?: number; m?: number; d?: number; wd?: number; pod?: Pod; h?: number; mi?: number; dir?: Dir; fy?: boolean }
	/** `hier`, `la veille`: a day offset from the publication date or the reference. */
	| {
			k: 'rel';
			base: 'dct' | 'ref';
			days: number;
			pod?: Pod;
			h?: number;
			mi?: number;
			/** Unresolved without a live reference day. */
			strict?: boolean;
			/** `cette nuit`: told in the past tense, the night just gone (the one before the publication day). */
			lastNightIfPast?: boolean;
			/** `ce soir-là`, `that day`: a day the story told before, however far back (anchor.ts thatDay). */
			that?: boolean;
	  }
	/** A clock time on the day the story is talking about. */
	| { k: 'clock'; h: number; mi: number; zone: string | null }
	/** `la nuit`, `la soirée`: a part of the reference day. */
	| { k: 'pod'; pod: Pod; /** `overnight`: in the past tense on the publication day, the night that ended that morning. */ overnight?: boolean }
	/** `cette semaine`, `l'an dernier`, `cette année-là`. */
	| { k: 'unit'; unit: 'week' | 'weekend' | 'month' | 'year' | 'quarter' | 'half'; off: number; base: 'dct' | 'ref' }
	/** `il y a 75 ans` (n = -75), `dans trois jours` (n = 3). */
	| { k: 'ago'; unit: Unit; n: number }
	| { k: 'quarter'; q: number; y?: number; half?: boolean }
	/** `the quarter`: the quarter the story reports on. */
	| { k: 'thisQuarter' }
	/**
	 * `a year earlier` (n = -1), `two years later`: the period the story is on,
	 * shifted by whole years at its own granularity (`1998-Q1` → `1997-Q1`);
	 * `the year-earlier quarter` (`quarter`) shifts the last quarter named.
	 */
	| { k: 'yearShift'; n: number; quarter?: boolean }
	| { k: 'season'; s: 'SP' | 'SU' | 'FA' | 'WI'; y?: number; dir?: Dir; /** `the following spring` (1), `l'hiver précédent` (-1): years from the story's. */ shift?: number }
	| { k: 'decade'; dec: number }
	| { k: 'century'; c: number }
	| { k: 'dur'; n: number | null; unit: Unit }
	| { k: 'set'; value: string }
	| { k: 'ref'; value: RefValue };

export interface Match {
	/** Token range [a, b). */
	a: number;
	b: number;
	spec: Spec;
	mod: TimexMod | null;
}

export interface RuleCtx {
	T: Tok[];
	L: Lexicon;
	lang: Lang;
	/** Index of the first token of each token's sentence. */
	sentStart: Int32Array;
}

export type Rule = (c: RuleCtx, i: number) => Match | null;

// ----------------------------------------------------------------- helpers

export function w(c: RuleCtx, i: number): string {
	return i >= 0 && i < c.T.length ? c.T[i].w : '';
}

/** Token i follows token i-1 with no space. */
export function glued(c: RuleCtx, i: number): boolean {
	return i > 0 && i < c.T.length && !c.T[i].sp;
}

export function isNum(c: RuleCtx, i: number): boolean {
	return i >= 0 && i < c.T.length && c.T[i].k === 'n';
}

export function isWord(c: RuleCtx, i: number): boolean {
	return i >= 0 && i < c.T.length && c.T[i].k === 'w';
}

/** At the start of its sentence (or right after an opening quote or dash). */
export function sentenceInitial(c: RuleCtx, i: number): boolean {
	if (i === c.sentStart[i]) return true;
	const p = c.T[i - 1];
	return p.k === 'p' && /^["«(\-\u2014\u2013'*•·›|:]$/.test(p.w) || p.nl || c.T[i].nl;
}

/** The apostrophe elision `l'`, `d'`, `aujourd'hui`: word then a glued `'`. */
export function elided(c: RuleCtx, i: number, word: string): boolean {
	return w(c, i) === word && w(c, i + 1) === "'";
}

export interface NumRead {
	v: number;
	b: number;
	digits: boolean;
}

/** A number in digits (`2,000`, `30,4`, `2 000`) or in words (`dix-huit`, `twenty-five`). */
export function readNum(c: RuleCtx, i: number, allowArticle = false): NumRead | null {
	const T = c.T;
	if (i >= T.length) return null;
	const t = T[i];
	if (t.k === 'n') {
		if (t.w.length > 9) return null;
		let v = Number(t.w);
		let b = i + 1;
		// Thousands: `2,000` (en), `2 000` / `2.000` (fr); decimals `30,4` (fr), `30.4` (en).
		const sepThousands = c.lang === 'en' ? ',' : '.';
		const sepDecimal = c.lang === 'en' ? '.' : ',';
		if (t.w.length <= 3) {
			while (
				b + 1 < T.length && T[b].k === 'p' && T[b].w === sepThousands && !T[b].sp && T[b + 1].k === 'n' && !T[b + 1].sp && T[b + 1].w.length === 3
			) {
				v = v * 1000 + Number(T[b + 1].w);
				b += 2;
			}
			if (c.lang === 'fr' && b === i + 1) {
				while (b < T.length && T[b].k === 'n' && T[b].sp && !T[b].nl && T[b].w.length === 3) {
					v = v * 1000 + Number(T[b].w);
					b++;
				}
			}
		}
		if (b === i + 1 && b + 1 < T.length && T[b].w === sepDecimal && !T[b].sp && T[b + 1].k === 'n' && !T[b + 1].sp && T[b + 1].w.length <= 3) {
			v = Number(`${t.w}.${T[b + 1].w}`);
			b += 2;
		}
		return { v, b, digits: true };
	}
	if (t.k !== 'w') return null;
	const N = c.L.numbers;
	const first = N[t.w];
	if (first === undefined) return null;
	if (!allowArticle && (t.w === 'a' || t.w === 'an')) return null;
	// `un`/`une`/`a` alone is one; compounds are joined by `-` or `et`/`and`.
	let total = 0;
	let cur = first;
	let b = i + 1;
	for (let steps = 0; steps < 8; steps++) {
		let j = b;
		if (T[j]?.w === '-' && !T[j].sp) j++;
		else if ((T[j]?.w === 'et' || T[j]?.w === 'and') && N[T[j + 1]?.w ?? ''] !== undefined && N[T[j + 1].w] < 10) j++;
		else if (c.lang === 'en' && (N[T[j]?.w ?? ''] === 100 || N[T[j]?.w ?? ''] === 1000)) {
			// `two thousand`, `three hundred`
		} else break;
		const nx = T[j];
		if (!nx || nx.k !== 'w') break;
		const v = N[nx.w];
		if (v === undefined || nx.w === 'a' || nx.w === 'an' || nx.w === 'un' || nx.w === 'une') break;
		if (v === 1000) {
			total = (total + (cur || 1)) * 1000;
			cur = 0;
		} else if (v === 100) cur = (cur || 1) * 100;
		else if (v === 20 && cur % 100 === 4) cur = cur - 4 + 80;
		else cur += v;
		b = j + 1;
	}
	return { v: total + cur, b, digits: false };
}

export function unitAt(c: RuleCtx, i: number, afterDigits: boolean): Unit | null {
	const t = c.T[i];
	if (!t || t.k !== 'w') return null;
	const u = c.L.units[t.w];
	if (!u) return null;
	// Abbreviations only after a number in digits (`4 min`, `48 h`).
	if (t.w.length <= 3 && !afterDigits && t.w !== 'an' && t.w !== 'ans' && t.w !== 'day') return null;
	return u;
}

export function pluralUnit(word: string, lang: Lang): boolean {
	return lang === 'fr' ? /[sx]$/.test(word) || word === 'mois' : /s$/.test(word);
}

export const YEAR_MIN = 1000;
export const YEAR_MAX = 2100;

/** A 4-digit year token, or a 2-digit one where `twoDigit` allows it (`octobre 98`). */
export function readYear(c: RuleCtx, i: number, twoDigit: boolean): number | null {
	const t = c.T[i];
	if (!t || t.k !== 'n') return null;
	// `2019-2020` is fine, but `13:2019` or `2019,5` is not a year.
	const nx = c.T[i + 1];
	if (nx && !nx.sp && (nx.k === 'n' || nx.w === ':' || ((nx.w === ',' || nx.w === '.') && c.T[i + 2]?.k === 'n' && !c.T[i + 2].sp))) return null;
	if (t.w.length === 4) {
		const v = Number(t.w);
		return v >= YEAR_MIN && v <= YEAR_MAX ? v : null;
	}
	if (twoDigit && t.w.length === 2) {
		const v = Number(t.w);
		return v >= 30 ? 1900 + v : 2000 + v;
	}
	return null;
}

/** The word at i makes the number before it a count (`98 personnes`, `15 jours`, `20 h`). */
export function countsSomething(c: RuleCtx, i: number): boolean {
	if (!isWord(c, i)) return false;
	const x = c.T[i].w;
	return c.L.units[x] !== undefined || c.L.countNouns.has(x) || (x.length > 3 && /[sx]$/.test(x) && !c.T[i].cap);
}

export function monthAt(c: RuleCtx, i: number): number | null {
	const t = c.T[i];
	if (!t || t.k !== 'w') return null;
	const m = c.L.months[t.w];
	if (m === undefined) return null;
	// `janv.` and `Feb.`: the abbreviation's dot belongs to it, handled by callers skipping it.
	return m;
}

/** Skip the dot after an abbreviated month (`Feb. 7`). */
export function afterMonth(c: RuleCtx, i: number): number {
	const t = c.T[i];
	if (t.w.length <= 4 && c.T[i + 1]?.w === '.' && !c.T[i + 1].sp && c.T[i + 2]?.k === 'n') return i + 2;
	return i + 1;
}

export function dirAt(c: RuleCtx, i: number): Dir | null {
	const x = w(c, i);
	if (c.L.last.has(x)) return 'last';
	if (c.L.next.has(x)) return 'next';
	return null;
}

/** A part-of-day word (or `après-midi`) at i: the pod and the end token. */
export function podAt(c: RuleCtx, i: number): { pod: Pod; b: number } | null {
	const x = w(c, i);
	if (x === 'après' && w(c, i + 1) === '-' && w(c, i + 2) === 'midi') return { pod: 'AF', b: i + 3 };
	if (x === 'midi' || x === 'noon') return null;
	const p = c.L.pods[x];
	if (p && c.T[i].k === 'w') return { pod: p, b: i + 1 };
	return null;
}

/** `mardi «dans la journée»`, `hier dans la soirée`: a part of day said after the day. */
export function trailingPod(c: RuleCtx, i: number): { pod: Pod; b: number } | null {
	let j = i;
	const q = w(c, j) === '«' || w(c, j) === '"';
	if (q) j++;
	if (w(c, j) !== 'dans' || w(c, j + 1) !== 'la') return null;
	const x = w(c, j + 2);
	const pod: Pod | null = x === 'journée' ? 'DT' : x === 'matinée' ? 'MO' : x === 'soirée' ? 'EV' : x === 'nuit' ? 'NI' : null;
	if (!pod) return null;
	let b = j + 3;
	if (q && (w(c, b) === '»' || w(c, b) === '"')) b++;
	return { pod, b };
}
