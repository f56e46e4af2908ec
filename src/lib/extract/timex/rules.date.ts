/**
 * Calendar expressions: numeric and written dates, months, years, decades,
 * centuries, weekdays, days relative to now or to the story (`hier`,
 * `la veille`), weeks/months/years relative to now, quarters, seasons and
 * fixed holidays.
 */
import type { Pod } from './lexicon';
import { YEAR_MAX, YEAR_MIN, afterMonth, countsSomething, dirAt, elided, glued, isNum, isWord, monthAt, podAt, readNum, readYear, sentenceInitial, trailingPod, w, type Dir, type Rule, type RuleCtx, type Spec } from './match';
import { ruleClock } from './rules.clock';
import { dawnAfter, podBeforeWeekday } from './rules.day-part';

// ----------------------------------------------------------------- dates

/** `13/09/2023`, `2023-09-13`, optionally `à 14h05`. */
export const ruleNumericDate: Rule = (c, i) => {
	const T = c.T;
	if (!isNum(c, i)) return null;
	if (i > 0 && !T[i].sp && (T[i - 1].k === 'n' || T[i - 1].w === '/')) return null;
	const sep = w(c, i + 1);
	if ((sep !== '/' && sep !== '.' && sep !== '-') || !glued(c, i + 1) || !isNum(c, i + 2) || !glued(c, i + 2)) return null;
	if (w(c, i + 3) !== sep || !glued(c, i + 3) || !isNum(c, i + 4) || !glued(c, i + 4)) return null;
	const A = T[i].w;
	const B = T[i + 2].w;
	const C = T[i + 4].w;
	let y: number;
	let m: number;
	let d: number;
	if (A.length === 4 && B.length <= 2 && C.length <= 2) {
		y = +A;
		m = +B;
		d = +C;
	} else if (A.length <= 2 && B.length <= 2 && (C.length === 4 || C.length === 2) && sep !== '-') {
		y = C.length === 4 ? +C : +C >= 30 ? 1900 + +C : 2000 + +C;
		if (c.lang === 'en' && +A <= 12) {
			m = +A;
			d = +B;
		} else {
			d = +A;
			m = +B;
		}
	} else return null;
	if (m < 1 || m > 12 || d < 1 || d > 31 || y < YEAR_MIN || y > YEAR_MAX) return null;
	let b = i + 5;
	if (isNum(c, b) && !T[b].sp) return null;
	const spec: Spec = { k: 'cal', y, m, d };
	// `13/09/2023 à 14h05` is one timestamp (a dateline), kept as one expression.
	const cl = clockJoinedAt(c, b, true);
	if (cl) {
		spec.h = cl.h;
		spec.mi = cl.mi;
		b = cl.b;
	}
	return { a: i, b, spec, mod: null };
};

/**
 * A clock time joined to the day just read (`à`/`at`, and for a numeric date a comma): the day and
 * its hour are one timestamp, as dev marks `13/09/2023 à 14h05` and the TimeBank `Hier à 10 h`.
 */
/**
 * The same after a written date or a weekday, in French only: the French TimeBank marks `Hier à 10 h`
 * as one expression, while English TimeML (and en-timex) keeps `Saturday` and `8:05 p.m. EDT` apart.
 */
function frenchClockJoinedAt(c: RuleCtx, b: number): { h: number; mi: number; b: number } | null {
	return c.lang === 'fr' ? clockJoinedAt(c, b) : null;
}

export function clockJoinedAt(c: RuleCtx, b: number, commaToo = false): { h: number; mi: number; b: number } | null {
	const x = w(c, b);
	if (x !== 'à' && x !== 'at' && !(commaToo && x === ',')) return null;
	const cl = ruleClock(c, b + 1);
	return cl && cl.spec.k === 'clock' ? { h: cl.spec.h, mi: cl.spec.mi, b: cl.b } : null;
}

/** Day of month at i (`13`, `1er`, `premier`, `7th`): value and end token. */
export function dayNumAt(c: RuleCtx, i: number): { d: number; b: number } | null {
	const t = c.T[i];
	if (!t) return null;
	if (t.k === 'n') {
		if (t.w.length > 2) return null;
		const d = Number(t.w);
		if (d < 1 || d > 31) return null;
		let b = i + 1;
		const o = w(c, b);
		if (glued(c, b) && isWord(c, b) && c.L.ordinals[o] !== undefined && c.L.ordinals[o] <= 1) b++;
		return { d, b };
	}
	if (c.lang === 'fr' && (t.w === 'premier')) return { d: 1, b: i + 1 };
	return null;
}

/** Optional leading `le`/`the`/`on` and a weekday before a day-month date. */
export function leadIn(c: RuleCtx, i: number): { wd?: number; j: number } {
	let j = i;
	const x = w(c, j);
	if (x === 'le' || x === 'the' || x === 'on' || x === 'ce') j++;
	const wd = c.L.weekdays[w(c, j)];
	if (wd !== undefined) {
		j++;
		if (w(c, j) === ',') j++;
		return { wd, j };
	}
	return { j };
}

