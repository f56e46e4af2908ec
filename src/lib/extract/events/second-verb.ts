import type { Tok, Trig } from './clauses';

/** Conjunctions that join two verbs of one subject: `cut … and has closed …`, `a promis … et a fixé …`. */
const JOINS: ReadonlySet<string> = new Set(['and', 'but', 'et', 'mais']);

/**
 * `cut 300 jobs in January and has closed 14 stores this year`, `is expected to begin consultations on
 * Wednesday and could ask him to form a government by the end of the month`: a second finite verb of the
 * head's clause, joined by `and`, with a date of its own, tells a second happening even when its date
 * holds the head's (`this year` holds `January`). The annotated articles mark two events there. A noun or
 * an infinitive with a wider date (`l'annonce du week-end … ont signé samedi`) still goes with its head.
 */
export function secondVerbOwnDate(toks: Tok[], head: Trig, tr: Trig): boolean {
	if (!tr.strong || tr.tag === 'noun' || tr.region !== head.region || tr.i <= head.j) return false;
	const from = tr.aux >= 0 ? Math.min(tr.aux, tr.i) : tr.i;
	for (let k = head.j; k < from; k++) if (JOINS.has(toks[k].low)) return true;
	return false;
}
