import { describe, expect, it } from 'vitest';
import { precisionOf, readDate, type DatePrecision } from './date';

describe('readDate', () => {
	const table: Array<[string, DatePrecision, string, string, string]> = [
		['2023-09-13', 'day', '2023-09-13', '2023-09-13T00:00', '2023-09-14T00:00'],
		['2023-09-13t14:30', 'minute', '2023-09-13T14:30', '2023-09-13T14:30', '2023-09-13T14:31'],
		['2023-12-31T23', 'hour', '2023-12-31T23', '2023-12-31T23:00', '2024-01-01T00:00'],
		['2023-09-10TEV', 'part-of-day', '2023-09-10TEV', '2023-09-10T18:00', '2023-09-11T00:00'],
		['2023-09-10TMI', 'part-of-day', '2023-09-10TMI', '2023-09-10T12:00', '2023-09-10T12:01'],
		['2023-W37', 'week', '2023-W37', '2023-09-11T00:00', '2023-09-18T00:00'],
		['2023-W37-WE', 'weekend', '2023-W37-WE', '2023-09-16T00:00', '2023-09-18T00:00'],
		['2023-09', 'month', '2023-09', '2023-09-01T00:00', '2023-10-01T00:00'],
		['2023-WI', 'season', '2023-WI', '2023-12-01T00:00', '2024-03-01T00:00'],
		['2023-Q4', 'quarter', '2023-Q4', '2023-10-01T00:00', '2024-01-01T00:00'],
		['2023-H1', 'half-year', '2023-H1', '2023-01-01T00:00', '2023-07-01T00:00'],
		['1948', 'year', '1948', '1948-01-01T00:00', '1949-01-01T00:00'],
		['196X', 'decade', '196X', '1960-01-01T00:00', '1970-01-01T00:00'],
		['18XX', 'century', '18XX', '1800-01-01T00:00', '1900-01-01T00:00']
	];
	it.each(table)('%s as %s → %s [%s, %s)', (input, precision, value, start, end) => {
		const read = readDate(input, precision);
		expect(read).toMatchObject({ ok: true, valued: { value, interval: { start, end } } });
		if (read.ok) expect(read.valued.granularity).toBe(precision);
	});

	const bad: Array<[string, DatePrecision, RegExp]> = [
		['2023-02-30', 'day', /not a day of the calendar/],
		['2023-09', 'day', /not a day date; write it like 2023-09-13/],
		['2023-09-13T24:00', 'minute', /not a time of day/],
		['2023-13', 'month', /not a month/],
		['2023-W53', 'week', /2023 has no ISO week 53/],
		['next tuesday', 'day', /not a day date/]
	];
	it.each(bad)('refuses %s as %s with a message saying how to write it', (input, precision, message) => {
		const read = readDate(input, precision);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toMatch(message);
	});

	it('knows 53-week years', () => {
		expect(readDate('2020-W53', 'week').ok).toBe(true);
	});
});

describe('precisionOf', () => {
	it.each([
		['2023-09-13', 'day'],
		['2023-09-13T14:30', 'minute'],
		['2023-09', 'month'],
		['2023-W37', 'week'],
		['PRESENT_REF', null],
		['P3Y', null]
	])('%s is written at %s', (value, precision) => {
		expect(precisionOf(value)).toBe(precision);
	});
});
