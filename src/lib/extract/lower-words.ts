import { isLetterOrNumber, isLowerLetter } from './chars';
import { LowerWordTable } from './lower-word-table';

/** What the event stage asks of the words an article writes in lower case. */
export interface LowerWords {
	has(word: string): boolean;
}

/**
 * Whether `word` is one of the words `text` writes in lower case: a match of
 * `/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}-]*\/gu` (what `LowerWordTable` holds).
 * The stage asks it of a handful of capitalised sentence openers per article,
 * so each is looked for where it occurs instead of collecting every word of
 * the text first (a full scan and a set of all its words, for ~5 questions).
 * The searches stop once they have read as much as that scan would: past it,
 * the set is built and asked instead, so a long text stays linear.
 *
 * Code units are code points here only without surrogates: unless the caller
 * knows there are none (`doc.lower` is only made then), the set is built at once.
 * `indexOf` reads far faster than the scan, hence a budget of several lengths.
 */
export function lowerWordsOf(text: string, noSurrogates: boolean): LowerWords {
	const answers = new Map<string, boolean>();
	let set: LowerWordTable | null = null;
	let budget = 8 * text.length;
	const collect = (): LowerWordTable => new LowerWordTable(text);
	if (!noSurrogates) set = collect();
	return {
		has(word: string): boolean {
			if (set) return set.has(word);
			let answer = answers.get(word);
			if (answer === undefined) {
				const found = findLowerWord(text, word, budget);
				if (found.read > budget) {
					set = collect();
					return set.has(word);
				}
				budget -= found.read;
				answer = found.hit;
				answers.set(word, answer);
			}
			return answer;
		}
	};
}

/** `[\p{L}\p{N}-]`, the characters a lower-case word runs on. */
function inWord(c: number): boolean {
	return c === 45 || isLetterOrNumber(c);
}

/**
 * Whether `word` occurs in `text` as a whole lower-case word, and how many
 * characters the search read (it gives up, with `read` over `budget`, when it
 * would read more). No surrogates in `text`.
 */
export function findLowerWord(text: string, word: string, budget: number): { hit: boolean; read: number } {
	const n = word.length;
	if (n === 0 || !isLowerLetter(word.charCodeAt(0))) return { hit: false, read: 0 };
	for (let k = 0; k < n; k++) if (!inWord(word.charCodeAt(k))) return { hit: false, read: 0 };
	let read = 0;
	let from = 0;
	for (;;) {
		const q = text.indexOf(word, from);
		read += (q < 0 ? text.length : q + n) - from;
		if (read > budget) return { hit: false, read };
		if (q < 0) return { hit: false, read };
		if (isMatchAt(text, q, n)) return { hit: true, read };
		from = q + 1;
	}
}

/**
 * `text[q, q+n)` is a whole match of the scan: the word's run of `[\p{L}\p{N}-]`
 * ends at q+n, and q is where the scan starts its match in that run: the first
 * lower-case letter that opens the run or follows one of its hyphens (elsewhere
 * in a run the look-behind fails, and a match runs to the run's end).
 */
function isMatchAt(text: string, q: number, n: number): boolean {
	if (q + n < text.length && inWord(text.charCodeAt(q + n))) return false;
	let r = q;
	while (r > 0 && inWord(text.charCodeAt(r - 1))) r--;
	for (let p = r; p <= q; p++) {
		if ((p === r || text.charCodeAt(p - 1) === 45) && isLowerLetter(text.charCodeAt(p))) return p === q;
	}
	return false;
}
