/**
 * The dated events as an iCalendar file (RFC 5545), to lay a story over a
 * calendar. A date is drawn at the precision the article gave: a day, week,
 * month or year is an all-day span; a clock time or a part of the day is a
 * timed event, in the zone the article gave or else in floating local time
 * (the article's own wall clock, whatever the reader's zone).
 */
import ical, { ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import type { ArticleRecord, EventStatus, FactEvent, FactFile, Granularity } from '$lib/model';
import {
	addDays,
	calendarSpan,
	isMidnight,
	sentenceTexts,
	sourceLine,
	titleOf,
	utcMillis,
	zoneOf,
	type CalendarSpan,
	type SourcesOf,
	type WallClock
} from './common';

export interface ICalOptions {
	/** DTSTAMP of every event: when the file was made. */
	now?: Date;
	/** Absolute URL of the article page, linked from every event. */
	articleUrl?: string;
	/** In a collection: the articles that tell each event, listed in its description. */
	sourcesOf?: SourcesOf;
}

type Shape = 'all-day' | 'timed';

/** How each precision is drawn; `null` for those with no calendar date. */
const SHAPES: Record<Granularity, Shape | null> = {
	minute: 'timed',
	hour: 'timed',
	'part-of-day': 'timed',
	day: 'all-day',
	weekend: 'all-day',
	week: 'all-day',
	month: 'all-day',
	season: 'all-day',
	quarter: 'all-day',
	'half-year': 'all-day',
	year: 'all-day',
	decade: 'all-day',
	century: 'all-day',
	reference: null,
	duration: null,
	set: null
};

/** Offsets of zone abbreviations as newspapers write them, in minutes east of UTC. */
const FIXED_OFFSETS: Record<string, number> = {
	GMT: 0,
	UTC: 0,
	UT: 0,
	Z: 0,
	WET: 0,
	BST: 60,
	CET: 60,
	CEST: 120,
	EET: 120,
	EEST: 180,
	MSK: 180,
	KST: 540,
	JST: 540,
	EST: -300,
	EDT: -240,
	CST: -360,
	CDT: -300,
	MST: -420,
	MDT: -360,
	PST: -480,
	PDT: -420
};

/**
 * Zones named by a region or a city (`heure de Moscou`), whose offset
 * depends on the date: resolved through the IANA database.
 */
const NAMED_ZONES: Record<string, string> = {
	et: 'America/New_York',
	ct: 'America/Chicago',
	pt: 'America/Los_Angeles',
	moscou: 'Europe/Moscow',
	moscow: 'Europe/Moscow',
	paris: 'Europe/Paris',
	londres: 'Europe/London',
	london: 'Europe/London',
	pyongyang: 'Asia/Pyongyang',
	seoul: 'Asia/Seoul',
	tokyo: 'Asia/Tokyo',
	pekin: 'Asia/Shanghai',
	beijing: 'Asia/Shanghai',
	kiev: 'Europe/Kyiv',
	kyiv: 'Europe/Kyiv',
	vladivostok: 'Asia/Vladivostok',
	washington: 'America/New_York',
	'new york': 'America/New_York'
};

function isIanaZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.includes('/');
	} catch {
		return false;
	}
}

