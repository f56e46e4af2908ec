/**
 * Calendar arithmetic and TIMEX3 spelling: from a resolved calendar point to
 * its value (`2023-09-10TEV`, `2023-W37`, `P3Y`), its granularity and the
 * half-open wall-clock interval it covers. No parsing and no context here.
 */
import type { Granularity, Interval, TimexType } from '$lib/model';
import type { Pod, Unit } from './lexicon';

export interface Ymd {
	y: number;
	m: number;
	d: number;
}

export interface Valued {
	value: string;
	type: TimexType;
	granularity: Granularity;
	interval: Interval | null;
}

const DAY_MS = 86400000;

/** Days since 1970-01-01; safe for years 0–9999 (Date.UTC maps 0–99 to 19xx). */
export function dayNum(y: number, m: number, d: number): number {
	// Plain arithmetic (H. Hinnant's days_from_civil) for ordinary integers: a
	// Date per call was a visible cost of the stage. Date still decides the rest
	// (NaN, fractions, years beyond its range), so the results are the same.
	if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && Math.abs(y) < 200_000 && Math.abs(m) < 1e6 && Math.abs(d) < 1e8) {
		const m0 = m - 1;
		const yy = y + Math.floor(m0 / 12);
		const mm = m0 - 12 * Math.floor(m0 / 12) + 1;
		const yr = mm <= 2 ? yy - 1 : yy;
		const era = Math.floor(yr / 400);
		const yoe = yr - era * 400;
		const doy = Math.floor((153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5);
		const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
		const n = era * 146097 + doe - 719468 + (d - 1);
		if (Math.abs(n) <= 100_000_000) return n;
	}
	const t = new Date(0);
	t.setUTCFullYear(y, m - 1, d);
	return Math.floor(t.getTime() / DAY_MS);
}