export const ruleDayMonth: Rule = (c, i) => {
	const T = c.T;
	const lead = leadIn(c, i);
	let j = lead.j;
	// `le`/`on` alone before a bare date is kept only in French (`le 27 mai 1998`).
	if (j === i + 1 && lead.wd === undefined && c.lang === 'en') return null;
	let d: number | undefined;
	let m: number | undefined;
	let y: number | undefined;
	const dn = dayNumAt(c, j);
	if (dn) {
		const mo = monthAt(c, dn.b);
		if (mo === null) return null;
		d = dn.d;
		m = mo;
		j = afterMonth(c, dn.b);
	} else {
		// English: `Feb 7`, `May 14, 2023`, `Tuesday, Feb. 7`.
		const mo = monthAt(c, j);
		if (mo === null || c.lang !== 'en') return null;
		const k = afterMonth(c, j);
		const dn2 = dayNumAt(c, k);
		if (!dn2 || T[k].k !== 'n') return null;
		// `May 2019` is a month-year, not the 20th… of May.
		if (T[k].w.length > 2) return null;
		m = mo;
		d = dn2.d;
		j = dn2.b;
		if (w(c, j) === ',' && readYear(c, j + 1, false) !== null) j++;
	}
	if (c.lang === 'en' && w(c, j) === 'of') {
		const yy = readYear(c, j + 1, false);
		if (yy !== null) j++;
	}
	const yr = readYear(c, j, c.lang === 'fr' && !T[j]?.nl);
	if (yr !== null && !(isWord(c, j + 1) && c.L.units[w(c, j + 1)])) {
		y = yr;
		j++;
	}
	let dir: Dir | undefined;
	const dr = dirAt(c, j);
	if (dr && y === undefined) {
		dir = dr;
		j++;
	}
	if (m === undefined || d === undefined) return null;
	const cl = frenchClockJoinedAt(c, j);
	return cl
		? { a: i, b: cl.b, spec: { k: 'cal', y, m, d, wd: lead.wd, dir, h: cl.h, mi: cl.mi }, mod: null }
		: { a: i, b: j, spec: { k: 'cal', y, m, d, wd: lead.wd, dir }, mod: null };
};

/** `les 6 et 13 avril`, `du 6 au 13 avril`: the first day borrows the month of the second. */
export const ruleDayList: Rule = (c, i) => {
	const x = w(c, i);
	if (c.lang !== 'fr' || (x !== 'les' && x !== 'du' && x !== 'entre')) return null;
	let j = i + 1;
	if (x === 'entre' && w(c, j) === 'le') j++;
	const d1 = dayNumAt(c, j);
	if (!d1 || !isNum(c, j)) return null;
	const sep = w(c, d1.b);
	if (sep !== 'et' && sep !== 'au' && sep !== ',') return null;
	let k = d1.b + 1;
	if (w(c, k) === 'le') k++;
	const d2 = dayNumAt(c, k);
	if (!d2) return null;
	const m = monthAt(c, d2.b);
	if (m === null) return null;
	const e = afterMonth(c, d2.b);
	const y = readYear(c, e, false);
	const dir = y === null ? dirAt(c, e) : null;
	return { a: i, b: d1.b, spec: { k: 'cal', d: d1.d, m, y: y ?? undefined, dir: dir ?? undefined }, mod: null };
};

export const MONTH_CUE_EN = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'through', 'during', 'before', 'after', 'between', 'and', 'to', 'throughout', '-']);
export const MONTH_CUE_FR = new Set(['en', 'depuis', 'de', 'd', 'fin', 'début', 'mi', 'dès', 'jusqu', 'avant', 'après', 'courant', 'entre', 'et', 'à', 'au', 'mois', 'le', 'du', '-']);

export const ruleMonth: Rule = (c, i) => {
	const T = c.T;
	let j = i;
	if (c.lang === 'fr' && w(c, i) === 'mois' && (w(c, i + 1) === 'de' || w(c, i + 1) === 'd')) {
		j = w(c, i + 2) === "'" ? i + 3 : i + 2;
		if (monthAt(c, j) === null) return null;
	}
	const m = monthAt(c, j);
	if (m === null) return null;
	const t = T[j];
	const end = afterMonth(c, j);
	const yr = readYear(c, end, c.lang === 'fr' && !T[end]?.nl && T[end]?.k === 'n' && T[end].w.length === 2 && !countsSomething(c, end + 1));
	const prev = j === i ? w(c, i - 1) : 'mois';
	const ambiguous = c.L.ambiguousMonths.has(t.w);
	if (yr === null) {
		if (t.w.length <= 4 && c.L.months[t.w] !== undefined && t.w !== 'mai' && t.w !== 'juin' && t.w !== 'may' && t.w !== 'june' && t.w !== 'july' && t.w !== 'août' && t.w !== 'aout' && t.w !== 'mars') return null;
		if (c.lang === 'en') {
			if (ambiguous && !MONTH_CUE_EN.has(prev)) return null;
			// `April Ryan`, `August Strindberg`: a first name.
			const nx = T[end];
			if (nx && nx.k === 'w' && nx.cap && !nx.nl && c.L.weekdays[nx.w] === undefined) return null;
			if (t.w === 'may' && !t.cap) return null;
		} else {
			if (ambiguous && (t.cap && !sentenceInitial(c, j) || !MONTH_CUE_FR.has(prev) && t.cap)) return null;
			// `mars` lower-case after `sur`/`vers` is the planet.
			if (t.w === 'mars' && (prev === 'sur' || prev === 'vers' || prev === 'planète')) return null;
			if (t.cap && !sentenceInitial(c, j) && !MONTH_CUE_FR.has(prev)) return null;
		}
	}
	let b = end;
	let y: number | undefined;
	if (yr !== null) {
		y = yr;
		b++;
	}
	let dir: Dir | undefined;
	const dr = dirAt(c, b);
	if (dr && y === undefined) {
		dir = dr;
		b++;
	}
	return { a: i, b, spec: { k: 'cal', y, m, dir }, mod: null };
};

/** Words ending in -s that often follow a year (`en 2019 dans…`, `in 2019 was`). */
export const YEAR_FOLLOWERS = new Set(['dans', 'après', 'depuis', 'puis', 'sans', 'sous', 'plus', 'moins', 'alors', 'mais', 'très', 'lors', 'nous', 'vous', 'jusqu', 'avons', 'avez', 'sommes', 'étais', 'était', 'thus', 'this', 'plus', 'was', 'has', 'its', 'his', 'whereas', 'unless', 'ours', 'pendant', 'ensuite', 'désormais', 'jamais', 'toujours', 'encore', 'aussi', 'pourtant', 'cependant', 'alors', 'afterwards', 'as', 'is', 'always', 'across', 'towards', 'tous', 'toutes']);

