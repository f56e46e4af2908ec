import type { Draft } from './assemble';

/**
 * The same happening told in two neighbouring sentences (`la Corée du Nord
 * avait tiré deux missiles` … `Les engins ont été lancés entre 11 h 43 et
 * 11 h 53 depuis Sunan`) becomes one event citing both, with the more precise
 * date and place. Conservative on purpose: the scorer counts a duplicate as a
 * false alarm, but it also counts a wrong merge as two misses.
 */
export interface Merged {
	draft: Draft;
	sentences: number[];
}

/** A draft folded into another (one happening told by two clauses) gives it its place when the kept one has none. */
export function takePlaceOf(keep: Draft, folded: Draft): void {
	if (keep.place || !folded.place) return;
	keep.place = folded.place;
	keep.placeList = folded.placeList;
	keep.seated = folded.seated;
}

const MERGEABLE = new Set(['attack', 'disaster', 'movement']);

function finer(a: Draft, b: Draft): boolean {
	// b's own date refines a's, which the first sentence did not state.
	if (!b.when || b.when.inherited) return false;
	return !a.when || a.when.inherited;
}

export function mergeRepeats(drafts: Draft[]): Merged[] {
	const out: Merged[] = [];
	for (const d of drafts) {
		const prev = out[out.length - 1];
		if (
			prev &&
			prev.draft.sentence !== d.sentence &&
			d.sentence - prev.sentences[prev.sentences.length - 1] === 1 &&
			MERGEABLE.has(d.kind) &&
			d.kind === prev.draft.kind &&
			d.trig.entry.lemma !== prev.draft.trig.entry.lemma &&
			!d.secondary &&
			!prev.draft.secondary &&
			finer(prev.draft, d) &&
			// The second sentence opens on the thing already told (`Les engins`, `The missiles`).
			/^(les|le|la|ces|ce|cette|the|these|this|those)$/.test(d.toks[0]?.low ?? '')
		) {
			const p = prev.draft;
			p.when = d.when;
			if (d.where && !d.where.inherited) p.where = d.where;
			prev.sentences.push(d.sentence);
			continue;
		}
		out.push({ draft: d, sentences: [d.sentence] });
	}
	return out;
}
