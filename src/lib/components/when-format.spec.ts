import { expect, it } from 'vitest';
import { describeWhen } from './when-format';

it.each([
	[{ value: '2023-09-10T18:38', granularity: 'minute', interval: { start: '2023-09-10T18:38', end: '2023-09-10T18:39' } }, '10 Sept 2023, 18:38'],
	[{ value: '2023-09-10TEV', granularity: 'part-of-day', interval: { start: '2023-09-10T18:00', end: '2023-09-11T00:00' } }, '10 Sept 2023, evening'],
	[{ value: '2023-09-12', granularity: 'day', interval: { start: '2023-09-12T00:00', end: '2023-09-13T00:00' } }, '12 Sept 2023'],
	[{ value: '2023-W37', granularity: 'week', interval: { start: '2023-09-11T00:00', end: '2023-09-18T00:00' } }, 'week of 11 Sept 2023'],
	[{ value: '2023-07', granularity: 'month', interval: { start: '2023-07-01T00:00', end: '2023-08-01T00:00' } }, 'July 2023'],
	[{ value: '1948', granularity: 'year', interval: { start: '1948-01-01T00:00', end: '1949-01-01T00:00' } }, '1948'],
	[{ value: 'PRESENT_REF', granularity: 'reference', interval: null }, 'now']
] as const)('%j → %s', (when, expected) => {
	expect(describeWhen(when)).toBe(expected);
});
