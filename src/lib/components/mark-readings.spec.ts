import { describe, expect, it } from 'vitest';
import type { Timex } from '$lib/model';
import { placeReading, timexReading } from './mark-readings';
import { PLACES, TIMEXES } from './fixture';

const day = (over: Partial<Timex> = {}): Timex => ({
	...TIMEXES[0],
	value: '2023-09-12',
	granularity: 'day',
	interval: { start: '2023-09-12T00:00', end: '2023-09-13T00:00' },
	resolution: { anchor: 'dct', anchorValue: '2023-09-12', tense: 'past', note: 'Tuesday of the publication week' },
	...over
});

describe('timexReading', () => {
	it('reads a day with its weekday, and says how it was anchored', () => {
		const r = timexReading(day(), 'mardi');
		expect(r.text).toBe('mardi');
		expect(r.reading).toBe('Tuesday, 12 September 2023');
		expect(r.details[0]).toBe('from the publication date (2023-09-12), past tense');
		expect(r.details).toContain('Tuesday of the publication week');
		expect(r.details.at(-1)).toBe('TIMEX3 2023-09-12');
	});

	it('reads coarser dates at their own precision', () => {
		expect(timexReading(TIMEXES[0], 'Sunday evening').reading).toBe('10 Sept 2023, evening');
		expect(timexReading(TIMEXES[2], '75 years ago').reading).toBe('1948');
	});

	it('says so when a date could not be placed, and keeps the zone and modifier', () => {
		const r = timexReading(day({ unresolved: true, interval: null, value: 'XXXX-09-12', mod: 'APPROX', zone: 'GMT', resolution: { anchor: 'none', anchorValue: null, tense: null, note: '' } }), 'le 12');
		expect(r.reading).toBe('not placed on the calendar (XXXX-09-12)');
		expect(r.details).toEqual(['time zone: GMT', 'TIMEX3 XXXX-09-12 (APPROX)']);
	});
});

describe('placeReading', () => {
	it('gives the name, kind, country, confidence and gazetteer id', () => {
		const p = { ...PLACES[1], name: 'Primorié', confidence: 0.87, gazetteerId: 'curated:primorye' };
		expect(placeReading(p, 'Primorye')).toEqual({
			text: 'Primorye',
			reading: 'Primorié',
			details: ['region in RU', '87 % sure', 'gazetteer: curated:primorye']
		});
	});

	it('flags a metonym', () => {
		expect(placeReading({ ...PLACES[0], metonym: true }, 'Pyongyang').details.at(-1)).toMatch(/government/);
	});
});
