import type { Draft } from './assemble';
import type { Tok } from './clauses';

/**
 * `A storm pinned the party in their tents for eleven days; when it cleared, they found that …`, `Monsoon
 * rains have pounded the region since June 24, and the weather office warned …`: a clause of its own with no
 * listed verb still tells a happening, read from its verb's form (generic-verbs.ts) as a whole sentence with no
 * listed word is. The clauses are those the listed pass marked (`clauseOf`, token by token): a clause holding a
 * listed verb form (`listedVerb`) is told by the lexicon, whatever it made of it (a negated state, a habit).
 */

/** The main-line clauses of the listed pass with no listed verb form; empty when every clause has one. */
export function clausesWithoutListedVerb(toks: Tok[], listedVerb: (k: number) => boolean): Set<number> {
	const all = new Set<number>();
	const told = new Set<number>();
	for (let k = 0; k < toks.length; k++) {
		const t = toks[k];
		if (!t.word || t.quote) continue;
		if (t.region === 'main') all.add(t.clause);
		if (listedVerb(k)) told.add(t.clause);
	}
	for (const c of told) all.delete(c);
	return all;
}

/** The guessed-verb drafts (`generic`) whose verb heads one of `open` (clauses by the listed pass's marks, `clauseOf`). */
export function draftsInOpenClauses(generic: Draft[], open: ReadonlySet<number>, clauseOf: readonly number[]): Draft[] {
	return generic.filter((g) => g.trig.strong && g.trig.region === 'main' && !g.toks[g.trig.i].sub && open.has(clauseOf[g.trig.i]));
}
