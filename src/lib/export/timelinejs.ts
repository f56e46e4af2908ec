/**
 * The dated events as a TimelineJS3 data file
 * (https://timeline.knightlab.com/docs/json-format.html), to publish the
 * story as a Knight Lab timeline. A date carries only the fields its
 * precision justifies: TimelineJS then writes "1948", not "January 1, 1948".
 */
import type { ArticleRecord, FactEvent, FactFile, Granularity } from '$lib/model';
import { describeWhen } from '$lib/components/when-format';
import { calendarSpan, fromUtcMillis, sentenceTexts, titleOf, utcMillis, type SourcesOf, type WallClock } from './common';

export interface TimelineDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	/** Overrides how TimelineJS writes this date. */
	display_date?: string;
}

export interface TimelineText {
	/** HTML. */
	headline: string;
	/** HTML. */
	text: string;
}

export interface TimelineSlide {
	start_date: TimelineDate;
	end_date?: TimelineDate;
	text: TimelineText;
	group?: string;
	display_date?: string;
	unique_id: string;
	autolink: boolean;
}

export interface TimelineJson {
	title: { text: TimelineText };
	events: TimelineSlide[];
	scale: 'human';
}

/** TimelineJS renders headlines and text as HTML: article text must not become markup. */
export function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Level = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** The finest date field each precision fills in; null: not on a timeline. */
const LEVELS: Record<Granularity, Level | null> = {
	minute: 'minute',
	hour: 'hour',
	'part-of-day': 'hour',
	day: 'day',
	weekend: 'day',
	week: 'day',
	month: 'month',
	season: 'month',
	quarter: 'month',
	'half-year': 'month',
	year: 'year',
	decade: 'year',
	century: 'year',
	reference: null,
	duration: null,
	set: null
};

const ORDER: Level[] = ['year', 'month', 'day', 'hour', 'minute'];

function dateAt(w: WallClock, level: Level): TimelineDate {
	const depth = ORDER.indexOf(level);
	const d: TimelineDate = { year: w.year };
	if (depth >= 1) d.month = w.month;
	if (depth >= 2) d.day = w.day;
	if (depth >= 3) d.hour = w.hour;
	if (depth >= 4) d.minute = w.minute;
	return d;
}

const sameDate = (a: TimelineDate, b: TimelineDate) =>
	a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/** Unique ids end up in the page's URL hash and element ids: keep them plain. */
function slideId(event: FactEvent): string {
	return `event-${event.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function slideText(article: ArticleRecord, facts: FactFile, event: FactEvent, sourcesOf?: SourcesOf): string {
	const sources = sourcesOf?.(event);
	// In a collection every telling is a paragraph naming its article.
	const paragraphs = sources
		? sources.map(
				(s) => `<p>“${s.sentences.map(escapeHtml).join(' ')}” <small>(${escapeHtml(s.title)}, ${escapeHtml(s.dct)})</small></p>`
			)
		: sentenceTexts(article, facts, event).map((s) => `<p>“${escapeHtml(s)}”</p>`);
	const details = [event.where?.name, event.status, event.attribution ? `source: ${event.attribution}` : null].filter(
		(x): x is string => !!x
	);
	paragraphs.push(`<p><small>${details.map(escapeHtml).join(' · ')}</small></p>`);
	return paragraphs.join('');
}

function slide(article: ArticleRecord, facts: FactFile, event: FactEvent, sourcesOf?: SourcesOf): TimelineSlide | null {
	const span = calendarSpan(event);
	const level = span && LEVELS[span.granularity];
	if (!span || !level || !event.when) return null;
	const start = dateAt(span.start, level);
	// The interval is [start, end): its last minute, read at the date's
	// precision, is the last unit it covers (the Sunday of a week, the
	// December of a year).
	const last = dateAt(fromUtcMillis(Math.max(utcMillis(span.start), utcMillis(span.end) - 60_000)), level);
	const display = describeWhen(event.when);
	return {
		start_date: start,
		...(sameDate(start, last) ? {} : { end_date: last }),
		text: { headline: escapeHtml(event.label), text: slideText(article, facts, event, sourcesOf) },
		group: event.status,
		// Says "week of 11 Sept 2023" or "10 Sept 2023, evening", which the
		// date fields alone cannot.
		display_date: escapeHtml(display),
		unique_id: slideId(event),
		// Article text is not ours to turn into links.
		autolink: false
	};
}

export function toTimelineJs(article: ArticleRecord, facts: FactFile, sourcesOf?: SourcesOf): TimelineJson {
	const events = facts.events.map((e) => slide(article, facts, e, sourcesOf)).filter((s): s is TimelineSlide => s !== null);
	const undated = facts.events.length - events.length;
	const about = [`Published ${article.dct}`, `${events.length} dated event${events.length === 1 ? '' : 's'}`];
	if (undated > 0) about.push(`${undated} without a date, not shown`);
	return {
		title: { text: { headline: escapeHtml(titleOf(article, facts)), text: `<p>${escapeHtml(about.join(' · '))}</p>` } },
		events,
		scale: 'human'
	};
}

export function toTimelineJsString(article: ArticleRecord, facts: FactFile, sourcesOf?: SourcesOf): string {
	return JSON.stringify(toTimelineJs(article, facts, sourcesOf), null, 2) + '\n';
}
