import { describe, expect, it } from 'vitest';
import { prng } from './prng';

describe('prng', () => {
	it('gives the same sequence for the same seed and another for another seed', () => {
		const a = prng(7);
		const b = prng(7);
		const c = prng(8);
		const first = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(first);
		expect(Array.from({ length: 5 }, c)).not.toEqual(first);
	});

	it('stays in [0, 1) and spreads over it', () => {
		const next = prng(42);
		const xs = Array.from({ length: 10_000 }, next);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
	});
});
