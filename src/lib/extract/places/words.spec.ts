import { describe, expect, it } from 'vitest';
import { lowerCased, normalizeForMatching } from '../clean';
import { splitSentences } from '../sentences';
import type { Doc } from '../document';
import { foldWord } from './normalize';
import { readWords } from './words';
import { WordShapes } from './word-shapes';

function docOf(text: string, withLower = true): Doc {
	const norm = normalizeForMatching(text);
	return { text, norm, lower: withLower ? lowerCased(norm) : null, lang: 'fr', dct: '2024-01-01', sentences: splitSentences(text, norm, 'fr') };
}

const TEXT = "Le président a visité St. Louis puis l'Île-de-France.\nÀ Paris, les ÉTATS-UNIS et Kim Jong Un 2024 ; « Corée du Nord ».";

describe('readWords', () => {
	for (const withLower of [true, false]) {
		const doc = docOf(TEXT, withLower);
		const words = readWords(doc);
		const runs = [...doc.norm.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];

		it(`has the runs of letters, marks and numbers, each folded as foldWord does (lower ${withLower ? 'given' : 'absent'})`, () => {
			expect(words.length).toBe(runs.length);
			runs.forEach((m, k) => {
				expect([words.start[k], words.end[k]]).toEqual([m.index, m.index + m[0].length]);
				expect(words.fold(k)).toBe(foldWord(m[0]));
				expect(words.cap(k)).toBe(/^\p{Lu}/u.test(m[0]));
				expect(words.upper(k)).toBe(/^\p{Lu}/u.test(m[0]) && m[0].length >= 2 && !/\p{Ll}/u.test(m[0]));
				expect(words.digit(k)).toBe(/\d/.test(m[0]));
			});
			expect(words.foldAt(-1)).toBeUndefined();
			expect(words.foldAt(words.length)).toBeUndefined();
		});

		it('says how each word joins the next', () => {
			const at = (w: string) => runs.findIndex((m) => m[0] === w);
			expect(words.joinNext(at('St'))).toBe(' ');
			expect(words.joinNext(at('l'))).toBe("'");
			expect(words.joinNext(at('Île'))).toBe(' ');
			expect(words.joinNext(at('Paris'))).toBeNull();
			expect(words.spaceNext(at('Kim'))).toBe(true);
			expect(words.spaceNext(at('Île'))).toBe(false);
			expect(words.initial(0)).toBe(true);
			expect(words.initial(at('À'))).toBe(true);
			expect(words.initial(at('Corée'))).toBe(true);
			expect(words.initial(at('Paris'))).toBe(false);
		});

		it('answers mayBeIn as the shapes answer of the fold, made or not', () => {
			const shapes = new WordShapes(['paris', 'etats', 'coree', 'ile', 'st']);
			for (let k = 0; k < words.length; k++) expect(words.mayBeIn(shapes, k)).toBe(shapes.mayHave(foldWord(runs[k][0])));
			const fresh = readWords(doc);
			for (let k = 0; k < fresh.length; k++) fresh.fold(k);
			for (let k = 0; k < fresh.length; k++) expect(fresh.mayBeIn(shapes, k)).toBe(shapes.mayHave(fresh.fold(k)));
		});
	}

	it('reads no words from an empty text', () => {
		expect(readWords(docOf('')).length).toBe(0);
	});
});
