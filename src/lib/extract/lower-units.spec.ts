import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerCased } from './clean';
import { ExceptionCursor, lowerUnits } from './lower-units';
import { tokenize as eventTokens } from './events/clauses';
import { tokenize as timexTokens } from './timex/tokens';
import { readWords } from './places/words';
import { splitSentences } from './sentences';

describe('lowerUnits', () => {
	it('is the whole text lower-cased when that keeps the offsets', () => {
		const norm = 'Le Président à Paris';
		expect(lowerUnits(norm, lowerCased(norm))).toEqual({ text: 'le président à paris', exceptions: [] });
	});

	it('keeps the offsets around an İ, a Σ and an astral letter, left as written', () => {
		const norm = 'À İskenderun, ΣΟΦΙΑ et 𐐀 Nord';
		const units = lowerUnits(norm, lowerCased(norm));
		expect(units.text.length).toBe(norm.length);
		expect(units.exceptions).toEqual([2, 14, 23, 24]);
		expect(units.text).toBe('à İskenderun, Σοφια et 𐐀 nord');
	});

	const unit = fc.constantFrom('a', 'B', 'é', 'É', 'İ', 'Σ', 'σ', 'ς', '𐐀', '\ud801', ' ', '-', "'", 'K', 'ẞ', 'ǅ', '1');
	const textArb = fc.array(unit, { maxLength: 30 }).map((u) => u.join(''));

	it('gives every tokenizer the tokens (and the place stage the folds) of a text without `lower`', () => {
		fc.assert(
			fc.property(textArb, fc.constantFrom<'fr' | 'en'>('fr', 'en'), (norm, lang) => {
				const units = lowerUnits(norm, lowerCased(norm));
				expect(eventTokens(norm, 0, norm.length, lang, units)).toEqual(eventTokens(norm, 0, norm.length, lang, null));
				expect(timexTokens(norm, units)).toEqual(timexTokens(norm, null));
				const doc = { text: norm, norm, lang, dct: '2023-09-12', sentences: splitSentences(norm, norm, lang) };
				const words = readWords({ ...doc, lower: null, lowerUnits: units });
				const plain = readWords({ ...doc, lower: null });
				expect(Array.from({ length: words.length }, (_, k) => words.fold(k))).toEqual(Array.from({ length: plain.length }, (_, k) => plain.fold(k)));
			})
		);
	});

	it('a cursor finds the exceptions inside a range, ranges read in order', () => {
		const cursor = new ExceptionCursor([3, 10], 2);
		expect(cursor.clear(2, 3)).toBe(true);
		expect(cursor.clear(2, 4)).toBe(false);
		expect(cursor.clear(4, 10)).toBe(true);
		expect(cursor.clear(9, 11)).toBe(false);
		expect(cursor.clear(11, 20)).toBe(true);
	});
});
