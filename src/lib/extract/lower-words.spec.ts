import { describe, expect, it } from 'vitest';
import { findLowerWord, lowerWordsOf } from './lower-words';

/** The definition `lowerWordsOf` answers for. */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}-]*/gu;

/** A small deterministic generator (no seed-dependent flakiness). */
function rng(seed: number): () => number {
	let x = seed;
	return () => {
		x = (x * 1103515245 + 12345) % 2 ** 31;
		return x / 2 ** 31;
	};
}

const PIECES = ['a', 'b', 'é', 'A', 'É', 'Z', '1', '-', ' ', "'", '.', 'ab', 'le', 'Le', 'x-y', 'ſ', 'ß', '\n'];

describe('lowerWordsOf', () => {
	it('answers as the set of the regex matches, for every word asked, on generated texts', () => {
		const next = rng(7);
		for (let n = 0; n < 300; n++) {
			let text = '';
			const len = 1 + Math.floor(next() * 40);
			for (let k = 0; k < len; k++) text += PIECES[Math.floor(next() * PIECES.length)];
			const expected = new Set(text.match(LOWER_WORD) ?? []);
			// Every substring is a question worth asking: matches, parts of matches, capitalised words.
			const asked = new Set<string>();
			for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= Math.min(text.length, i + 8); j++) asked.add(text.slice(i, j));
			const words = lowerWordsOf(text, true);
			for (const w of asked) expect(words.has(w), `${JSON.stringify(w)} in ${JSON.stringify(text)}`).toBe(expected.has(w));
		}
	});

	it('reads a word inside a hyphenated run only where the scan starts its match', () => {
		const words = lowerWordsOf('Le week-end, A-bc et ab-cd.', true);
		expect(words.has('week-end')).toBe(true);
		expect(words.has('end')).toBe(false);
		expect(words.has('bc')).toBe(true);
		expect(words.has('cd')).toBe(false);
		expect(words.has('le')).toBe(false);
	});

	it('stops searching past its budget', () => {
		const text = 'x '.repeat(50) + 'kim';
		expect(findLowerWord(text, 'kim', 20).read).toBeGreaterThan(20);
		expect(findLowerWord(text, 'kim', 1000)).toEqual({ hit: true, read: text.length });
	});

	it('builds the set when it cannot rule out surrogates', () => {
		const words = lowerWordsOf('Un 😀 été, été.', false);
		expect(words.has('été')).toBe(true);
		expect(words.has('un')).toBe(false);
	});
});
