/**
 * `au début de l'année dernière`, `fin 2019`, `mi-septembre`: the text names
 * a part of a period without saying where it stops. The fact file keeps the
 * whole period as the interval and the part as the timex's `mod` (TIMEX3
 * START, END, MID). The timeline draws the part: the half of the period on
 * the named side, firm where the period itself begins (or ends) and faded on
 * the open side, so that the reader sees the date is approximate there.
 */
import type { FactEvent, FactFile, TimexMod } from '$lib/model';

/** Which ends of a band fade out. */
export type SoftSide = 'start' | 'end' | 'both';

export interface SoftExtent {
	start: number;
	end: number;
	soft: SoftSide | null;
}

/** The part of `[start, end)` that `mod` points at, and its open side(s). */
export function softExtent(start: number, end: number, mod: TimexMod | null): SoftExtent {
	const span = end - start;
	if (!(span > 0)) return { start, end, soft: null };
	switch (mod) {
		case 'START':
			return { start, end: start + span / 2, soft: 'end' };
		case 'END':
			return { start: end - span / 2, end, soft: 'start' };
		case 'MID':
			return { start: start + span / 4, end: end - span / 4, soft: 'both' };
		default:
			return { start, end, soft: null };
	}
}

/**
 * The modifier of each event's date, read from the timex it comes from: an
 * event's `when` keeps the timex id, not the modifier. A date set by hand
 * (a correction, no timex) has none.
 */
export function modsOf(facts: Pick<FactFile, 'timexes'>): (e: FactEvent) => TimexMod | null {
	const byTimex = new Map(facts.timexes.map((t) => [t.id, t.mod]));
	return (e) => (e.when?.timex ? (byTimex.get(e.when.timex) ?? null) : null);
}
