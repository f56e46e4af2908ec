import { describe, expect, it } from 'vitest';
import type { FactEvent, FactFile } from '$lib/model';
import { escapeHtml, toTimelineJsString, type TimelineJson } from './timelinejs';
import { timelineProblems } from './format-checks';
import { EXPORT_ARTICLE, EXPORT_FACTS, eventById } from './testkit';

function read(facts: FactFile = EXPORT_FACTS): TimelineJson {
	return JSON.parse(toTimelineJsString(EXPORT_ARTICLE, facts)) as TimelineJson;
}

/** What is left of a text once the markup we write ourselves is taken out: no tag may remain. */
const stripOwnTags = (html: string) => html.replace(/<\/?(p|small)>/g, '');

describe('toTimelineJs', () => {
	it('follows the TimelineJS3 JSON format', () => {
		expect(timelineProblems(read())).toEqual([]);
	});

	it('has a title slide and one slide per dated event', () => {
		const doc = read();
		expect(doc.title.text.headline).toBe('Kim travels to Russia');
		expect(doc.title.text.text).toContain('1 without a date');
		expect(doc.events.map((s) => s.unique_id)).toEqual(['event-e1', 'event-e2', 'event-e3', 'event-e4', 'event-e6', 'event-e7']);
	});

	it.each([
		['e4', 'a year has only the year', { year: 1948 }, undefined],
		['e2', 'a day has no time', { year: 2023, month: 9, day: 12 }, undefined],
		['e3', 'a week ends on its Sunday', { year: 2023, month: 9, day: 11 }, { year: 2023, month: 9, day: 17 }],
		['e1', 'an evening spans its hours', { year: 2023, month: 9, day: 10, hour: 18 }, { year: 2023, month: 9, day: 10, hour: 23 }],
		['e7', 'a clock time has its minute', { year: 2023, month: 9, day: 10, hour: 18, minute: 38 }, undefined]
	])('respects precision: %s, %s', (id, _what, start, end) => {
		const slide = read().events.find((s) => s.unique_id === `event-${id}`);
		expect(slide?.start_date).toEqual(start);
		expect(slide?.end_date).toEqual(end);
	});

	it('gives a month a month and no day', () => {
		const month: FactEvent = {
			...eventById('e2'),
			when: { value: '2023-07', timex: null, granularity: 'month', interval: { start: '2023-07-01T00:00', end: '2023-08-01T00:00' }, inherited: false }
		};
		const [slide] = read({ ...EXPORT_FACTS, events: [month] }).events;
		expect(slide.start_date).toEqual({ year: 2023, month: 7 });
		expect(slide.end_date).toBeUndefined();
	});

	it('says the date the way the app does', () => {
		const slide = read().events.find((s) => s.unique_id === 'event-e3');
		expect(slide?.display_date).toBe('week of 11 Sept 2023');
	});

	it('escapes labels and sentences, which TimelineJS renders as HTML', () => {
		const slide = read().events.find((s) => s.unique_id === 'event-e7');
		expect(slide?.text.headline).toBe('Talks &lt;b&gt;&quot;went well&quot;&lt;/b&gt; &amp; more');
		expect(slide?.text.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
		for (const s of read().events) {
			expect(s.text.headline).not.toMatch(/[<>]/);
			expect(stripOwnTags(s.text.text)).not.toMatch(/[<>]/);
			expect(s.autolink).toBe(false);
		}
	});

	it('groups slides by status', () => {
		expect(read().events.map((s) => s.group)).toEqual(['occurred', 'occurred', 'planned', 'occurred', 'reported', 'negated']);
	});

	it('leaves out dates not on the calendar', () => {
		const ref: FactEvent = { ...eventById('e2'), when: { value: 'PAST_REF', timex: null, granularity: 'reference', interval: null, inherited: false } };
		expect(read({ ...EXPORT_FACTS, events: [ref] }).events).toEqual([]);
	});
});

describe('escapeHtml', () => {
	it('escapes what could open a tag or an entity', () => {
		expect(escapeHtml(`a < b && c > "d"`)).toBe('a &lt; b &amp;&amp; c &gt; &quot;d&quot;');
	});
});
