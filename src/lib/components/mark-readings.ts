/**
 * How a date or a place of the text was read, in words, for the tooltip of
 * its mark: `mardi` → "Tuesday 12 September 2023", read from the
 * publication date, past tense; `Primorié` → region, 90 % sure,
 * `curated:primorye`. A fact-checker sees what the machine understood
 * before trusting the timeline or the map.
 */
import type { Place, Timex } from '$lib/model';
import { parseWallClock } from './timeline-layout';
import { describeWhen } from './when-format';

export interface Reading {
	/** The words of the text, as written. */
	text: string;
	/** What they were read as. */
	reading: string;
	/** How: anchor, tense, zone, gazetteer … one short line each. */
	details: string[];
}

const WEEKDAY_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

const ANCHORS: Record<Timex['resolution']['anchor'], string> = {
	absolute: 'stated in full by the text',
	dct: 'from the publication date',
	reference: 'from the date the story was talking about',
	event: 'from an event that has no date',
	none: ''
};

/** The calendar reading of a date: a day gets its weekday, a point in time its clock. */
function calendarReading(t: Timex): string {
	if (t.unresolved || !t.interval) return t.value === 'XXXX-XX-XX' ? 'not placed on the calendar' : `not placed on the calendar (${t.value})`;
	if (t.granularity === 'day') {
		const start = parseWallClock(t.interval.start);
		if (start !== null) return WEEKDAY_DAY.format(new Date(start));
	}
	return describeWhen(t);
}

export function timexReading(t: Timex, text: string): Reading {
	const how: string[] = [];
	const anchor = ANCHORS[t.resolution.anchor];
	const note = t.resolution.note?.trim();
	const tense = t.resolution.tense ? `${t.resolution.tense} tense` : '';
	const line = [anchor && t.resolution.anchorValue ? `${anchor} (${t.resolution.anchorValue})` : anchor, tense].filter(Boolean).join(', ');
	if (line) how.push(line);
	if (note && note !== line) how.push(note);
	if (t.zone) how.push(`time zone: ${t.zone}`);
	how.push(`TIMEX3 ${t.value}${t.mod ? ` (${t.mod})` : ''}`);
	return { text, reading: calendarReading(t), details: how };
}

export function placeReading(p: Place, text: string): Reading {
	const details = [`${p.kind}${p.country ? ` in ${p.country}` : ''}`, `${Math.round(p.confidence * 100)} % sure`, `gazetteer: ${p.gazetteerId}`];
	if (p.metonym) details.push('stands for its government or team, not the place');
	return { text, reading: p.name, details };
}
