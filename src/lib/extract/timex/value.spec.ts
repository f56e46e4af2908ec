import { describe, expect, it } from 'vitest';
import {
	addDays,
	centuryValue,
	decadeValue,
	durationString,
	isoWeek,
	monthValue,
	podValue,
	seasonValue,
	timeValue,
	weekValue,
	weekday,
	weekendValue,
	yearValue
} from './value';
import type { Unit } from './lexicon';

const D = (s: string) => ({ y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) });

describe('calendar', () => {
	it.each([
		['2023-09-12', 2],
		['2023-09-10', 7],
		['1999-05-17', 1],
		['2000-02-29', 2]
	])('weekday of %s is %i', (day, wd) => {
		expect(weekday(D(day))).toBe(wd);
	});

	it.each([
		['2023-09-12', '2023-W37'],
		['2023-09-10', '2023-W36'],
		['2021-01-03', '2020-W53'],
		['2024-12-30', '2025-W01'],
		['2003-02-01', '2003-W05']
	])('ISO week of %s is %s', (day, wk) => {
		const w = isoWeek(D(day));
		expect(`${w.y}-W${String(w.w).padStart(2, '0')}`).toBe(wk);
	});

	it.each([
		['2023-09-12', -1, '2023-09-11'],
		['2023-03-01', -1, '2023-02-28'],
		['2023-12-31', 1, '2024-01-01']
	])('%s plus %i days is %s', (day, k, out) => {
		const r = addDays(D(day), k);
		expect(`${r.y}-${String(r.m).padStart(2, '0')}-${String(r.d).padStart(2, '0')}`).toBe(out);
	});
});

describe('TIMEX3 values and intervals', () => {
	it.each([
		['week', weekValue(2023, 37), '2023-W37', { start: '2023-09-11T00:00', end: '2023-09-18T00:00' }],
		['weekend', weekendValue(2023, 36), '2023-W36-WE', { start: '2023-09-09T00:00', end: '2023-09-11T00:00' }],
		['month', monthValue(2023, 12), '2023-12', { start: '2023-12-01T00:00', end: '2024-01-01T00:00' }],
		['year', yearValue(1948), '1948', { start: '1948-01-01T00:00', end: '1949-01-01T00:00' }],
		['evening', podValue(D('2023-09-10'), 'EV'), '2023-09-10TEV', { start: '2023-09-10T18:00', end: '2023-09-11T00:00' }],
		['minute', timeValue(D('2023-09-10'), 23, 59), '2023-09-10T23:59', { start: '2023-09-10T23:59', end: '2023-09-11T00:00' }],
		['winter', seasonValue(2022, 'WI'), '2022-WI', { start: '2022-12-01T00:00', end: '2023-03-01T00:00' }],
		['decade', decadeValue(196), '196X', { start: '1960-01-01T00:00', end: '1970-01-01T00:00' }],
		['century', centuryValue(18), '18XX', { start: '1800-01-01T00:00', end: '1900-01-01T00:00' }]
	])('%s', (_name, v, value, interval) => {
		expect(v.value).toBe(value);
		expect(v.interval).toEqual(interval);
	});

	it.each([
		[3, 'year', 'P3Y'],
		[null, 'decade', 'PXDE'],
		[null, 'week', 'PXW'],
		[4, 'minute', 'PT4M'],
		[1, 'hour', 'PT1H'],
		[30.4, 'second', 'PT30.4S'],
		[2000, 'year', 'P2000Y'],
		[1, 'quarter', 'P3M']
	] as [number | null, Unit, string][])('duration %s %s is %s', (n, unit, out) => {
		expect(durationString(n, unit)).toBe(out);
	});
});
