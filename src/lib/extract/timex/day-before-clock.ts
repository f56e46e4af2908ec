/**
 * `publié le 29 mars 2026 à 12h10`, `jeudi à 13 heures`, `on 3 June at 6 p.m.`: a clock time joined by
 * `à`/`at` to the day said just before it is on that day, even where the day does not become the story's
 * (a byline is boilerplate and moves no reference; a day in another clause may have been replaced since).
 */
import type { Timex } from '$lib/model';
import type { Tok } from './tokens';
import type { Match } from './match';
import { parseDct, type Ymd } from './value';

/** The day of `prev` (already resolved as `prevTimex`) when the clock `m` hangs on it, else null. */
export function dayBeforeClock(T: Tok[], prev: Match | undefined, prevTimex: Timex | undefined, m: Match): Ymd | null {
	if (!prev || !prevTimex || m.spec.k !== 'clock' || prev.b !== m.a - 1) return null;
	const join = T[m.a - 1].w;
	if (join !== 'à' && join !== 'at') return null;
	if (prevTimex.start !== T[prev.a].s || prevTimex.unresolved) return null;
	const day = /^\d{4}-\d\d-\d\d/.exec(prevTimex.value);
	return day ? parseDct(day[0]) : null;
}
