import { describe, expect, it } from 'vitest';
import type { TimexMod } from '$lib/model';
import { modsOf, softExtent, type SoftSide } from './timeline-soft-edges';
import { datedEvents, parseWallClock } from './timeline-layout';
import { EVENTS, TIMEXES } from './fixture';

const t = (s: string) => parseWallClock(s)!;

describe('softExtent', () => {
	// 2022 as a year: [2022-01-01, 2023-01-01), 365 days; half is 182.5 days.
	it.each<[TimexMod | null, string, string, SoftSide | null]>([
		['START', '2022-01-01T00:00', '2022-07-02T12:00', 'end'],
		['END', '2022-07-02T12:00', '2023-01-01T00:00', 'start'],
		['MID', '2022-04-02T06:00', '2022-10-01T18:00', 'both'],
		['APPROX', '2022-01-01T00:00', '2023-01-01T00:00', null],
		[null, '2022-01-01T00:00', '2023-01-01T00:00', null]
	])('%s of 2022 → %s … %s, soft %s', (mod, start, end, soft) => {
		expect(softExtent(t('2022-01-01'), t('2023-01-01'), mod)).toEqual({ start: t(start), end: t(end), soft });
	});

	it('leaves an empty interval alone', () => {
		expect(softExtent(5, 5, 'START')).toEqual({ start: 5, end: 5, soft: null });
	});
});

describe('soft edges in datedEvents', () => {
	const timexes = TIMEXES.map((x) => (x.id === 't3' ? { ...x, mod: 'START' as const } : x));
	const { dated } = datedEvents(EVENTS, modsOf({ timexes }));

	it('draws "early 1948" as the first half of 1948, fading at its end', () => {
		const d = dated.find((x) => x.event.id === 'e4')!;
		expect([d.start, d.end, d.soft]).toEqual([t('1948-01-01'), t('1948-07-02'), 'end']);
	});

	it('leaves dates without a modifier, and those without a timex, as they are', () => {
		const week = dated.find((x) => x.event.id === 'e3')!;
		expect([week.start, week.end, week.soft]).toEqual([t('2023-09-11'), t('2023-09-18'), null]);
		expect(dated.find((x) => x.event.id === 'e2')!.soft).toBeNull();
	});

	it('without the timexes, nothing is soft', () => {
		expect(datedEvents(EVENTS).dated.every((d) => d.soft === null)).toBe(true);
	});
});