export function fromDayNum(n: number): Ymd {
	// The inverse (civil_from_days), with the same fallback to Date.
	if (Number.isInteger(n) && Math.abs(n) <= 100_000_000) {
		const z = n + 719468;
		const era = Math.floor(z / 146097);
		const doe = z - era * 146097;
		const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
		const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
		const mp = Math.floor((5 * doy + 2) / 153);
		const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
		const m = mp < 10 ? mp + 3 : mp - 9;
		const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
		return { y, m, d };
	}
	const t = new Date(n * DAY_MS);
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Whether `a` and `b` are the same calendar day. */
export function sameDay(a: Ymd, b: Ymd): boolean {
	return a.y === b.y && a.m === b.m && a.d === b.d;
}

export function addDays(a: Ymd, k: number): Ymd {
	return fromDayNum(dayNum(a.y, a.m, a.d) + k);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(a: Ymd): number {
	const w = (dayNum(a.y, a.m, a.d) + 4) % 7; // 1970-01-01 was a Thursday
	return ((w + 7) % 7) || 7;
}

export function isoWeek(a: Ymd): { y: number; w: number } {
	const n = dayNum(a.y, a.m, a.d);
	const thursday = fromDayNum(n - weekday(a) + 4);
	const jan1 = dayNum(thursday.y, 1, 1);
	return { y: thursday.y, w: 1 + Math.floor((dayNum(thursday.y, thursday.m, thursday.d) - jan1) / 7) };
}

export function isoWeekMonday(y: number, w: number): Ymd {
	const jan4: Ymd = { y, m: 1, d: 4 };
	const mon1 = dayNum(y, 1, 4) - (weekday(jan4) - 1);
	return fromDayNum(mon1 + (w - 1) * 7);
}

export function daysInMonth(y: number, m: number): number {
	return dayNum(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNum(y, m, 1);
}

export function validDay(y: number, m: number, d: number): boolean {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function p2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

function p4(n: number): string {
	return String(Math.max(0, Math.min(9999, n))).padStart(4, '0');
}

export function fmtDay(a: Ymd): string {
	return `${p4(a.y)}-${p2(a.m)}-${p2(a.d)}`;
}

function at(a: Ymd, h = 0, mi = 0): string {
	return `${fmtDay(a)}T${p2(h)}:${p2(mi)}`;
}

function span(a: Ymd, h0: number, days: number, h1: number): Interval {
	return { start: at(a, h0), end: at(addDays(a, days), h1) };
}

export function dayValue(a: Ymd): Valued {
	return { value: fmtDay(a), type: 'DATE', granularity: 'day', interval: span(a, 0, 1, 0) };
}

/** Wall-clock hours each part of the day is drawn over; night runs into the next morning. */
const POD_HOURS: Record<Pod, [number, number, number]> = {
	MO: [6, 0, 12],
	MI: [12, 0, 13],
	AF: [12, 0, 18],
	EV: [18, 1, 0],
	NI: [21, 1, 6],
	DT: [8, 0, 18]
};

export function podValue(a: Ymd, pod: Pod): Valued {
	if (pod === 'MI') return timeValue(a, 12, 0);
	const [h0, days, h1] = POD_HOURS[pod];
	return { value: `${fmtDay(a)}T${pod}`, type: 'TIME', granularity: 'part-of-day', interval: span(a, h0, days, h1) };
}

export function timeValue(a: Ymd, h: number, mi: number): Valued {
	const n = dayNum(a.y, a.m, a.d) * 1440 + h * 60 + mi;
	const end = n + 1;
	const e = fromDayNum(Math.floor(end / 1440));
	const em = end % 1440;
	return {
		value: `${fmtDay(a)}T${p2(h)}:${p2(mi)}`,
		type: 'TIME',
		granularity: 'minute',
		interval: { start: at(a, h, mi), end: at(e, Math.floor(em / 60), em % 60) }
	};
}

export function weekValue(y: number, w: number): Valued {
	const mon = isoWeekMonday(y, w);
	return { value: `${p4(y)}-W${p2(w)}`, type: 'DATE', granularity: 'week', interval: span(mon, 0, 7, 0) };
}

export function weekendValue(y: number, w: number): Valued {
	const sat = addDays(isoWeekMonday(y, w), 5);
	return { value: `${p4(y)}-W${p2(w)}-WE`, type: 'DATE', granularity: 'weekend', interval: span(sat, 0, 2, 0) };
}

export function monthValue(y: number, m: number): Valued {
	const a: Ymd = { y, m, d: 1 };
	const b: Ymd = m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
	return { value: `${p4(y)}-${p2(m)}`, type: 'DATE', granularity: 'month', interval: { start: at(a), end: at(b) } };
}

export function quarterValue(y: number, q: number): Valued {
	const a: Ymd = { y, m: 3 * q - 2, d: 1 };
	const b: Ymd = q === 4 ? { y: y + 1, m: 1, d: 1 } : { y, m: 3 * q + 1, d: 1 };
	return { value: `${p4(y)}-Q${q}`, type: 'DATE', granularity: 'quarter', interval: { start: at(a), end: at(b) } };
}

export function halfValue(y: number, h: 1 | 2): Valued {
	const a: Ymd = { y, m: h === 1 ? 1 : 7, d: 1 };
	const b: Ymd = h === 1 ? { y, m: 7, d: 1 } : { y: y + 1, m: 1, d: 1 };
	return { value: `${p4(y)}-H${h}`, type: 'DATE', granularity: 'half-year', interval: { start: at(a), end: at(b) } };
}

/** Meteorological seasons: whole months, winter running into the next year. */
const SEASON_MONTHS: Record<'SP' | 'SU' | 'FA' | 'WI', number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonValue(y: number, s: 'SP' | 'SU' | 'FA' | 'WI'): Valued {
	const m = SEASON_MONTHS[s];
	const a: Ymd = { y, m, d: 1 };
	const b: Ymd = m + 3 > 12 ? { y: y + 1, m: m + 3 - 12, d: 1 } : { y, m: m + 3, d: 1 };
	return { value: `${p4(y)}-${s}`, type: 'DATE', granularity: 'season', interval: { start: at(a), end: at(b) } };
}

export function yearValue(y: number): Valued {
	return { value: p4(y), type: 'DATE', granularity: 'year', interval: { start: at({ y, m: 1, d: 1 }), end: at({ y: y + 1, m: 1, d: 1 }) } };
}

/** `dec` is the first three digits: 196 → `196X`, the 1960s. */
export function decadeValue(dec: number): Valued {
	const y = dec * 10;
	return { value: `${String(dec).padStart(3, '0')}X`, type: 'DATE', granularity: 'decade', interval: { start: at({ y, m: 1, d: 1 }), end: at({ y: y + 10, m: 1, d: 1 }) } };
}

/** `c` is the first two digits: 18 → `18XX` (the French TimeBank's spelling of the 19th century). */
export function centuryValue(c: number): Valued {
	const y = c * 100;
	return { value: `${String(c).padStart(2, '0')}XX`, type: 'DATE', granularity: 'century', interval: { start: at({ y, m: 1, d: 1 }), end: at({ y: y + 100, m: 1, d: 1 }) } };
}

/**
 * English TimeBank (TempEval-3) spells a decade and a century by their fixed
 * digits alone: `the 1990s` → `199`, `the 20th century` → `19`; the French
 * TimeBank, which the French rules follow, pads them with `X` (`199X`, `19XX`).
 */
export function withoutOpenDigits(v: Valued): Valued {
	return { ...v, value: v.value.replace(/X+$/, '') };
}

/** `fiscal 1997`: TIMEX3 `FY1997`. Drawn as the calendar year: where a fiscal year starts is the company's. */
export function fiscalYearValue(y: number): Valued {
	const v = yearValue(y);
	return { ...v, value: `FY${v.value}` };
}

const UNIT_LETTER: Record<Unit, [string, boolean]> = {
	second: ['S', true],
	minute: ['M', true],
	hour: ['H', true],
	day: ['D', false],
	week: ['W', false],
	month: ['M', false],
	quarter: ['Q', false],
	year: ['Y', false],
	decade: ['DE', false],
	century: ['CE', false]
};

/** `n` null is "some number of" (`des semaines` → `PXW`). */
/** Half of a unit in the next smaller one, written after the whole units. */
const HALF_OF: Partial<Record<Unit, string>> = { year: '6M', day: 'T12H', hour: '30M', minute: '30S' };

export function durationString(n: number | null, unit: Unit): string {
	if (unit === 'quarter' && n !== null) return `P${fmtNum(n * 3)}M`;
	const [letter, timePart] = UNIT_LETTER[unit];
	// `deux ans et demi` is P2Y6M, as TIMEX3 writes it, not P2.5Y.
	if (n !== null && n % 1 === 0.5 && HALF_OF[unit]) return `P${timePart ? 'T' : ''}${n - 0.5}${letter}${HALF_OF[unit]}`;
	return `P${timePart ? 'T' : ''}${n === null ? 'X' : fmtNum(n)}${letter}`;
}

function fmtNum(n: number): string {
	return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

export function durationValue(n: number | null, unit: Unit): Valued {
	return { value: durationString(n, unit), type: 'DURATION', granularity: 'duration', interval: null };
}

export function setValue(value: string): Valued {
	return { value, type: 'SET', granularity: 'set', interval: null };
}

export function refValue(value: string): Valued {
	return { value, type: 'DATE', granularity: 'reference', interval: null };
}

export function parseDct(dct: string): Ymd {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct);
	if (!m) return { y: 1970, m: 1, d: 1 };
	const a = { y: +m[1], m: +m[2], d: +m[3] };
	return validDay(a.y, a.m, a.d) ? a : { y: a.y, m: Math.min(12, Math.max(1, a.m)), d: 1 };
}
