/**
 * The entries a recognised name may refer to, with their prior (how likely a
 * reading is before the article says anything), ranked. A pure function of
 * the name's readings, so it is memoised by the readings array: the
 * recogniser shares one array per key and language (name-index.ts), and a
 * name's candidates are worked out once per gazetteer, not once per article
 * (the Sets and the sort were ~4% of the place stage on the sample).
 */
import type { GazEntry, Gazetteer, Posting } from './gazetteer';

export interface Candidates {
	/** Distinct entries, in postings order. */
	list: GazEntry[];
	/** Ids of entries the name is only another language's alternate of. */
	altOnly: Set<string>;
	/** `list` by altPrior, best first (made on first use). */
	sorted: GazEntry[] | null;
}

/** Score penalty of a name that is only some other language's alternate. */
export const ALT_PENALTY = 1;

export function prior(e: GazEntry): number {
	const base = e.feature === 'ISO' || e.feature === 'CUR' || e.feature === 'ADM1' ? 25 : e.feature === 'PPLC' ? 9 : e.feature === 'PPLA' ? 7 : e.feature === 'PPLA2' ? 4 : 3;
	return base + 2 * Math.log10(e.population + 1);
}

/**
 * A reading's prior, less ALT_PENALTY when the name is only its alternate. Module-level, not a closure per
 * mention: under tsx (the CLI, the bench) every named closure costs a `defineProperty` when it is created.
 */
export function altPrior(e: GazEntry, altOnly: ReadonlySet<string>): number {
	return prior(e) - (altOnly.has(e.id) ? ALT_PENALTY : 0);
}

function candidatesOf(postings: readonly Posting[], g: Gazetteer): Candidates {
	const seen = new Set<number>();
	const out: GazEntry[] = [];
	const primary = new Set<string>();
	for (const p of postings) {
		const e = g.entry(p.entry);
		if (!p.alt) primary.add(e.id);
		if (seen.has(p.entry)) continue;
		seen.add(p.entry);
		out.push(e);
	}
	const altOnly = new Set(out.filter((e) => !primary.has(e.id)).map((e) => e.id));
	return { list: out, altOnly, sorted: null };
}

const memo = new WeakMap<Gazetteer, WeakMap<readonly Posting[], Candidates>>();

/** The candidates of a name's readings (shared: callers must not change them). */
export function candidates(postings: readonly Posting[], g: Gazetteer): Candidates {
	let byPostings = memo.get(g);
	if (!byPostings) memo.set(g, (byPostings = new WeakMap()));
	let c = byPostings.get(postings);
	if (!c) byPostings.set(postings, (c = candidatesOf(postings, g)));
	return c;
}

/** The candidates best first by altPrior. */
export function sortedByPrior(c: Candidates): GazEntry[] {
	if (c.sorted === null) c.sorted = c.list.length > 1 ? [...c.list].sort((a, b) => altPrior(b, c.altOnly) - altPrior(a, c.altOnly)) : c.list;
	return c.sorted;
}
