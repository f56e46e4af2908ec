/**
 * Dates said the way a reader says them, at the precision the article gave:
 * "10 Sept 2023, evening", "week of 11 Sept 2023", "1948". Wall-clock values
 * are formatted in UTC because they were parsed as UTC (see parseWallClock).
 */
import type { EventWhen, Granularity } from '$lib/model';
import { parseWallClock } from './timeline-layout';

const LOCALE = 'en-GB';
const fmt = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', ...opts });
const DAY = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
const MONTH = fmt({ month: 'long', year: 'numeric' });
const YEAR = fmt({ year: 'numeric' });
const TIME = fmt({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', MI: 'midday', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** A short human reading of a date at its granularity; falls back to the raw value. */
export function describeWhen(when: Pick<EventWhen, 'value' | 'granularity' | 'interval'>): string {
	const start = when.interval ? parseWallClock(when.interval.start) : null;
	const end = when.interval ? parseWallClock(when.interval.end) : null;
	if (start === null) return describeValue(when.value);
	const d = new Date(start);
	const g: Granularity = when.granularity;
	switch (g) {
		case 'minute':
		case 'hour':
			return `${DAY.format(d)}, ${TIME.format(d)}`;
		case 'part-of-day': {
			const part = PARTS_OF_DAY[when.value.slice(-2)] ?? 'part of the day';
			return `${DAY.format(d)}, ${part}`;
		}
		case 'day':
			return DAY.format(d);
		case 'weekend':
			return `weekend of ${DAY.format(d)}`;
		case 'week':
			return `week of ${DAY.format(d)}`;
		case 'month':
			return MONTH.format(d);
		case 'season': {
			const season = SEASONS[when.value.slice(-2)];
			return season ? `${season} ${YEAR.format(d)}` : `${MONTH.format(d)} onwards`;
		}
		case 'year':
			return YEAR.format(d);
		case 'decade':
			return `${YEAR.format(d)}s`;
		default: {
			if (end !== null && end > start) {
				const last = new Date(end - 1);
				return `${DAY.format(d)} – ${DAY.format(last)}`;
			}
			return DAY.format(d);
		}
	}
}

const REFS: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'in the past', FUTURE_REF: 'in the future' };

function describeValue(value: string): string {
	return REFS[value] ?? value;
}

const PUBLICATION_DAY = fmt({ day: 'numeric', month: 'long', year: 'numeric' });

/**
 * A publication date `YYYY-MM-DD` as "12 September 2023". Fixed locale and
 * zone: the server and the browser must print the same day, and a
 * publication date is a calendar day, not an instant.
 */
export function formatPublicationDay(ymd: string): string {
	const d = new Date(`${ymd}T00:00:00Z`);
	return Number.isNaN(d.getTime()) ? ymd : PUBLICATION_DAY.format(d);
}
