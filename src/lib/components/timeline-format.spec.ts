import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { accessibleName, describeMark, formatFor, rangeLabel, tooltip } from './timeline-format';
import { EVENTS } from './fixture';

const d = (s: string) => new Date(`${s}Z`);

describe('formatFor', () => {
	it.each([
		['1948-01-01T00:00', '2024-01-01T00:00', '2019-01-01T00:00', '2019'],
		['2023-01-01T00:00', '2024-01-01T00:00', '2023-07-01T00:00', 'Jul 2023'],
		['2023-09-01T00:00', '2023-09-20T00:00', '2023-09-12T00:00', 'Tue 12 Sep'],
		['2023-09-10T00:00', '2023-09-12T00:00', '2023-09-10T18:00', '18:00'],
		['2023-09-10T00:00', '2023-09-12T00:00', '2023-09-11T00:00', 'Mon 11 Sep']
	])('%s … %s: %s reads %s', (lo, hi, tick, expected) => {
		expect(formatFor([d(lo), d(hi)])(d(tick))).toBe(expected);
	});

	it('reads its ticks apart: no tick says the same as the one before it', () => {
		const views: [string, string, number][] = [
			['2023-08-31T18:14', '2023-09-04T05:46', 12], // 3.5 days, ticked every 12 hours
			['2023-06-01T00:00', '2023-09-15T00:00', 9], // 3.5 months, ticked every 2 weeks
			['2015-01-01T00:00', '2020-06-01T00:00', 12], // 5.5 years, ticked every 6 months
			['1944-01-01T00:00', '2026-01-01T00:00', 12],
			['2023-09-10T00:00', '2023-09-10T06:00', 12]
		];
		for (const [lo, hi, n] of views) {
			const ticks = scaleUtc().domain([d(lo), d(hi)]).ticks(n);
			const labels = ticks.map(formatFor([d(lo), d(hi)], ticks));
			const repeats = labels.filter((l, i) => i > 0 && l === labels[i - 1]);
			expect(repeats, `${lo} … ${hi}: ${labels.join(', ')}`).toEqual([]);
		}
	});

	it('keeps the day on the ticks at midnight when ticked in hours', () => {
		const ticks = scaleUtc().domain([d('2023-08-31T18:14'), d('2023-09-04T05:46')]).ticks(12);
		const f = formatFor([d('2023-08-31T18:14'), d('2023-09-04T05:46')], ticks);
		expect(f(d('2023-09-01T00:00'))).toBe('Fri 1 Sep');
		expect(f(d('2023-09-01T12:00'))).toBe('12:00');
	});
});

describe('rangeLabel', () => {
	it('names the years of a wide view and the days of a narrow one', () => {
		expect(rangeLabel([d('1948-01-01T00:00'), d('2024-01-01T00:00')])).toBe('1948 – 2024');
		expect(rangeLabel([d('2023-09-10T00:00'), d('2023-09-13T00:00')])).toBe('10 Sep 2023 – 13 Sep 2023');
	});
});

describe('names', () => {
	const founding = EVENTS[3];
	it('say the date at its precision, and the part of it a soft band stands for', () => {
		expect(accessibleName(founding)).toBe('Founding of North Korea, 1948, North Korea');
		expect(accessibleName(founding, 'end')).toBe('Founding of North Korea, early 1948, North Korea');
		expect(tooltip(founding, 'start')).toBe('Founding of North Korea\nlate 1948\nNorth Korea');
		expect(tooltip(EVENTS[2])).toBe('Kim to meet Putin\nweek of 11 Sept 2023\nVladivostok\nplanned');
	});
});

describe('describeMark', () => {
	it('gives the name and tooltip of each part of an event, made once', () => {
		const founding = EVENTS[3];
		const firm = describeMark(founding, null);
		expect(firm).toEqual({ name: accessibleName(founding), tip: tooltip(founding) });
		expect(describeMark(founding, 'end')).toEqual({ name: accessibleName(founding, 'end'), tip: tooltip(founding, 'end') });
		expect(describeMark(founding, null)).toBe(firm);
		// Another fact file's event, even with the same id, is described anew.
		expect(describeMark({ ...founding, label: 'Renamed' }, null).name).toMatch(/^Renamed, /);
	});
});