/** Prepositions that also take counts (`au nombre de 1600`): a year only inside a range. */
export const WEAK_YEAR_CUE = new Set(['de', 'du', 'à', 'au', 'et', 'entre', 'vers', 'of', 'to', 'and', 'from', 'around', 'between']);

export function strongYearCue(c: RuleCtx, j: number, prev: string): boolean {
	if (!c.L.yearCue.has(prev)) return false;
	if (!WEAK_YEAR_CUE.has(prev)) return true;
	const link = w(c, j + 1);
	return (fourDigits(c, j - 2) && (prev === 'à' || prev === 'et' || prev === 'to' || prev === 'and')) || ((link === 'à' || link === 'et' || link === '-' || link === 'to' || link === 'and') && fourDigits(c, j + 2));
}

/** A four-digit number at token k. A function, not a closure made at every call of `strongYearCue`. */
function fourDigits(c: RuleCtx, k: number): boolean {
	return isNum(c, k) && c.T[k].w.length === 4;
}

/** Words before a reference number that looks like a year. */
const LEGAL_PREFIX = new Set(['loi', 'décret', 'arrêté', 'ordonnance', 'circulaire', 'directive', 'résolution', 'règlement', 'article', 'law', 'resolution', 'bill', 'flight', 'vol', 'route', 'rn', 'rd']);

export const ruleYear: Rule = (c, i) => {
	const T = c.T;
	let j = i;
	// `l'année 2001`, `l'an 2000`, `the year 2000`.
	// `fiscal 1997`, `fiscal year 1997`: TIMEX3 `FY1997`.
	const fy = c.lang === 'en' && w(c, i) === 'fiscal';
	if (elided(c, i, 'l') && (w(c, i + 2) === 'année' || w(c, i + 2) === 'an')) j = i + 3;
	else if (w(c, i) === 'année' || (w(c, i) === 'the' && w(c, i + 1) === 'year')) j = w(c, i) === 'the' ? i + 2 : i + 1;
	else if (fy) j = w(c, i + 1) === 'year' ? i + 2 : i + 1;
	const y = readYear(c, j, false);
	if (y === null) return null;
	// Glued to a number or a unit sign before: `13/2019`, `n°2019`, `$2019`.
	// `2002/2003` is two years; `13/2019` is not one.
	const slashYear = j > 1 && T[j - 1].w === '/' && T[j - 2].k === 'n' && T[j - 2].w.length === 4;
	if (j > 0 && !T[j].sp && T[j - 1].k === 'p' && T[j - 1].w !== '(' && T[j - 1].w !== '-' && T[j - 1].w !== '"' && T[j - 1].w !== "'" && !slashYear) return null;
	if (j > 0 && T[j - 1].k === 'n') return null;
	const prev = w(c, j - 1);
	const nx = c.T[j + 1];
	if (nx && nx.k === 'w' && (c.L.countNouns.has(nx.w) || c.L.units[nx.w] !== undefined)) return null;
	if (nx && nx.k === 'p' && !nx.sp && /^[%€$£°]$/.test(nx.w)) return null;
	// `1600 manifestants`: a number before a plural noun counts things.
	if (nx && nx.k === 'w' && !nx.cap && nx.w.length > 3 && /[sx]$/.test(nx.w) && !YEAR_FOLLOWERS.has(nx.w) && c.L.months[nx.w] === undefined) return null;
	if (prev === 'n' || prev === 'no' || prev === 'numéro' || prev === 'number' || prev === 'route' || prev === 'rn' || prev === 'a' && c.lang === 'fr' && !(y >= 1900)) return null;
	if (j === i && !(y >= 1900 && y <= YEAR_MAX) && !strongYearCue(c, j, prev)) return null;
	// `la loi 2019-1428`, `décret n° 2020-1310`: a reference number, not a range of years.
	if (nx && nx.w === '-' && !nx.sp && isNum(c, j + 2) && !T[j + 2].sp) {
		const v = Number(T[j + 2].w);
		const ok = T[j + 2].w.length === 2 || (T[j + 2].w.length === 4 && v >= y && v <= YEAR_MAX);
		if (!ok) return null;
	}
	if (LEGAL_PREFIX.has(prev)) return null;
	return { a: i, b: j + 1, spec: fy ? { k: 'cal', y, fy } : { k: 'cal', y }, mod: null };
};

