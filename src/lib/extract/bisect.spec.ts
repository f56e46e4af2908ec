import { describe, expect, it } from 'vitest';
import { firstNotBelow } from './bisect';

describe('firstNotBelow', () => {
	const id = (x: number) => x;
	it('finds the first item not below the value, ties included', () => {
		expect(firstNotBelow([1, 3, 3, 5], 3, id)).toBe(1);
		expect(firstNotBelow([1, 3, 3, 5], 4, id)).toBe(3);
		expect(firstNotBelow([1, 3, 3, 5], 0, id)).toBe(0);
		expect(firstNotBelow([1, 3, 3, 5], 9, id)).toBe(4);
		expect(firstNotBelow([], 1, id)).toBe(0);
	});

	it('agrees with a linear scan on sorted lists', () => {
		for (let n = 0; n < 30; n++) {
			const list = Array.from({ length: n }, (_, k) => Math.floor(k / 2) * 2);
			for (let at = -1; at <= n + 1; at++) expect(firstNotBelow(list, at, id)).toBe(list.findIndex((x) => x >= at) === -1 ? n : list.findIndex((x) => x >= at));
		}
	});
});
