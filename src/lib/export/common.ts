/**
 * What every export format needs from a fact file: the text of an event's
 * sentences, its date read as calendar fields, and whether it can be put on
 * a calendar at all. Pure functions of the stored article and fact file.
 */
import type { ArticleRecord, FactEvent, FactFile, Granularity } from '$lib/model';

/** A wall-clock time of the article (`YYYY-MM-DDTHH:MM`), as fields. */
export interface WallClock {
	year: number;
	/** 1–12. */
	month: number;
	day: number;
	hour: number;
	minute: number;
}

const WALL_CLOCK = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?)?$/;

/**
 * Reads an interval bound. Null for anything that is not a real calendar
 * time, so that a malformed stored value drops one event from an export
 * rather than writing an invalid file.
 */
export function parseWallClock(s: string): WallClock | null {
	const m = WALL_CLOCK.exec(s.trim());
	if (!m) return null;
	const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	if (hour > 24 || minute > 59 || (hour === 24 && minute !== 0)) return null;
	// `T24:00` is the end of the day: the next day at midnight.
	if (hour === 24) return { ...addDays({ year, month, day }, 1), hour: 0, minute: 0 };
	return { year, month, day, hour, minute };
}

function daysInMonth(year: number, month: number): number {
	return new Date(utcMillis({ year, month: month + 1, day: 0, hour: 0, minute: 0 })).getUTCDate();
}

/**
 * Milliseconds of a wall-clock time read as if it were UTC: only for
 * arithmetic on calendar fields, never an instant. `setUTCFullYear` rather
 * than `Date.UTC`, which maps years 0–99 to 1900–1999.
 */
export function utcMillis(w: WallClock): number {
	const d = new Date(0);
	d.setUTCFullYear(w.year, w.month - 1, w.day);
	d.setUTCHours(w.hour, w.minute, 0, 0);
	return d.getTime();
}

export function fromUtcMillis(t: number): WallClock {
	const d = new Date(t);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes()
	};
}

export function addDays(w: Pick<WallClock, 'year' | 'month' | 'day'>, days: number): WallClock {
	return fromUtcMillis(utcMillis({ ...w, hour: 0, minute: 0 }) + days * 86_400_000);
}

export function isMidnight(w: WallClock): boolean {
	return w.hour === 0 && w.minute === 0;
}

/** Granularities with no place on a calendar (`PRESENT_REF`, `P3Y`, `every Monday`). */
const UNDATED: ReadonlySet<Granularity> = new Set(['reference', 'duration', 'set']);

/** An event's date as a calendar span, `[start, end)`; null when it has none. */
export interface CalendarSpan {
	granularity: Granularity;
	start: WallClock;
	end: WallClock;
}

export function calendarSpan(event: FactEvent): CalendarSpan | null {
	const when = event.when;
	if (!when || !when.interval || UNDATED.has(when.granularity)) return null;
	const start = parseWallClock(when.interval.start);
	const end = parseWallClock(when.interval.end);
	if (!start || !end) return null;
	// A zero-length or reversed interval is a point at its start.
	return { granularity: when.granularity, start, end: utcMillis(end) > utcMillis(start) ? end : start };
}

/** Collapses line breaks and runs of spaces: a sentence may be wrapped over lines. */
function flatten(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

/**
 * The text of every sentence that tells the event, in reading order. Falls
 * back to the main sentence for fact files that list none.
 */
export function sentenceTexts(article: ArticleRecord, facts: FactFile, event: FactEvent): string[] {
	const indexes = event.sentences.length > 0 ? [...new Set(event.sentences)] : [event.sentence];
	indexes.sort((a, b) => a - b);
	const out: string[] = [];
	for (const i of indexes) {
		const s = facts.sentences[i]?.index === i ? facts.sentences[i] : facts.sentences.find((x) => x.index === i);
		if (s) out.push(flatten(article.text.slice(s.start, s.end)));
	}
	return out;
}

/** The zone a clock time was given in (`09h38 GMT`), from the timex the date comes from. */
export function zoneOf(facts: FactFile, event: FactEvent): string | null {
	const id = event.when?.timex;
	if (!id) return null;
	return facts.timexes.find((t) => t.id === id)?.zone ?? null;
}

/** The title to show: the stored one, else the fact file's, else the id. */
export function titleOf(article: ArticleRecord, facts: FactFile): string {
	return article.title || facts.article.title || article.id;
}

/**
 * One telling of an event by an article: what a collection's exports list
 * for each of its story events, so every fact leads back to its article.
 */
export interface ExportSource {
	articleId: string;
	title: string;
	/** The article's publication date, `YYYY-MM-DD`. */
	dct: string;
	/** The event's id in that article's fact file. */
	eventId: string;
	status: FactEvent['status'];
	/** The sentences that tell it, collapsed to single spaces. */
	sentences: string[];
	/** The article page with the event selected, when the export knows the site's address. */
	url?: string;
}

/** The tellings of an event, or null for an article's own events (one source: the article). */
export type SourcesOf = (event: FactEvent) => readonly ExportSource[] | null;

/** `Title (2023-09-12): “sentence” “sentence”`, one source a line: for cells and descriptions. */
export function sourceLine(s: ExportSource): string {
	return `${s.title} (${s.dct}): ${s.sentences.map((t) => `“${t}”`).join(' ')}`;
}
