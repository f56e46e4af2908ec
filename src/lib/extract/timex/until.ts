/**
 * A day after `until`/`jusqu'à` ends a span, after `à partir de`/`starting` opens one. Which side of the publication date it lies on depends on what
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

/** `à partir de mercredi` (`à` `partir` `de`), `à partir du 17 février`, `starting Monday`, `starting on Monday`. */
function afterFrom(T: readonly { w: string }[], a: number): boolean {
	for (let k = a - 1; k >= 1 && k >= a - 4; k--) if (T[k].w === 'partir' && T[k - 1].w === 'à') return true;
	const b = a > 0 && T[a - 1].w === 'on' ? a - 2 : a - 1;
	return b >= 0 && (T[b].w === 'starting' || T[b].w === 'beginning');
}

/**
 * The tense to read a date by: after `until`, a present or no verb looks ahead, and so does a decision told
 * in the past; anything else keeps its tense. After `à partir de`, `starting`, the date opens a span that is
 * almost always announced ahead of time (`ont confirmé lundi leur appel à une grève à partir de mercredi soir`):
 * a present or no verb looks ahead, and a past verb, which mostly tells the announcement, no longer pulls the
 * date behind: the nearest such day is taken.
 */
export function untilTense(T: readonly { w: string }[], a: number, tense: Tense | null): Tense | null {
	if (afterFrom(T, a)) return tense === 'present' || tense === null ? 'future' : tense === 'past' ? null : tense;
	if (!afterUntil(T, a)) return tense;
	if (tense === 'present' || tense === null) return 'future';
	if (tense === 'past' && decidedBefore(T, a)) return 'future';
	return tense;
}
