import type { Lang, Sentence } from '$lib/model';
import type { LowerUnits } from './lower-units';

/**
 * What every stage after sentence splitting reads. `norm` is `text` with
 * typography folded for matching (’ → ', non-breaking spaces → space, …) and
 * has exactly the same length, so an index found in `norm` is an index into
 * `text`: stages match on `norm` and slice `text` for what they report.
 */
export interface Doc {
	text: string;
	norm: string;
	lang: Lang;
	/** Publication date, `YYYY-MM-DD`. */
	dct: string;
	sentences: Sentence[];
	/** `norm` lower-cased when that keeps every offset (`lowerCased`), else null: tokenizers slice it. */
	lower?: string | null;
	/** `norm` lower-cased unit by unit, always with `norm`'s offsets (lower-units.ts): what the tokenizers slice. */
	lowerUnits?: LowerUnits | null;
}

/** What the tokenizers slice for a token's lower case: `lowerUnits`, else `lower` (documents built without it). */
export function tokenLower(doc: Doc): string | LowerUnits | null {
	return doc.lowerUnits ?? doc.lower ?? null;
}

/** The sentence that contains offset `at` (binary search; sentences are sorted). */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = sentences[mid];
		if (at < s.start) hi = mid - 1;
		else if (at >= s.end) lo = mid + 1;
		else return s.index;
	}
	// Between sentences (whitespace): attach to the next one, or the last.
	return sentences.length === 0 ? -1 : sentences[Math.min(lo, sentences.length - 1)].index;
}