/** `les années 60`, `the 1990s`, `le XIXe siècle`, `the 19th century`. */
export const ruleDecadeCentury: Rule = (c, i) => {
	const T = c.T;
	const x = w(c, i);
	if (c.lang === 'fr' && (x === 'les' || x === 'des' || x === 'aux' || x === 'années') ) {
		const j = x === 'années' ? i + 1 : i + 2;
		if (x !== 'années' && w(c, i + 1) !== 'années') return null;
		if (isNum(c, j)) {
			const v = Number(T[j].w);
			if (T[j].w.length === 2 && v % 10 === 0) return { a: i, b: j + 1, spec: { k: 'decade', dec: v >= 30 ? 190 + v / 10 : 200 + v / 10 }, mod: null };
			if (T[j].w.length === 4 && v % 10 === 0 && v >= 1000) return { a: i, b: j + 1, spec: { k: 'decade', dec: v / 10 }, mod: null };
			return null;
		}
		const n = readNum(c, j);
		if (n && n.v >= 20 && n.v < 100 && n.v % 10 === 0) return { a: i, b: n.b, spec: { k: 'decade', dec: 190 + n.v / 10 }, mod: null };
		return null;
	}
	if (c.lang === 'en' && isNum(c, i) && T[i].w.length === 4 && w(c, i + 1) === 's' && glued(c, i + 1)) {
		const v = Number(T[i].w);
		if (v % 10 === 0 && v >= 1000 && v <= YEAR_MAX) return { a: i, b: i + 2, spec: { k: 'decade', dec: v / 10 }, mod: null };
	}
	if (c.lang === 'en' && x === 'the' && isNum(c, i + 1) && T[i + 1].w.length === 2 && w(c, i + 2) === 's' && glued(c, i + 2) && Number(T[i + 1].w) % 10 === 0) {
		const v = Number(T[i + 1].w);
		return { a: i + 1, b: i + 3, spec: { k: 'decade', dec: v >= 30 ? 190 + v / 10 : 200 + v / 10 }, mod: null };
	}
	if (c.lang === 'en' && x === "'" && isNum(c, i + 1) && T[i + 1].w.length === 2 && w(c, i + 2) === 's' && glued(c, i + 2)) {
		const v = Number(T[i + 1].w);
		if (v % 10 === 0) return { a: i, b: i + 3, spec: { k: 'decade', dec: v >= 30 ? 190 + v / 10 : 200 + v / 10 }, mod: null };
	}
	// Centuries: Roman numerals or digits with an ordinal suffix, then the word.
	let n: number | null = null;
	let j = i;
	if (c.lang === 'fr' && (x === 'le' || x === 'du' || x === 'au')) j++;
	if (c.lang === 'en' && x === 'the') j++;
	const y = w(c, j);
	const roman = /^([xvi]+)(e|ème|eme)$/.exec(y);
	if (roman && T[j].k === 'w') {
		n = romanValue(roman[1]);
		j++;
	} else if (isNum(c, j) && T[j].w.length <= 2 && glued(c, j + 1) && /^(e|ème|eme|er|st|nd|rd|th)$/.test(w(c, j + 1))) {
		n = Number(T[j].w);
		j += 2;
	}
	if (n === null || n < 1 || n > 21) return null;
	const u = w(c, j);
	if (u !== 'siècle' && u !== 'century') return null;
	// The TimeBank marks `XIXe siècle` without its article.
	const a = c.lang === 'fr' && x !== y ? i + 1 : i;
	return { a, b: j + 1, spec: { k: 'century', c: n - 1 }, mod: null };
};

export function romanValue(s: string): number | null {
	const V: Record<string, number> = { i: 1, v: 5, x: 10 };
	let total = 0;
	for (let k = 0; k < s.length; k++) {
		const a = V[s[k]];
		const b = k + 1 < s.length ? V[s[k + 1]] : 0;
		total += a < b ? -a : a;
	}
	return total > 0 ? total : null;
}

// ----------------------------------------------------------------- weekdays and days

export const ruleWeekday: Rule = (c, i) => {
	const T = c.T;
	let j = i;
	let dir: Dir | undefined;
	const x = w(c, i);
	if (c.L.this.has(x)) {
		dir = 'this';
		j++;
		if (w(c, j) === 'même') {
			dir = 'same';
			j++;
		}
	} else if (x === 'last' || x === 'next') {
		dir = x === 'last' ? 'last' : 'next';
		j++;
	}
	const lead = podBeforeWeekday(c, i);
	if (lead) j = lead.j;
	const t = T[j];
	if (!t || t.k !== 'w') return null;
	const wd = c.L.weekdays[t.w];
	if (wd === undefined) return null;
	// `du dimanche` alone is a kind of day (`voyageuse du dimanche`), not a date.
	const prev = w(c, i - 1);
	if (j === i && prev === 'du' && !(w(c, i + 1) === 'au' || w(c, i + 2) === 'au' || w(c, i + 3) === 'au')) return null;
	// `the Sunday Times`, `Friday Prayers`: a weekday naming something.
	const nx = T[j + 1];
	if (c.lang === 'en' && nx && nx.k === 'w' && nx.cap && c.L.months[nx.w] === undefined && !c.L.pods[nx.w] && !nx.nl && !sentenceInitial(c, j + 1)) return null;
	let b = j + 1;
	let pod: Pod | undefined;
	const p = podAt(c, b);
	if (p) {
		pod = p.pod;
		b = p.b;
	}
	const dr = dirAt(c, b);
	if (dr && !dir) {
		dir = dr;
		b++;
	} else if (dr && dir === 'this') b++;
	if (!pod) {
		const p2 = podAt(c, b) ?? trailingPod(c, b) ?? dawnAfter(c, b);
		if (p2) {
			pod = p2.pod;
			b = p2.b;
		}
	}
	if (!pod && lead) pod = lead.pod;
	const cl = pod ? null : frenchClockJoinedAt(c, b);
	if (cl) return { a: i, b: cl.b, spec: { k: 'cal', wd, dir, h: cl.h, mi: cl.mi }, mod: null };
	return { a: i, b, spec: { k: 'cal', wd, pod, dir }, mod: null };
};

/**
 * `la nuit du 14 au 15 mars 2023`, `la nuit du 3 mai`: the night that starts on the first day named, one
 * expression. Read as a list of days, the night's first day lost its part of the day (`du 14` → the 14th)
 * and the second was another timex.
 */
function nightOfDate(c: RuleCtx, k: number): { b: number; spec: Spec } | null {
	if (w(c, k) !== 'du') return null;
	const single = ruleDayMonth(c, k + 1);
	if (single && single.spec.k === 'cal') return { b: single.b, spec: { ...single.spec, pod: 'NI' } };
	const first = ruleDayList(c, k);
	if (!first || first.spec.k !== 'cal' || w(c, first.b) !== 'au') return null;
	const second = ruleDayMonth(c, first.b + 1);
	return second ? { b: second.b, spec: { ...first.spec, pod: 'NI' } } : null;
}

/** `that day` before a verb or a preposition is the day; before a noun (`that day care center`) it is not. */
const THAT_DAY_NEXT = new Set(['was', 'were', 'is', 'had', 'has', 'he', 'she', 'they', 'we', 'it', 'i', 'the', 'in', 'at', 'on', 'and', 'but', 'when', 'as', 'to', 'for', 'after', 'before', 'said', 'told', 'because', 'amid', 'while', 'until', 'then', 'by', 'with', 'during']);

