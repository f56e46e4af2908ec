import { describe, expect, it } from 'vitest';
import { runsOf } from './paragraph-runs';

describe('runsOf', () => {
	it('cuts items into consecutive runs, the last one shorter', () => {
		expect(runsOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
	});

	it('keeps every item once, in order', () => {
		const items = Array.from({ length: 503 }, (_, i) => i);
		const runs = runsOf(items);
		expect(runs.flat()).toEqual(items);
		expect(runs.length).toBe(51);
		expect(runs.slice(0, -1).every((r) => r.length === 10)).toBe(true);
	});

	it('gives no run for no items', () => {
		expect(runsOf([], 4)).toEqual([]);
	});

	it('refuses a run size below one', () => {
		expect(() => runsOf([1], 0)).toThrow(RangeError);
	});
});
