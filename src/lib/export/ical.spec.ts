import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { FactEvent, FactFile } from '$lib/model';
import { toICal, zonedInstant } from './ical';
import { EXPORT_ARTICLE, EXPORT_FACTS, eventById } from './testkit';

const NOW = new Date('2024-01-01T12:00:00Z');

/** The calendar read back by ical.js, its events by fact-file id. */
function read(facts: FactFile = EXPORT_FACTS) {
	const text = toICal(EXPORT_ARTICLE, facts, { now: NOW, articleUrl: 'https://factline.test/articles/kim-test' });
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = new Map(
		calendar.getAllSubcomponents('vevent').map((c) => {
			const e = new ICAL.Event(c);
			return [e.uid.split('.')[0], { event: e, component: c }];
		})
	);
	return { text, calendar, events };
}

function get(id: string, facts?: FactFile) {
	const hit = read(facts).events.get(id);
	if (!hit) throw new Error(`no VEVENT for ${id}`);
	return hit;
}

describe('toICal', () => {
	it('is a calendar named after the article, with one event per dated event', () => {
		const { calendar, events } = read();
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Factline//Factline//EN');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kim travels to Russia');
		// e5 has no date.
		expect([...events.keys()].sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e6', 'e7']);
	});

	it.each([
		['e2', 'a day', '2023-09-12', '2023-09-13'],
		['e3', 'a week, Monday to Sunday', '2023-09-11', '2023-09-18'],
		['e4', 'a year', '1948-01-01', '1949-01-01']
	])('draws %s (%s) as an all-day span with an exclusive end', (id, _what, start, end) => {
		const { event } = get(id);
		expect(event.startDate.isDate).toBe(true);
		expect(event.endDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe(start);
		expect(event.endDate.toString()).toBe(end);
	});

	it('writes all-day dates as VALUE=DATE', () => {
		expect(read().text).toContain('DTSTART;VALUE=DATE:20230911\r\nDTEND;VALUE=DATE:20230918');
	});

	it('draws a part of the day as a timed event over its hours, in floating time', () => {
		const { event } = get('e1');
		expect(event.startDate.isDate).toBe(false);
		expect(event.startDate.toString()).toBe('2023-09-10T18:00:00');
		expect(event.endDate.toString()).toBe('2023-09-11T00:00:00');
		expect(event.startDate.zone?.tzid).toBe('floating');
	});

	it('draws a clock time without a zone in floating time: the article’s wall clock', () => {
		const { event } = get('e7');
		expect(event.startDate.toString()).toBe('2023-09-10T18:38:00');
		expect(event.startDate.zone?.tzid).toBe('floating');
	});

	it('draws a clock time given in GMT as that instant', () => {
		const { event } = get('e6');
		expect(event.startDate.zone?.tzid).toBe('UTC');
		expect(event.startDate.toString()).toBe('2023-09-10T09:38:00Z');
		expect(event.endDate.toString()).toBe('2023-09-10T09:39:00Z');
	});

	it('converts a zone named by a city, with its daylight saving time', () => {
		const gmt = eventById('e6');
		const timexes = EXPORT_FACTS.timexes.map((t) => (t.id === gmt.when?.timex ? { ...t, zone: 'Paris' } : t));
		const { event } = get('e6', { ...EXPORT_FACTS, timexes });
		// 09:38 in Paris in September is CEST, UTC+2.
		expect(event.startDate.toString()).toBe('2023-09-10T07:38:00Z');
	});

	it('keeps an unknown zone in floating time and says which zone it was', () => {
		const gmt = eventById('e6');
		const timexes = EXPORT_FACTS.timexes.map((t) => (t.id === gmt.when?.timex ? { ...t, zone: 'Atlantis' } : t));
		const { event } = get('e6', { ...EXPORT_FACTS, timexes });
		expect(event.startDate.zone?.tzid).toBe('floating');
		expect(event.startDate.toString()).toBe('2023-09-10T09:38:00');
		expect(event.description).toContain('Atlantis time');
	});

	it('reads text back unchanged: commas, quotes, markup, line breaks', () => {
		const { event } = get('e7');
		expect(event.summary).toBe('Talks <b>"went well"</b> & more');
		expect(event.description.split('\n')).toEqual([
			'“Officials said "talks, frankly, went well" <script>alert(1)</script> & more at 18h38.”',
			'Date: 2023-09-10T18:38 (minute)',
			'Status: negated',
			'Source: Officials, "sources"',
			'From: Kim travels to Russia (2023-09-12)'
		]);
		expect(get('e6').event.location).toBe('Washington, D.C.');
	});

	it('places, links, stamps and flags events', () => {
		const { component } = get('e6');
		expect(component.getFirstPropertyValue('geo')).toEqual([38.8951, -77.0364]);
		expect(component.getFirstPropertyValue('url')).toBe('https://factline.test/articles/kim-test');
		expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-01-01T12:00:00Z');
		expect(component.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
		expect(get('e3').component.getFirstPropertyValue('status')).toBe('TENTATIVE');
		expect(get('e7').component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('gives every event a UID stable across exports', () => {
		expect(get('e2').event.uid).toBe('e2.kim-test@factline');
		expect(read().text).toBe(read().text);
	});

	it('skips dates that are not on the calendar', () => {
		const ref: FactEvent = { ...eventById('e2'), id: 'ref', when: { value: 'PRESENT_REF', timex: null, granularity: 'reference', interval: null, inherited: false } };
		const dur: FactEvent = { ...eventById('e2'), id: 'dur', when: { value: 'P3Y', timex: null, granularity: 'duration', interval: null, inherited: false } };
		const bad: FactEvent = { ...eventById('e2'), id: 'bad', when: { ...eventById('e2').when!, interval: { start: '2023-02-30T00:00', end: 'x' } } };
		const { events } = read({ ...EXPORT_FACTS, events: [ref, dur, bad] });
		expect(events.size).toBe(0);
	});

	it('is a valid empty calendar for an article without dated events', () => {
		const { calendar } = read({ ...EXPORT_FACTS, events: [] });
		expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
	});
});

describe('zonedInstant', () => {
	const at = { year: 2023, month: 1, day: 15, hour: 12, minute: 0 };
	it.each([
		['GMT', '2023-01-15T12:00:00.000Z'],
		['utc', '2023-01-15T12:00:00.000Z'],
		['EST', '2023-01-15T17:00:00.000Z'],
		['CET', '2023-01-15T11:00:00.000Z'],
		['Moscou', '2023-01-15T09:00:00.000Z'],
		['ET', '2023-01-15T17:00:00.000Z'],
		['Asia/Pyongyang', '2023-01-15T03:00:00.000Z']
	])('reads 12:00 %s', (zone, iso) => {
		expect(zonedInstant(at, zone)?.toISOString()).toBe(iso);
	});

	it('follows daylight saving time', () => {
		expect(zonedInstant({ ...at, month: 7 }, 'ET')?.toISOString()).toBe('2023-07-15T16:00:00.000Z');
	});

	it('is null for a zone it cannot place', () => {
		expect(zonedInstant(at, 'local')).toBeNull();
		expect(zonedInstant(at, 'Atlantis')).toBeNull();
	});
});
