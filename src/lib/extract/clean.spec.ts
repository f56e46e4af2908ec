import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerCased, normalizeForMatching } from './clean';

describe('normalizeForMatching', () => {
	it.each([
		['l’année dernière', "l'année dernière"],
		['18\u00a0h\u202f38', '18 h 38'],
		['«\u00a0mendier\u00a0»', '« mendier »'],
		['Poutine… au milieu', 'Poutine. au milieu'],
		['Leif–Eric', 'Leif-Eric'],
		['plain text', 'plain text']
	])('%j → %j', (input, expected) => {
		expect(normalizeForMatching(input)).toBe(expected);
	});

	it('replaces exactly the characters of its table, as a regex of them would', () => {
		const folded = "\u2019\u2018\u02BC\u00B4\u0060\u00A0\u202F\u2007\u2009\u200A\u2002\u2003\t\u2010\u2011\u2012\u2013\u2014\u2212\u201C\u201D\u201E\u2026\uFEFF\u200B";
		const to = "'''''        ------\"\"\".  ";
		const chars = [...folded, 'a', 'É', ' ', '\n', "'", '-', '"', '.', '\u00a1', '\u2015', '\ud83d\ude00', '\u009f'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (parts) => {
				const text = parts.join('');
				const expected = text.replace(new RegExp(`[${folded}]`, 'g'), (c) => to[folded.indexOf(c)]);
				expect(normalizeForMatching(text)).toBe(expected);
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps the length so offsets stay valid', () => {
		const text = 'l’AFP\u00a0: «\u202fdimanche\u202f» — ‘Moscou’ …\u200b';
		expect(normalizeForMatching(text)).toHaveLength(text.length);
	});
});

describe('lowerCased', () => {
	it('lower-cases the whole text when slices stay exact', () => {
		expect(lowerCased('Le Président À Séoul')).toBe('le président à séoul');
	});

	it.each([
		['İstanbul', 'a character that lower-cases to two'],
		['ΟΔΟΣ ΑΘΗΝΑ', 'Greek final sigma, whose case depends on what follows'],
		['a\ud801\udc00b', 'a surrogate pair a token could cut']
	])('declines %j (%s)', (text) => {
		expect(lowerCased(text)).toBeNull();
	});

	it('gives, for any slice, what lower-casing the slice gives', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(40), fc.nat(40), (text, a, b) => {
				const lower = lowerCased(text);
				if (lower === null) return;
				const [from, to] = a <= b ? [a, b] : [b, a];
				expect(lower.slice(from, to)).toBe(text.slice(from, to).toLowerCase());
			}),
			{ numRuns: 5000 }
		);
	});
});
