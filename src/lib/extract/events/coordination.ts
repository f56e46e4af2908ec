import type { Draft } from './assemble';
import { takePlaceOf } from './merge';

const AND: ReadonlySet<string> = new Set(['and', 'et']);

/**
 * `a fishing boat caught fire and sank`, `le bateau a chaviré et a coulé`: a second verb sharing the first
 * one's subject (none of its own between `and` and the verb) and its date (none of its own either) goes on
 * telling the same happening; the annotated articles mark one event there. Kept apart: a verb with a subject
 * of its own (`and the president said`), a date of its own (`called off on Friday and postponed on
 * Saturday`), or a sequence (`then`, `puis`). `drafts` are one sentence's, in text order.
 */
export function foldElidedSubject(drafts: Draft[]): Draft[] {
	if (drafts.length < 2) return drafts;
	const out: Draft[] = [drafts[0]];
	for (let k = 1; k < drafts.length; k++) {
		const d = drafts[k];
		const prev = out[out.length - 1];
		const at = d.trig.aux >= 0 ? Math.min(d.trig.aux, d.trig.i) : d.trig.i;
		const sameHappening =
			at > 0 &&
			AND.has(d.toks[at - 1].low) &&
			prev.trig.i < at &&
			(d.timex === null || prev.timex === d.timex) &&
			prev.status === d.status &&
			d.toks[d.trig.i].quote === prev.toks[prev.trig.i].quote;
		if (!sameHappening) {
			out.push(d);
			continue;
		}
		takePlaceOf(prev, d);
	}
	return out;
}
