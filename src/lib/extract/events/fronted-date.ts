import type { Timex } from '$lib/model';
import type { Draft } from './assemble';
import type { Tok } from './clauses';

/** What may stand before a date that opens the sentence: `In 2022,`, `En août 2021,`, `On Monday,`. */
const LEADS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'by', 'en', 'au', 'à', 'dans', 'pendant', 'dès', 'le']);

/**
 * The date a sentence opens on, set off by a comma (`In 2022, floods killed 190 people, and a deluge left
 * Silchar under water`; `En octobre 2013, un bateau a pris feu et a coulé`): the frame of everything the
 * sentence tells, not only of the verb nearest to it. Null when the sentence does not open on a date.
 * `usable` says which dates can date an event (assemble.ts's `usableTimex`).
 */
export function frontedDate(toks: Tok[], timexes: Timex[], usable: (t: Timex) => boolean): Timex | null {
	if (toks.length < 3) return null;
	const lead = LEADS.has(toks[0].low) ? 1 : 0;
	const t = timexes.find((x) => x.start === toks[lead].start);
	if (!t || !usable(t)) return null;
	let b = lead;
	while (b + 1 < toks.length && toks[b + 1].start < t.end) b++;
	return toks[b + 1]?.low === ',' ? t : null;
}

/**
 * Gives the fronted date to each draft of the sentence that has no date of its own. Not to a plan told in the
 * future (`In 2022, the city said it would build a wall`), nor to a `since` state, nor inside a quotation.
 */
export function dateByFrontedDate(drafts: Draft[], fronted: Timex | null): void {
	if (!fronted) return;
	for (const d of drafts) {
		if (d.timex || d.since || d.future || d.toks[d.trig.i].quote) continue;
		d.timex = fronted;
	}
}
