import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './clean';

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

	it('keeps the length so offsets stay valid', () => {
		const text = 'l’AFP\u00a0: «\u202fdimanche\u202f» — ‘Moscou’ …\u200b';
		expect(normalizeForMatching(text)).toHaveLength(text.length);
	});
});
