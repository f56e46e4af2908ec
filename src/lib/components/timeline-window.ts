/**
 * The timeline window in the URL: `?t=2023-09-10T12:00..2023-09-13T00:00`,
 * ISO wall-clock times (the article's, read as UTC like every time on the
 * timeline), rounded to the minute so that a window reads back exactly as
 * it was written. A date alone (`2019-01-01..2020-01-01`) is accepted too.
 */
import { parseWallClock, type Extent } from './timeline-layout';

export const WINDOW_PARAM = 't';
const MINUTE = 60_000;

function iso(t: number): string {
	const d = new Date(Math.round(t / MINUTE) * MINUTE);
	const y = d.getUTCFullYear();
	// Years outside 0000–9999 keep their sign and digits, as ISO 8601 extends them.
	const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${year}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export function formatWindow({ start, end }: Extent): string {
	return `${iso(start)}..${iso(end)}`;
}

/** The window a `t` value names, or null when it names none (then the
 * timeline opens as if there were no parameter). */
export function parseWindow(value: string | null): Extent | null {
	if (!value) return null;
	const parts = value.split('..');
	if (parts.length !== 2) return null;
	const start = parseWallClock(parts[0]);
	const end = parseWallClock(parts[1]);
	if (start === null || end === null || end - start < MINUTE) return null;
	return { start, end };
}
