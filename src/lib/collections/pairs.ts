/**
 * Which pairs of candidates are worth asking `matchEvents` about. Comparing
 * every pair of a kind is quadratic: a collection of 1,000 events holds
 * about 500,000 pairs, nearly all on different days. Only pairs of one kind
 * whose dates can agree (same value, same day, or overlapping spans; see
 * `dateRelation`) can match, so a sweep over the calendar visits just those.
 */
import { UNDATED, type Candidate } from './match';

/**
 * A span that contains every date this event can agree with: from the start
 * of its first day to past the end of that day or of its interval, whichever
 * is later. Wall-clock strings of one format compare as times, and `~` sorts
 * after every digit and `T`, so `2023-09-10~` is past every time of that day.
 */
interface Reach {
	index: number;
	kind: string;
	from: string;
	to: string;
}

function reachOf(c: Candidate, index: number): Reach | null {
	const when = c.event.when;
	if (!when?.interval || UNDATED.has(when.granularity) || !c.place) return null;
	const day = when.interval.start.slice(0, 10);
	const endOfDay = `${day}~`;
	return { index, kind: c.event.kind, from: day, to: when.interval.end > endOfDay ? when.interval.end : endOfDay };
}

/**
 * Every pair `[i, j]` (i < j) of one kind whose reaches overlap, a superset
 * of the pairs `matchEvents` can accept. Linear in the candidates plus the
 * pairs returned.
 */
export function candidatePairs(candidates: readonly Candidate[]): Array<[number, number]> {
	const reaches = candidates.map(reachOf).filter((r): r is Reach => r !== null);
	reaches.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.index - b.index));
	const pairs: Array<[number, number]> = [];
	// Per kind, the reaches still open at the current point of the sweep.
	const open = new Map<string, Reach[]>();
	for (const r of reaches) {
		const still = (open.get(r.kind) ?? []).filter((o) => o.to > r.from);
		for (const o of still) pairs.push(o.index < r.index ? [o.index, r.index] : [r.index, o.index]);
		still.push(r);
		open.set(r.kind, still);
	}
	return pairs;
}
