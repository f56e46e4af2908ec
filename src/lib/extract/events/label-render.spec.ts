import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeForMatching } from '../clean';
import { tokenize } from './clauses';
import { dropTrailingPunctuation, render, renderedLength } from './label-render';

describe('renderedLength', () => {
	// Text with the whitespace `norm` folds (no-break spaces, a zero-width space that `text` keeps as a
	// character), quotes and dashes it folds, and runs of several spaces.
	const pieces = ['Kim', 'a', 'visité', "l'usine", ' ', '  ', '\u00a0', '\u200b', '\ufeff', '\n', ',', '«', '»', '’', '—', 'É', '7,000', '.'];
	it('is the length of the rendered label, for every prefix of kept tokens', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
				fc.constantFrom('fr' as const, 'en' as const),
				fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
				(parts, lang, kept) => {
					const text = parts.join('');
					const toks = tokenize(normalizeForMatching(text), 0, text.length, lang);
					const keep = toks.map((_, k) => k).filter((k) => kept[k % kept.length]);
					for (let n = 0; n <= keep.length; n++) expect(renderedLength(toks, keep, n, text)).toBe(render(toks, keep.slice(0, n), text).length);
				}
			)
		);
	});
});

describe('dropTrailingPunctuation', () => {
	it('is the regex it stands for, on generated strings', () => {
		const pieces = ['a', 'É', ' ', ',', ';', ':', '–', '—', '-', '\u00a0', '\u2009', '\n', '.', '»', 'x y', '\ufeff'];
		let x = 11;
		for (let n = 0; n < 3000; n++) {
			let s = '';
			const len = n % 9;
			for (let k = 0; k < len; k++) {
				x = (x * 1103515245 + 12345) % 2 ** 31;
				s += pieces[x % pieces.length];
			}
			expect(dropTrailingPunctuation(s), JSON.stringify(s)).toBe(s.replace(/[\s,;:–—-]+$/, ''));
		}
	});
});
