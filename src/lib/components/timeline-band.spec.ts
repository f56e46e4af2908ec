import { describe, expect, it } from 'vitest';
import { bandBox, clampSpan, BAND_OVERDRAW as M } from './timeline-band';

describe('bandBox', () => {
	it.each<[string, number, number, boolean, { x: number; width: number; rounded: boolean }]>([
		['inside the plot: as placed', 100, 300, false, { x: 100, width: 200, rounded: true }],
		['narrower than the minimum: widened', 100, 102, false, { x: 100, width: 6, rounded: true }],
		['a year at a day zoom: cut just beyond both edges', -250_000, 260_000, false, { x: -M, width: 1000 + 2 * M, rounded: false }],
		['running off the right: cut there only', 400, 90_000, false, { x: 400, width: 1000 + M - 400, rounded: false }],
		['running off the left: cut there only', -90_000, 500, false, { x: -M, width: 500 + M, rounded: false }],
		['entirely off to the left: nothing to draw', -5000, -3000, false, { x: -M, width: 0, rounded: false }],
		['soft and overflowing: true extent, square corners', -250_000, 260_000, true, { x: -250_000, width: 510_000, rounded: false }],
		['soft and inside: as placed, rounded', 100, 300, true, { x: 100, width: 200, rounded: true }]
	])('%s', (_, x0, x1, soft, expected) => {
		expect(bandBox(x0, x1, 1000, soft)).toEqual(expected);
	});
});

describe('clampSpan', () => {
	it('keeps a span inside the plot and cuts one beyond it', () => {
		expect(clampSpan(10, 50, 1000)).toEqual({ x: 10, width: 40 });
		expect(clampSpan(-1e6, 1e6, 1000)).toEqual({ x: -M, width: 1000 + 2 * M });
		expect(clampSpan(2000, 3000, 1000)).toEqual({ x: 2000, width: 0 });
	});
});