/** `weakened overnight, and …`: the night the story is on; `overnight rates` is a kind of loan. */
const OVERNIGHT_NEXT = new Set(['and', 'but', 'as', 'in', 'on', 'to', 'after', 'before', 'when', 'while', 'into', 'from', 'near']);

export const ruleRelDay: Rule = (c, i) => {
	const x = w(c, i);
	let days: number | null;
	let base: 'dct' | 'ref' = 'dct';
	let b = i + 1;
	let pod: Pod | undefined;
	if (c.lang === 'fr') {
		if (x === 'hier') days = -1;
		else if (x === 'demain') days = 1;
		else if (x === 'aujourd' && w(c, i + 1) === "'" && w(c, i + 2) === 'hui') {
			days = 0;
			b = i + 3;
		} else if (x === 'avant' && w(c, i + 1) === '-' && w(c, i + 2) === 'hier') {
			days = -2;
			b = i + 3;
		} else if (x === 'après' && w(c, i + 1) === '-' && w(c, i + 2) === 'demain') {
			days = 2;
			b = i + 3;
		} else if (x === 'la' && w(c, i + 1) === 'veille' && !['de', 'du', 'des', 'd'].includes(w(c, i + 2))) {
			days = -1;
			base = 'ref';
			b = i + 2;
		} else if (x === 'le' && w(c, i + 1) === 'lendemain' && !['de', 'du', 'des', 'd'].includes(w(c, i + 2))) {
			days = 1;
			base = 'ref';
			b = i + 2;
		} else if (x === 'le' && w(c, i + 1) === 'surlendemain') {
			days = 2;
			base = 'ref';
			b = i + 2;
		} else if ((x === 'ce' && w(c, i + 1) === 'jour' && w(c, i + 2) === '-' && (w(c, i + 3) === 'là' || w(c, i + 3) === 'la')) || (x === 'le' && w(c, i + 1) === 'jour' && w(c, i + 2) === 'même')) {
			// `ce jour-là`, `le jour même`: the day the story is on.
			return { a: i, b: x === 'ce' ? i + 4 : i + 3, spec: { k: 'rel', base: 'ref', days: 0, that: x === 'ce' }, mod: null };
		} else if (c.L.this.has(x)) {
			// `ce matin`, `ce soir`, `cette nuit`, `cet après-midi`.
			const p = podAt(c, i + 1);
			// `ce soir-là`, `cette nuit-là`: that part of the day the story is on.
			if (p && w(c, p.b) === '-' && (w(c, p.b + 1) === 'là' || w(c, p.b + 1) === 'la')) return { a: i, b: p.b + 2, spec: { k: 'rel', base: 'ref', days: 0, pod: p.pod, that: true }, mod: null };
			if (p && w(c, i + 1) !== 'journée' && w(c, i + 1) !== 'soirée') {
				return { a: i, b: p.b, spec: { k: 'rel', base: 'dct', days: 0, pod: p.pod, ...(p.pod === 'NI' ? { lastNightIfPast: true } : {}) }, mod: null };
			}
			if (w(c, i + 1) === 'midi') return { a: i, b: i + 2, spec: { k: 'rel', base: 'dct', days: 0, h: 12, mi: 0 }, mod: null };
			return null;
		} else if (x === 'la' || x === 'le' || (x === 'l' && w(c, i + 1) === "'")) {
			// `la nuit`, `la soirée`, `l'après-midi`, `le matin même`: a part of the day the story is on.
			const k = x === 'l' ? i + 2 : i + 1;
			const p = podAt(c, k);
			if (!p || p.pod === 'MI') return null;
			const word = w(c, k);
			if (x === 'le' && w(c, p.b) !== 'même') return null;
			if (x === 'la' && word !== 'nuit' && word !== 'soirée' && word !== 'matinée' && word !== 'journée') return null;
			// `la nuit de samedi à dimanche`: the night that starts on the first day named.
			if (word === 'nuit' && (w(c, p.b) === 'de' || w(c, p.b) === 'du')) {
				const wd1 = c.L.weekdays[w(c, p.b + 1)];
				if (wd1 !== undefined) {
					let b2 = p.b + 2;
					if ((w(c, b2) === 'à' || w(c, b2) === 'au') && c.L.weekdays[w(c, b2 + 1)] !== undefined) b2 += 2;
					return { a: i, b: b2, spec: { k: 'cal', wd: wd1, pod: 'NI' }, mod: null };
				}
				const dated = nightOfDate(c, p.b);
				if (dated) return { a: i, b: dated.b, spec: dated.spec, mod: null };
			}
			// `la nuit dernière`: the night before the publication.
			if (word === 'nuit' && (w(c, p.b) === 'dernière' || w(c, p.b) === 'passée')) return { a: i, b: p.b + 1, spec: { k: 'rel', base: 'dct', days: -1, pod: 'NI' }, mod: null };
			if (word === 'journée' && w(c, i - 1) !== 'dans') return null;
			if (['de', 'du', 'des', 'd', 'où', 'suivante', 'précédente', 'dernière', 'entière', 'blanche', 'noire', 'tombée', 'électorale'].includes(w(c, p.b))) return null;
			const b2 = w(c, p.b) === 'même' ? p.b + 1 : p.b;
			return { a: i, b: b2, spec: { k: 'pod', pod: p.pod }, mod: null };
		} else return null;
		if (days === null) return null;
		// `hier soir`, `hier après-midi`, `la veille au soir`.
		let k = b;
		if (base === 'ref' && w(c, k) === 'au') k++;
		const p = podAt(c, k);
		if (p && p.pod !== 'DT' && !(w(c, k) === 'nuit' && base === 'dct' && days === 0)) {
			pod = p.pod;
			b = p.b;
		} else if (w(c, k) === 'midi' && k === b) {
			b = k + 1;
			return { a: i, b, spec: { k: 'rel', base, days, h: 12, mi: 0 }, mod: null };
		}
		// `aujourd'hui vendredi`: the weekday restates the day.
		if (days === 0 && !pod && c.L.weekdays[w(c, b)] !== undefined) b++;
		if (!pod) {
			const tp = trailingPod(c, b);
			if (tp) {
				pod = tp.pod;
				b = tp.b;
			}
		}
	} else {
		if (x === 'yesterday') days = -1;
		else if (x === 'today') days = 0;
		else if (x === 'tomorrow') days = 1;
		else if (x === 'overnight' && (!isWord(c, i + 1) || OVERNIGHT_NEXT.has(w(c, i + 1)))) return { a: i, b: i + 1, spec: { k: 'pod', pod: 'NI', overnight: true }, mod: null };
		else if (x === 'tonight') return { a: i, b: i + 1, spec: { k: 'rel', base: 'dct', days: 0, pod: 'NI' }, mod: null };
		else if (x === 'last' && w(c, i + 1) === 'night') return { a: i, b: i + 2, spec: { k: 'rel', base: 'dct', days: -1, pod: 'NI' }, mod: null };
		else if (x === 'that' && (w(c, i + 1) === 'day' || podAt(c, i + 1)) && (!isWord(c, i + 2) || THAT_DAY_NEXT.has(w(c, i + 2)) || /ed$/.test(w(c, i + 2)))) {
			// `that day`, `that night`: the day the story is on.
			const p = podAt(c, i + 1);
			return { a: i, b: p ? p.b : i + 2, spec: { k: 'rel', base: 'ref', days: 0, pod: p?.pod, that: true }, mod: null };
		}
		else if (x === 'this') {
			const p = podAt(c, i + 1);
			if (p) return { a: i, b: p.b, spec: { k: 'rel', base: 'dct', days: 0, pod: p.pod }, mod: null };
			return null;
		} else if (x === 'the' && w(c, i + 1) === 'day' && w(c, i + 2) === 'before' && !isWord(c, i + 3)) {
			return { a: i, b: i + 3, spec: { k: 'rel', base: 'ref', days: -1 }, mod: null };
		} else if (x === 'the' && (w(c, i + 1) === 'next' || w(c, i + 1) === 'following' || w(c, i + 1) === 'previous') && w(c, i + 2) === 'day') {
			return { a: i, b: i + 3, spec: { k: 'rel', base: 'ref', days: w(c, i + 1) === 'previous' ? -1 : 1 }, mod: null };
		} else return null;
		const p = podAt(c, b);
		if (p && days !== 0) {
			pod = p.pod;
			b = p.b;
		}
	}
	// `hier à 10 h`: one expression, as the TimeBank marks it.
	let h: number | undefined;
	let mi: number | undefined;
	const cl = !pod && days !== 0 ? clockJoinedAt(c, b) : null;
	if (cl) {
		h = cl.h;
		mi = cl.mi;
		b = cl.b;
	}
	return { a: i, b, spec: { k: 'rel', base, days, pod, h, mi }, mod: null };
};