/** Minutes east of UTC of an IANA zone at an instant. */
function ianaOffset(zone: string, instant: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric'
	}).formatToParts(new Date(instant));
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const local = utcMillis({ year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') });
	return Math.round((local - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock time in a zone stands for, or null when the zone
 * is not one we can resolve (the event then stays in floating time).
 */
export function zonedInstant(w: WallClock, zone: string): Date | null {
	const wall = utcMillis(w);
	const fixed = FIXED_OFFSETS[zone.trim().toUpperCase()];
	if (fixed !== undefined) return new Date(wall - fixed * 60_000);
	const key = zone
		.trim()
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
	const iana = NAMED_ZONES[key] ?? (isIanaZone(zone.trim()) ? zone.trim() : null);
	if (!iana) return null;
	// The offset at the wall time read as UTC is off by at most the offset
	// itself; a second pass lands on the right side of a DST change.
	const guess = wall - ianaOffset(iana, wall) * 60_000;
	return new Date(wall - ianaOffset(iana, guess) * 60_000);
}

/** A Date whose UTC fields are the wall-clock fields: ical-generator writes those for floating and all-day times. */
function wallDate(w: WallClock): Date {
	return new Date(utcMillis(w));
}

/** iCalendar years are four digits (RFC 5545 `date-fullyear`). */
function inCalendarRange(span: CalendarSpan): boolean {
	return span.start.year >= 1 && span.end.year <= 9999;
}

const STATUS: Record<EventStatus, ICalEventStatus> = {
	occurred: ICalEventStatus.CONFIRMED,
	reported: ICalEventStatus.CONFIRMED,
	planned: ICalEventStatus.TENTATIVE,
	hypothetical: ICalEventStatus.TENTATIVE,
	// Kept, so the calendar shows what the article says did not happen, but
	// marked so calendar apps draw it struck through.
	negated: ICalEventStatus.CANCELLED
};

function times(span: CalendarSpan, zone: string | null): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'floating'> | null {
	const shape = SHAPES[span.granularity];
	if (shape === null) return null;
	if (shape === 'all-day') {
		// DTEND of an all-day event is the day after the last one (exclusive);
		// an interval ending inside a day takes that whole day.
		const lastDay = isMidnight(span.end) ? span.end : addDays(span.end, 1);
		const end = utcMillis(lastDay) > utcMillis({ ...span.start, hour: 0, minute: 0 }) ? lastDay : addDays(span.start, 1);
		return { allDay: true, start: wallDate({ ...span.start, hour: 0, minute: 0 }), end: wallDate({ ...end, hour: 0, minute: 0 }) };
	}
	const start = zone ? zonedInstant(span.start, zone) : null;
	const end = zone ? zonedInstant(span.end, zone) : null;
	if (start && end) return { start, end, floating: false };
	return { start: wallDate(span.start), end: wallDate(span.end), floating: true };
}

function description(article: ArticleRecord, facts: FactFile, event: FactEvent, unresolvedZone: string | null, sourcesOf?: SourcesOf): string {
	const sources = sourcesOf?.(event);
	const lines = sources ? sources.map(sourceLine) : sentenceTexts(article, facts, event).map((s) => `“${s}”`);
	const when = event.when;
	if (when) lines.push(`Date: ${when.value} (${when.granularity}${unresolvedZone ? `, ${unresolvedZone} time` : ''})`);
	lines.push(`Status: ${event.status}`);
	if (event.attribution) lines.push(`Source: ${event.attribution}`);
	if (!sources) lines.push(`From: ${titleOf(article, facts)} (${article.dct})`);
	return lines.join('\n');
}

export function toICal(article: ArticleRecord, facts: FactFile, options: ICalOptions = {}): string {
	const calendar = ical({
		name: titleOf(article, facts),
		prodId: { company: 'Factline', product: 'Factline', language: 'EN' }
	});
	const stamp = options.now ?? new Date();
	for (const event of facts.events) {
		const span = calendarSpan(event);
		if (!span || !inCalendarRange(span)) continue;
		const zone = zoneOf(facts, event);
		const t = times(span, zone);
		if (!t) continue;
		const unresolvedZone = zone && t.floating ? zone : null;
		calendar.createEvent({
			...t,
			// Stable across exports, so importing again updates rather than duplicates.
			id: `${event.id}.${article.id}@factline`,
			stamp,
			summary: event.label,
			description: description(article, facts, event, unresolvedZone, options.sourcesOf),
			location: event.where ? { title: event.where.name, geo: { lat: event.where.lat, lon: event.where.lon } } : null,
			status: STATUS[event.status],
			// News, not the reader's appointments: never shown as busy time.
			transparency: ICalEventTransparency.TRANSPARENT,
			categories: [{ name: event.kind }],
			url: options.articleUrl ?? null
		});
	}
	return calendar.toString();
}
