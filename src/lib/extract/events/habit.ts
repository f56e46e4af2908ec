import type { Lang, Timex } from '$lib/model';
import type { Draft } from './assemble';
import { tenseOf } from './status';

/**
 * `Assam is flooded almost every year`, `les barbecues y sont proscrits chaque été`: a present with a
 * recurring time (a SET: `every year`, `chaque été`, `daily`) in its clause tells a habit, not a happening
 * a timeline could show. A draft dated by a date of its own (`From 1967 she spent every summer…`) or told in
 * the past or future stays.
 */
export function dropHabits(drafts: Draft[], timexes: Timex[], lang: Lang): Draft[] {
	const sets = timexes.filter((t) => t.type === 'SET');
	if (sets.length === 0 || drafts.length === 0) return drafts;
	const toks = drafts[0].toks;
	const setClauses = new Set<number>();
	for (const t of sets) for (const tok of toks) if (tok.start < t.end && t.start < tok.end) setClauses.add(tok.clause);
	return drafts.filter((d) => d.timex !== null || !setClauses.has(d.trig.clause) || !presentTense(d, lang));
}

/** Auxiliaries of a present passive or perfect: `is flooded`, `has raised`, `sont proscrits`, `a augmenté`. */
const PRESENT_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", 'has', 'have', 'est', 'sont', 'a', 'ont']);

function presentTense(d: Draft, lang: Lang): boolean {
	const tense = tenseOf(d.toks, d.trig, lang);
	if (tense.future) return false;
	return tense.present || (d.trig.aux >= 0 && PRESENT_AUX.has(d.toks[d.trig.aux].low));
}
