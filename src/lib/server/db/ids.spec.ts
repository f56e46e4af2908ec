import { describe, expect, it } from 'vitest';
import { checkId, ID_PATTERN, newId } from './ids';

describe('newId', () => {
	it('gives 8 URL-safe characters that never start with - or _', () => {
		// 4,000 draws: with a free first character, about 125 would start with
		// one of the two (2 in 64), so a regression cannot pass by chance.
		const ids = Array.from({ length: 4000 }, newId);
		for (const id of ids) {
			expect(id).toMatch(ID_PATTERN);
			expect(id).toHaveLength(8);
			expect(id).toMatch(/^[A-Za-z0-9]/);
		}
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('checkId says what an id may hold', () => {
		expect(() => checkId('a b', 'an article')).toThrow(/letters, digits, - and _/);
		expect(() => checkId(newId(), 'an article')).not.toThrow();
	});
});
