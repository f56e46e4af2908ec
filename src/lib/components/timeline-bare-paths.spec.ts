import { describe, expect, it } from 'vitest';
import type { EventStatus } from '$lib/model';
import { barePaths } from './timeline-bare-paths';
import type { LanePlaced } from './timeline-lane-layout';

const bare = (id: string, x0: number, y: number, x1 = x0): LanePlaced => ({ id, x0, x1, row: 0, y, lane: 'story', labelX: x1 + 10, anchor: 'start', inside: false, level: 'none', labelWidth: 0 });
const shapes: Record<string, { point: boolean; status: EventStatus }> = {
	a: { point: true, status: 'occurred' },
	b: { point: false, status: 'planned' },
	c: { point: true, status: 'occurred' },
	d: { point: false, status: 'occurred' }
};
const shapeOf = (id: string) => shapes[id];

describe('barePaths', () => {
	it('groups the marks by status, one subpath each, in the order of the status names', () => {
		const paths = barePaths([bare('b', 200, 13, 260), bare('a', 100, 13), bare('c', 300, 39)], shapeOf, 1000);
		expect(paths.map((p) => p.status)).toEqual(['occurred', 'planned']);
		expect(paths[0].d.match(/M/g)).toHaveLength(2);
		expect(paths[1].d.match(/M/g)).toHaveLength(1);
	});

	it('draws a point as a circle of radius 6 from its 3 o’clock, as the <circle> element does', () => {
		const [p] = barePaths([bare('a', 100, 13)], shapeOf, 1000);
		expect(p.d).toBe('M106,13A6,6 0 1 1 94,13A6,6 0 1 1 106,13Z');
	});

	it('draws a band 12 px tall around its row, with rounded corners where it fits on the plot', () => {
		const [p] = barePaths([bare('b', 200, 13, 260)], shapeOf, 1000);
		expect(p.d).toBe('M203,7h54a3,3 0 0 1 3,3v6a3,3 0 0 1 -3,3h-54a3,3 0 0 1 -3,-3v-6a3,3 0 0 1 3,-3Z');
	});

	it('clamps a band running off the plot to a little beyond it, with square corners', () => {
		const [p] = barePaths([bare('d', -5000, 13, 5000)], shapeOf, 1000);
		expect(p.d).toBe('M-8,7h1016v12h-1016Z');
	});

	it('keeps a short band at least 6 px wide, and rounds coordinates to a hundredth of a pixel', () => {
		const [p] = barePaths([bare('d', 10.123456, 13, 10.2)], shapeOf, 1000);
		expect(p.d.startsWith('M13.12,7h0a3,3')).toBe(true);
	});

	it('draws nothing for no marks', () => {
		expect(barePaths([], shapeOf, 1000)).toEqual([]);
	});
});
