/**
 * A date typed by a person correcting an event: a TIMEX3 value and the
 * precision they meant. The value is read back into calendar terms and its
 * interval recomputed with the extractor's own calendar helpers, so a
 * corrected date is drawn exactly like an extracted one.
 */
import type { EventWhen, Granularity } from '$lib/model';
import {
	centuryValue,
	dayValue,
	decadeValue,
	fromDayNum,
	dayNum,
	isoWeek,
	halfValue,
	monthValue,
	podValue,
	quarterValue,
	seasonValue,
	timeValue,
	validDay,
	weekendValue,
	weekValue,
	yearValue,
	type Valued
} from '$lib/extract/timex/value';
import type { Pod } from '$lib/extract/timex/lexicon';

/** Precisions a corrected date may have: those that sit on the calendar. */
export const DATE_PRECISIONS = [
	'minute',
	'hour',
	'part-of-day',
	'day',
	'weekend',
	'week',
	'month',
	'season',
	'quarter',
	'half-year',
	'year',
	'decade',
	'century'
] as const satisfies readonly Granularity[];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How each precision is written, for error messages and placeholders. */
export const PRECISION_EXAMPLES: Record<DatePrecision, string> = {
	minute: '2023-09-13T14:30',
	hour: '2023-09-13T14',
	'part-of-day': '2023-09-13TEV (MO, AF, EV, NI, MI, DT)',
	day: '2023-09-13',
	weekend: '2023-W37-WE',
	week: '2023-W37',
	month: '2023-09',
	season: '2023-SU (SP, SU, FA, WI)',
	quarter: '2023-Q3',
	'half-year': '2023-H2',
	year: '2023',
	decade: '196X (the 1960s)',
	century: '18XX (the 1800s)'
};

export type DateReading = { ok: true; valued: Valued } | { ok: false; message: string };

function hourValue(y: number, m: number, d: number, h: number): Valued {
	// One hour from h:00; TIMEX3 spells it YYYY-MM-DDTHH.
	const start = timeValue({ y, m, d }, h, 0);
	const endDay = h === 23 ? fromDayNum(dayNum(y, m, d) + 1) : { y, m, d };
	const end = timeValue(endDay, (h + 1) % 24, 0);
	return { ...start, value: start.value.slice(0, 13), granularity: 'hour', interval: { start: start.interval!.start, end: end.interval!.start } };
}

function isWeek(y: number, w: number): boolean {
	// 28 December is always in the last ISO week of its year.
	return w >= 1 && w <= isoWeek({ y, m: 12, d: 28 }).w;
}

/** Reads `value` as a date of the given precision. */
export function readDate(value: string, precision: DatePrecision): DateReading {
	const v = value.trim().toUpperCase();
	const wrong = (): DateReading => ({
		ok: false,
		message: `“${value.slice(0, 40)}” is not a ${precision} date; write it like ${PRECISION_EXAMPLES[precision]}.`
	});
	const badDay = (y: number, m: number, d: number): DateReading | null =>
		validDay(y, m, d) ? null : { ok: false, message: `${value.slice(0, 10)} is not a day of the calendar (check the month and the day).` };
	let m: RegExpExecArray | null;
	switch (precision) {
		case 'minute': {
			if (!(m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(v))) return wrong();
			const [y, mo, d, h, mi] = m.slice(1).map(Number);
			if (h > 23 || mi > 59) return { ok: false, message: `${h}:${mi} is not a time of day (00:00 to 23:59).` };
			return badDay(y, mo, d) ?? { ok: true, valued: timeValue({ y, m: mo, d }, h, mi) };
		}
		case 'hour': {
			if (!(m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})$/.exec(v))) return wrong();
			const [y, mo, d, h] = m.slice(1).map(Number);
			if (h > 23) return { ok: false, message: `${h} is not an hour of the day (00 to 23).` };
			return badDay(y, mo, d) ?? { ok: true, valued: hourValue(y, mo, d, h) };
		}
		case 'part-of-day': {
			if (!(m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|MI|DT)$/.exec(v))) return wrong();
			const [y, mo, d] = m.slice(1, 4).map(Number);
			const valued = podValue({ y, m: mo, d }, m[4] as Pod);
			// Midday is a clock time for the extractor; as a correction it stays a part of the day.
			const pod = m[4] === 'MI' ? { ...valued, value: `${valued.value.slice(0, 10)}TMI`, granularity: 'part-of-day' as const } : valued;
			return badDay(y, mo, d) ?? { ok: true, valued: pod };
		}
		case 'day': {
			if (!(m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) return wrong();
			const [y, mo, d] = m.slice(1).map(Number);
			return badDay(y, mo, d) ?? { ok: true, valued: dayValue({ y, m: mo, d }) };
		}
		case 'week':
		case 'weekend': {
			const re = precision === 'week' ? /^(\d{4})-W(\d{2})$/ : /^(\d{4})-W(\d{2})-WE$/;
			if (!(m = re.exec(v))) return wrong();
			const [y, w] = m.slice(1).map(Number);
			if (!isWeek(y, w)) return { ok: false, message: `${y} has no ISO week ${w}.` };
			return { ok: true, valued: precision === 'week' ? weekValue(y, w) : weekendValue(y, w) };
		}
		case 'month': {
			if (!(m = /^(\d{4})-(\d{2})$/.exec(v))) return wrong();
			const [y, mo] = m.slice(1).map(Number);
			if (mo < 1 || mo > 12) return { ok: false, message: `${mo} is not a month (01 to 12).` };
			return { ok: true, valued: monthValue(y, mo) };
		}
		case 'season':
			if (!(m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return wrong();
			return { ok: true, valued: seasonValue(Number(m[1]), m[2] as 'SP' | 'SU' | 'FA' | 'WI') };
		case 'quarter':
			if (!(m = /^(\d{4})-Q([1-4])$/.exec(v))) return wrong();
			return { ok: true, valued: quarterValue(Number(m[1]), Number(m[2])) };
		case 'half-year':
			if (!(m = /^(\d{4})-H([12])$/.exec(v))) return wrong();
			return { ok: true, valued: halfValue(Number(m[1]), Number(m[2]) as 1 | 2) };
		case 'year':
			if (!(m = /^(\d{4})$/.exec(v))) return wrong();
			return { ok: true, valued: yearValue(Number(m[1])) };
		case 'decade':
			if (!(m = /^(\d{3})X$/.exec(v))) return wrong();
			return { ok: true, valued: decadeValue(Number(m[1])) };
		case 'century':
			if (!(m = /^(\d{2})XX$/.exec(v))) return wrong();
			return { ok: true, valued: centuryValue(Number(m[1])) };
	}
}

/** The precision a value is written at, when it is one we read (to prefill the editor). */
export function precisionOf(value: string): DatePrecision | null {
	return DATE_PRECISIONS.find((p) => readDate(value, p).ok) ?? null;
}

/** The event date a correction sets: stated by a person, not inherited. */
export function correctedWhen(valued: Valued): EventWhen {
	return { value: valued.value, timex: null, granularity: valued.granularity, interval: valued.interval, inherited: false };
}

export function isDatePrecision(x: unknown): x is DatePrecision {
	return typeof x === 'string' && (DATE_PRECISIONS as readonly string[]).includes(x);
}
