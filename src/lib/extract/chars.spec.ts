import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startsLower, startsUpper } from './chars';

describe('first-letter case without a regex', () => {
	it('startsUpper and startsLower answer as /^\\p{Lu}/u and /^\\p{Ll}/u do', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 4 }), (s) => {
				expect(startsUpper(s)).toBe(/^\p{Lu}/u.test(s));
				expect(startsLower(s)).toBe(/^\p{Ll}/u.test(s));
			}),
			{ numRuns: 20000 }
		);
	});

	it('reads a surrogate pair as one code point', () => {
		expect(startsUpper('𝐀b')).toBe(true);
		expect(startsLower('𝐚B')).toBe(true);
		expect(startsUpper('\ud835')).toBe(false);
		expect(startsLower('')).toBe(false);
	});
});