// ----------------------------------------------------------------- weeks, months, years relative to now

export type RelUnit = 'week' | 'weekend' | 'month' | 'year' | 'quarter' | 'half';

export function relUnitAt(c: RuleCtx, i: number): { u: RelUnit; b: number } | null {
	const x = w(c, i);
	if (x === 'week' && w(c, i + 1) === '-' && w(c, i + 2) === 'end') return { u: 'weekend', b: i + 3 };
	if (x === 'weekend' || x === 'week-end') return { u: 'weekend', b: i + 1 };
	if (x === 'semaine' || x === 'week') return { u: 'week', b: i + 1 };
	if (x === 'mois' || x === 'month') return { u: 'month', b: i + 1 };
	if (x === 'année' || x === 'an' || x === 'year') return { u: 'year', b: i + 1 };
	if (x === 'trimestre' || x === 'quarter') return { u: 'quarter', b: i + 1 };
	if (x === 'semestre') return { u: 'half', b: i + 1 };
	return null;
}

export const ruleUnitRel: Rule = (c, i) => {
	const x = w(c, i);
	if (c.lang === 'fr') {
		if (c.L.this.has(x)) {
			const u = relUnitAt(c, i + 1);
			if (!u || w(c, i + 1) === 'an') return null;
			let b = u.b;
			let base: 'dct' | 'ref' = 'dct';
			if (w(c, b) === '-' && (w(c, b + 1) === 'ci')) b += 2;
			else if (w(c, b) === '-' && (w(c, b + 1) === 'là' || w(c, b + 1) === 'la')) {
				b += 2;
				base = 'ref';
			} else if (w(c, b) === 'dernière' || w(c, b) === 'dernier') return null;
			return { a: i, b, spec: { k: 'unit', unit: u.u, off: 0, base }, mod: null };
		}
		// `la semaine dernière`, `l'an prochain`, `le mois précédent`.
		let k = -1;
		if (x === 'la' || x === 'le') k = i + 1;
		else if (elided(c, i, 'l')) k = i + 2;
		if (k >= 0) {
			const u = relUnitAt(c, k);
			if (!u) return null;
			const y = w(c, u.b);
			let off: number;
			let base: 'dct' | 'ref' = 'dct';
			if (y === 'dernier' || y === 'dernière' || y === 'passé' || y === 'passée') off = -1;
			else if (y === 'prochain' || y === 'prochaine') off = 1;
			else if (y === 'précédent' || y === 'précédente') {
				off = -1;
				base = 'ref';
			} else if (y === 'suivant' || y === 'suivante') {
				off = 1;
				base = 'ref';
			} else if (u.u === 'weekend' && x === 'le') return { a: i, b: u.b, spec: { k: 'unit', unit: 'weekend', off: 0, base: 'dct' }, mod: null };
			else return null;
			return { a: i, b: u.b + 1, spec: { k: 'unit', unit: u.u, off, base }, mod: null };
		}
		// A bare `week-end`.
		const u = relUnitAt(c, i);
		if (u && u.u === 'weekend') return { a: i, b: u.b, spec: { k: 'unit', unit: 'weekend', off: 0, base: 'dct' }, mod: null };
		// `semaine dernière` without article (headlines).
		return null;
	}
	// `last season`, `this season`: a sports season, told by its year.
	if ((x === 'this' || x === 'last' || x === 'next') && w(c, i + 1) === 'season' && w(c, i + 2) !== "'") {
		return { a: i, b: i + 2, spec: { k: 'unit', unit: 'year', off: x === 'this' ? 0 : x === 'last' ? -1 : 1, base: 'dct' }, mod: null };
	}
	// `this past weekend`, `this coming week`: the last or the next one.
	if (x === 'this' && (w(c, i + 1) === 'past' || w(c, i + 1) === 'coming')) {
		const u = relUnitAt(c, i + 2);
		if (u && (u.u === 'weekend' || u.u === 'week')) return { a: i, b: u.b, spec: { k: 'unit', unit: u.u, off: w(c, i + 1) === 'past' ? -1 : 1, base: 'dct' }, mod: null };
	}
	// English: this/last/next week, month, year, weekend, quarter.
	if (x === 'this' || x === 'last' || x === 'next') {
		const u = relUnitAt(c, i + 1);
		if (!u) return null;
		const off = x === 'this' ? 0 : x === 'last' ? -1 : 1;
		return { a: i, b: u.b, spec: { k: 'unit', unit: u.u, off, base: 'dct' }, mod: null };
	}
	// `the year-earlier quarter`, `year-earlier levels`: a year before the period reported on.
	if (x === 'year' && w(c, i + 1) === '-' && w(c, i + 2) === 'earlier' && glued(c, i + 1) && glued(c, i + 2)) {
		const q = w(c, i + 3) === 'quarter';
		const b = q || w(c, i + 3) === 'period' ? i + 4 : i + 3;
		return { a: i, b, spec: { k: 'yearShift', n: -1, quarter: q }, mod: null };
	}
	if (x === 'the' && (w(c, i + 1) === 'following' || w(c, i + 1) === 'previous')) {
		const u = relUnitAt(c, i + 2);
		if (!u) return null;
		return { a: i, b: u.b, spec: { k: 'unit', unit: u.u, off: w(c, i + 1) === 'previous' ? -1 : 1, base: 'ref' }, mod: null };
	}
	if (x === 'weekend' || (x === 'week' && w(c, i + 1) === '-' && w(c, i + 2) === 'end')) {
		const u = relUnitAt(c, i)!;
		if (w(c, i - 1) === 'the') return { a: i, b: u.b, spec: { k: 'unit', unit: 'weekend', off: 0, base: 'dct' }, mod: null };
	}
	return null;
};

