import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CREDIT, detectBoilerplate, endsWithCredit, type Block } from './boilerplate';

describe('credit lines', () => {
	// The pieces a credit is made of, and what sits around one: the prefilter must never turn away a text the regex matches.
	const piece = fc.constantFrom('(', ')', 'AFP', 'ap', 'Reuters/Kim Hong-Ji', 'Getty Images', 'Photo', 'Crédit photo', 'image', ':', '.', ' ', '\u00a0', '\n', '\t', 'x', 'Le président a dit', ';', '»');
	it('endsWithCredit answers as CREDIT.test does', () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
				const s = parts.join('');
				expect(endsWithCredit(s)).toBe(CREDIT.test(s));
			}),
			{ numRuns: 20000 }
		);
	});

	it('finds the usual credits', () => {
		expect(endsWithCredit('Kim Jong Un arrive à la gare (AFP)')).toBe(true);
		expect(endsWithCredit('Les secours sur place. Photo : AP ')).toBe(true);
		expect(endsWithCredit('Il a parlé (longuement).')).toBe(false);
	});
});

describe('correction notes', () => {
	/** Each line of `text` as one block and one piece: the kinds detectBoilerplate gives the lines. */
	function kinds(text: string): Array<string | null> {
		const blocks: Block[] = [];
		let at = 0;
		text.split('\n').forEach((line, paragraph) => {
			blocks.push({ start: at, end: at + line.length, paragraph });
			at += line.length + 1;
		});
		return detectBoilerplate(text, blocks, blocks);
	}

	it('marks the paper’s note on an amended article as meta, not story', () => {
		const text = [
			'Archaeologists have lifted a logboat from a peat quarry in Somerset on Monday.',
			'The boat is thought to be 3,000 years old and will go on display in 2030.',
			'This article was amended on 9 June 2026. An earlier version gave the wrong length for the boat.',
			'Cet article a été modifié le 10 juin pour corriger le nom du site.'
		].join('\n');
		expect(kinds(text)).toEqual([null, null, 'byline', 'byline']);
	});
});
