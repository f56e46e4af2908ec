import { describe, expect, it } from 'vitest';
import type { FactEvent, FactFile } from '$lib/model';
import { escapeHtml, toTimelineJsString, type TimelineDate, type TimelineJson } from './timelinejs';
import { EXPORT_ARTICLE, EXPORT_FACTS, eventById } from './testkit';

function read(facts: FactFile = EXPORT_FACTS): TimelineJson {
	return JSON.parse(toTimelineJsString(EXPORT_ARTICLE, facts)) as TimelineJson;
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute'] as const;
const RANGES: Record<(typeof FIELDS)[number], [number, number]> = { year: [-271820, 275759], month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59] };

/**
 * The date object of the TimelineJS3 JSON format: a year, then month, day,
 * hour and minute, each only when the coarser one is there.
 */
function dateProblems(d: TimelineDate | undefined, where: string): string[] {
	if (!d) return [`${where}: missing`];
	const problems: string[] = [];
	let missing = false;
	for (const f of FIELDS) {
		const v = d[f];
		if (v === undefined) {
			missing = true;
			continue;
		}
		if (missing) problems.push(`${where}: ${f} without a coarser field`);
		if (!Number.isInteger(v) || v < RANGES[f][0] || v > RANGES[f][1]) problems.push(`${where}: ${f} = ${v}`);
	}
	const extra = Object.keys(d).filter((k) => !(FIELDS as readonly string[]).includes(k) && k !== 'display_date');
	if (extra.length > 0) problems.push(`${where}: unknown fields ${extra.join(', ')}`);
	return problems;
}

const toMillis = (d: TimelineDate) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);

/** Per https://timeline.knightlab.com/docs/json-format.html: what a slide must and may hold. */
function timelineProblems(doc: TimelineJson): string[] {
	const problems: string[] = [];
	if (!Array.isArray(doc.events)) return ['events is not an array'];
	if (typeof doc.title?.text?.headline !== 'string') problems.push('title has no headline');
	if ('start_date' in doc.title) problems.push('the title slide has a date');
	const ids = new Set<string>();
	doc.events.forEach((s, i) => {
		problems.push(...dateProblems(s.start_date, `event ${i} start_date`));
		if (s.end_date) {
			problems.push(...dateProblems(s.end_date, `event ${i} end_date`));
			if (toMillis(s.end_date) < toMillis(s.start_date)) problems.push(`event ${i}: ends before it starts`);
		}
		if (typeof s.text?.headline !== 'string' || typeof s.text.text !== 'string') problems.push(`event ${i}: text`);
		if (typeof s.unique_id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(s.unique_id)) problems.push(`event ${i}: unique_id`);
		if (ids.has(s.unique_id)) problems.push(`event ${i}: unique_id ${s.unique_id} repeated`);
		ids.add(s.unique_id);
		if (s.group !== undefined && typeof s.group !== 'string') problems.push(`event ${i}: group`);
	});
	return problems;
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
