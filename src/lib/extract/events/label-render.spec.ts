import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeForMatching } from '../clean';
import { tokenize, type Tok } from './clauses';
import { dropTrailingPunctuation, render, renderedLength } from './label-render';

/** What `render` stands for: each run of contiguous tokens as written, runs joined by a space, whitespace squeezed. */
function renderByRegex(toks: Tok[], keep: number[], text: string): string {
	const runs: string[] = [];
	let from = -1;
	keep.forEach((k, i) => {
		if (i === 0 || k !== keep[i - 1] + 1) from = k;
		if (i === keep.length - 1 || keep[i + 1] !== k + 1) runs.push(text.slice(toks[from].start, toks[k].end));
	});
	return runs.join(' ').replace(/\s+/g, ' ').trim();
}

describe('render and renderedLength', () => {
	// Text with the whitespace `norm` folds (no-break spaces, a zero-width space that `text` keeps as a
	// character), quotes and dashes it folds, and runs of several spaces.
	const pieces = ['Kim', 'a', 'visité', "l'usine", ' ', '  ', '\u00a0', '\u200b', '\ufeff', '\n', ',', '«', '»', '’', '—', 'É', '7,000', '.'];
	it('is the length of the rendered label (the runs joined and squeezed), for every prefix of kept tokens', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
				fc.constantFrom('fr' as const, 'en' as const),
				fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
				(parts, lang, kept) => {
					const text = parts.join('');
					const toks = tokenize(normalizeForMatching(text), 0, text.length, lang);
					const keep = toks.map((_, k) => k).filter((k) => kept[k % kept.length]);
					for (let n = 0; n <= keep.length; n++) {
						const rendered = render(toks, keep.slice(0, n), text);
						expect(rendered).toBe(renderByRegex(toks, keep.slice(0, n), text));
						expect(renderedLength(toks, keep, n, text)).toBe(rendered.length);
					}
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