// ----------------------------------------------------------------- quarters and seasons

export const ORD_FR: Record<string, number> = { premier: 1, '1er': 1, deuxième: 2, second: 2, troisième: 3, quatrième: 4, dernier: 4 };
export const ORD_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 };

export const ruleQuarter: Rule = (c, i) => {
	let j = i;
	const x = w(c, i);
	if (x === 'le' || x === 'au' || x === 'du' || x === 'the') j++;
	let q: number | undefined;
	const y0 = w(c, j);
	if (c.lang === 'fr' && ORD_FR[y0] !== undefined) {
		q = ORD_FR[y0];
		j++;
	} else if (c.lang === 'en' && ORD_EN[y0] !== undefined) {
		q = ORD_EN[y0];
		j++;
	} else if (isNum(c, j) && c.T[j].w.length === 1 && glued(c, j + 1) && /^(er|e|ème|st|nd|rd|th)$/.test(w(c, j + 1))) {
		q = Number(c.T[j].w);
		j += 2;
	} else if (c.lang === 'en' && /^q[1-4]$/.test(y0)) {
		q = Number(y0[1]);
		const yy = readYear(c, j + 1, false);
		return { a: i, b: yy !== null ? j + 2 : j + 1, spec: { k: 'quarter', q, y: yy ?? undefined }, mod: null };
	} else if (c.lang === 'en' && y0 === 'q' && isNum(c, j + 1) && glued(c, j + 1) && c.T[j + 1].w.length === 1) {
		q = Number(c.T[j + 1].w);
		const yy = readYear(c, j + 2, false);
		if (q < 1 || q > 4) return null;
		return { a: i, b: yy !== null ? j + 3 : j + 2, spec: { k: 'quarter', q, y: yy ?? undefined }, mod: null };
	}
	if (c.lang === 'en' && q === undefined && x === 'the' && y0 === 'quarter' && !c.T[j].cap) {
		// `the quarter` of an earnings report: the quarter reported on (not `the quarter of the city`).
		const nx = w(c, j + 1);
		if (nx === 'of' || nx === '-' || nx === 'century' || nx === 'mile' || isNum(c, j + 1)) return null;
		return { a: i, b: j + 1, spec: { k: 'thisQuarter' }, mod: null };
	}
	if (q === undefined || q < 1 || q > 4) return null;
	// `fourth-quarter profit`, `first-half sales`: the adjective is the period.
	if (c.lang === 'en' && w(c, j) === '-' && glued(c, j) && glued(c, j + 1)) j++;
	const u = w(c, j);
	const half = u === 'semestre' || u === 'half';
	if (u !== 'trimestre' && u !== 'quarter' && !half) return null;
	if (half && q > 2) return null;
	j++;
	let y: number | undefined;
	if (c.lang === 'en' && w(c, j) === 'of') {
		const yy = readYear(c, j + 1, false);
		if (yy !== null) {
			y = yy;
			j += 2;
		}
	} else {
		const yy = readYear(c, j, false);
		if (yy !== null) {
			y = yy;
			j++;
		}
	}
	return { a: i, b: j, spec: { k: 'quarter', q, y, half }, mod: null };
};

