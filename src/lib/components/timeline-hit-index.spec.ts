import { describe, expect, it } from 'vitest';
import { hitIndex } from './timeline-hit-index';
import type { LanePlaced } from './timeline-lane-layout';

// Bare marks as the layout places them: the label's place just right of the mark, no width.
const bare = (id: string, x0: number, y: number, x1 = x0): LanePlaced => ({ id, x0, x1, row: 0, y, lane: 'story', labelX: Math.max(x0, x1) + 6 + 4, anchor: 'start', inside: false, level: 'none', labelWidth: 0 });
const POINT = { point: true, soft: false };
const BAND = { point: false, soft: false };

describe('hitIndex', () => {
	const placed = [bare('a', 100, 13), bare('b', 130, 13), bare('c', 100, 39), bare('d', 300, 13, 400)];
	const index = hitIndex(placed, (id) => (id === 'd' ? BAND : POINT), 1000, 26);

	it('finds the mark under the point, in its own row', () => {
		expect(index.at(100, 13)).toBe('a');
		expect(index.at(131, 20)).toBe('b');
		expect(index.at(101, 39)).toBe('c');
		expect(index.at(350, 10)).toBe('d');
	});

	it('covers the hit area a component has: 7 px left of a point, its label place to the right', () => {
		expect(index.at(93, 13)).toBe('a');
		expect(index.at(92, 13)).toBeNull();
		expect(index.at(112, 13)).toBe('a');
	});

	it('finds nothing between marks, between rows or beyond the last', () => {
		expect(index.at(118, 13)).toBeNull();
		expect(index.at(100, 26.5)).toBeNull();
		expect(index.at(900, 13)).toBeNull();
		expect(index.at(100, 80)).toBeNull();
	});

	it('gives the nearer mark where two hit areas meet', () => {
		const close = hitIndex([bare('a', 100, 13), bare('b', 118, 13)], () => POINT, 1000, 26);
		expect(close.at(110, 13)).toBe('a');
		expect(close.at(112, 13)).toBe('b');
	});
});
