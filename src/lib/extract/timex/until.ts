/**
 * A day after `until`/`jusqu'à` ends a span. Which side of the publication date it lies on depends on what
 * the span is: what holds now (`le festival se tient jusqu'à dimanche`) or was decided to hold (`les autorités
 * ont interdit l'accès jusqu'à dimanche`, `officials closed the road until Friday`) ends on a day still to
 * come; what is told as over (`la grève a duré jusqu'à dimanche`, `lasted until Sunday`) ended before.
 */
import type { Tense } from '$lib/model';

/** `jusqu'à` is tokenised `jusqu` `'` `à`: the cue may sit up to 3 tokens back. */
const UNTIL = new Set(['until', 'till', 'jusqu']);

/**
 * Past participles and simple pasts of decisions that set a state going forward: a ban, a closure, a
 * suspension, a postponement. Said in the past (the decision is taken), the day they run to is ahead. Not an
 * extension: `the ceasefire was extended until midnight Sunday` is as often told once it has run out.
 */
const DECIDED = new Set([
	'interdit', 'interdite', 'interdits', 'interdites', 'fermé', 'fermée', 'fermés', 'fermées', 'suspendu', 'suspendue', 'suspendus',
	'suspendues', 'reporté', 'reportée', 'reportés', 'reportées', 'repoussé',
	'repoussée', 'repoussés', 'repoussées', 'ordonné', 'ordonnée', 'décrété', 'décrétée', 'restreint', 'restreinte', 'restreints',
	'restreintes', 'banned', 'closed', 'shut', 'suspended', 'postponed', 'ordered', 'barred', 'prohibited', 'imposed',
	'delayed', 'halted'
]);

/** Tokens back from the date a decision's verb may stand (`ont interdit l'accès aux massifs forestiers du département jusqu'à`). */
const DECISION_REACH = 12;

/** Punctuation that closes the clause the date is in: a verb before it governs something else. */
const CLAUSE_END = new Set(['.', ';', ':', '!', '?']);

export function afterUntil(T: readonly { w: string }[], a: number): boolean {
	for (let k = a - 1; k >= 0 && k >= a - 3; k--) if (UNTIL.has(T[k].w)) return true;
	return false;
}

/** A decision taken, not a state told as over, governs the span the date ends. */
function decidedBefore(T: readonly { w: string }[], a: number): boolean {
	for (let k = a - 1; k >= 0 && k >= a - DECISION_REACH; k--) {
		if (CLAUSE_END.has(T[k].w)) return false;
		if (DECIDED.has(T[k].w)) return true;
	}
	return false;
}

/**
 * The tense to read a date by: after `until`, a present or no verb looks ahead, and so does a decision told
 * in the past; anything else keeps its tense.
 */
export function untilTense(T: readonly { w: string }[], a: number, tense: Tense | null): Tense | null {
	if (!afterUntil(T, a)) return tense;
	if (tense === 'present' || tense === null) return 'future';
	if (tense === 'past' && decidedBefore(T, a)) return 'future';
	return tense;
}