export const SEASON_CUE_FR = new Set(['cet', 'en', 'd', 'l', 'été']);

export const ruleSeason: Rule = (c, i) => {
	let j = i;
	const x = w(c, i);
	let dir: Dir | undefined;
	if (c.L.this.has(x)) {
		dir = 'this';
		j++;
	} else if (elided(c, i, 'l')) j += 2;
	else if (x === 'the' && (w(c, i + 1) === 'following' || w(c, i + 1) === 'previous')) j += 2;
	else if (x === 'le' || x === 'the') j++;
	else if (x === 'last' || x === 'next') {
		dir = x === 'last' ? 'last' : 'next';
		j++;
	}
	// `the following spring`, `l'été suivant`: the season after the year the story is on.
	let shift: number | undefined = j === i + 2 && x === 'the' ? (w(c, i + 1) === 'following' ? 1 : -1) : undefined;
	const s = c.L.seasons[w(c, j)];
	if (!s || !isWord(c, j)) return null;
	const word = w(c, j);
	// `été` is also the participle of `être`, `fall` a verb: only with a determiner or a year.
	const yy = readYear(c, j + 1, false);
	if (word === 'été' && j === i && !SEASON_CUE_FR.has(w(c, i - 1)) && yy === null) return null;
	if (word === 'été' && (w(c, i - 1) === 'a' || w(c, i - 1) === 'avait')) return null;
	// `les Jeux d'hiver`, `un soir de printemps`: the season qualifies a noun.
	if (j === i && (w(c, i - 1) === 'de' || (w(c, i - 1) === "'" && w(c, i - 2) === 'd'))) return null;
	if (word === 'fall' && !dir && yy === null) return null;
	if (c.T[j].cap && !sentenceInitial(c, j) && yy === null && c.lang === 'en' && !dir && x !== 'the') return null;
	let b = j + 1;
	let y: number | undefined;
	if (yy !== null) {
		y = yy;
		b++;
	} else if (c.lang === 'en' && w(c, b) === 'of' && readYear(c, b + 1, false) !== null) {
		y = readYear(c, b + 1, false)!;
		b += 2;
	}
	if (c.lang === 'fr' && y === undefined && shift === undefined && (w(c, b) === 'suivant' || w(c, b) === 'précédent')) {
		shift = w(c, b) === 'suivant' ? 1 : -1;
		b++;
	}
	const dr = shift === undefined ? dirAt(c, b) : null;
	if (dr && y === undefined && !dir) {
		dir = dr;
		b++;
	}
	// `le printemps arabe` and the like: a season with no anchor and a capital after is a name.
	if (x === 'le' && !dir && y === undefined && shift === undefined && isWord(c, b) && c.T[b].cap) return null;
	return { a: i, b, spec: { k: 'season', s, y, dir, shift }, mod: null };
};

// ----------------------------------------------------------------- holidays

/** `Noël`, `la Toussaint`, `Christmas`, `Christmas Eve`, `New Year's Day`. */
export const ruleHoliday: Rule = (c, i) => {
	const x = w(c, i);
	let j = i;
	if (x === 'la' || x === 'le' || x === 'the') j++;
	const y = w(c, j);
	if (c.lang === 'en' && y === 'new' && w(c, j + 1) === 'year' && w(c, j + 2) === "'" && w(c, j + 3) === 's' && (w(c, j + 4) === 'day' || w(c, j + 4) === 'eve')) {
		const eve = w(c, j + 4) === 'eve';
		return { a: i, b: j + 5, spec: { k: 'cal', m: eve ? 12 : 1, d: eve ? 31 : 1 }, mod: null };
	}
	if (c.lang === 'fr' && y === 'jour' && w(c, j + 1) === 'de' && elided(c, j + 2, 'l') && w(c, j + 4) === 'an') {
		return { a: i, b: j + 5, spec: { k: 'cal', m: 1, d: 1 }, mod: null };
	}
	const h = c.L.holidays[y];
	// Capitalised as a name (`Noël`, `Christmas`); `saint-sylvestre` comes as three tokens.
	if (!h || !c.T[j].cap) {
		if (c.lang === 'fr' && y === 'saint' && w(c, j + 1) === '-' && w(c, j + 2) === 'sylvestre') return { a: i, b: j + 3, spec: { k: 'cal', m: 12, d: 31 }, mod: null };
		return null;
	}
	// `l'arbre de Noël`, `Christmas tree`, `Halloween costumes`: the holiday names a thing.
	const nx = w(c, j + 1);
	if (c.lang === 'en' && isWord(c, j + 1) && !c.T[j + 1].cap && nx !== 'eve' && nx !== 'day') return null;
	if (c.lang === 'fr' && (w(c, j - 1) === 'de' && j === i)) return null;
	// `Jean-Noël Barrot`: the second half of a hyphenated first name, not Christmas.
	if (j === i && w(c, j - 1) === '-' && glued(c, j - 1) && glued(c, j) && c.T[j - 2]?.cap) return null;
	let b = j + 1;
	let [m, d] = h;
	if (c.lang === 'en' && y === 'christmas' && (nx === 'eve' || nx === 'day')) {
		if (nx === 'eve') d = 24;
		b++;
	}
	if (c.lang === 'fr' && y === 'réveillon' && (nx === 'de' && w(c, j + 2) === 'noël')) {
		m = 12;
		d = 24;
		b += 2;
	}
	const yy = readYear(c, b, false);
	if (yy !== null) b++;
	return { a: i, b, spec: { k: 'cal', m, d, y: yy ?? undefined }, mod: null };
};
