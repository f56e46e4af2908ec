import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CREDIT, endsWithCredit } from './boilerplate';

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
