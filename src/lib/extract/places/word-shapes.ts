/**
 * A prefilter for look-ups of words in a set: a word's shape (its length
 * with its first character, and its length with its last) in two bit tables.
 * A word whose shape is not there is surely not in the set; one whose shape
 * is, may be.
 *
 * Why: each token's fold is a fresh string, and its first Set or Map
 * look-up hashes it. Most words of an article are lower-case and only ever
 * asked whether they start a site head or a lower-case name (`stade`,
 * `mer du Japon`) or are one of the article's names: two comparisons on the
 * shape answer no for nearly all of them, and they are never hashed.
 */
const LENGTHS = 16;

function slot(length: number, c: number): number {
	return (Math.min(length, LENGTHS - 1) << 7) | (c & 127);
}

export class WordShapes {
	private readonly firsts = new Uint8Array(LENGTHS * 128);
	private readonly lasts = new Uint8Array(LENGTHS * 128);

	constructor(words: Iterable<string> = []) {
		for (const w of words) this.add(w);
	}

	add(w: string): void {
		if (w.length === 0) return;
		this.firsts[slot(w.length, w.charCodeAt(0))] = 1;
		this.lasts[slot(w.length, w.charCodeAt(w.length - 1))] = 1;
	}

	/** False when `w` is surely not among the words added. */
	mayHave(w: string): boolean {
		const n = w.length;
		return n > 0 && this.mayHaveCodes(n, w.charCodeAt(0), w.charCodeAt(n - 1));
	}

	/** `mayHave` of a word of `length` code units, first `first` and last `last`, without the word itself. */
	mayHaveCodes(length: number, first: number, last: number): boolean {
		return this.firsts[slot(length, first)] === 1 && this.lasts[slot(length, last)] === 1;
	}
}
