import { describe, expect, it } from 'vitest';
import { markGeometry } from './timeline-mark-geometry';
import { BAND_OVERDRAW as M } from './timeline-band';
import type { LanePlaced } from './timeline-lane-layout';

const placed = (o: Partial<LanePlaced>): LanePlaced => ({ id: 'e1', x0: 100, x1: 100, row: 0, y: 30, lane: 'story', labelX: 110, anchor: 'start', inside: false, level: 'full', labelWidth: 80, ...o });
const POINT = { point: true, soft: false };
const BAND = { point: false, soft: false };

describe('markGeometry', () => {
	it('puts a point at its group, the label and hit area relative to it', () => {
		expect(markGeometry(placed({}), POINT, 1000)).toEqual({ x: 100, y: 30, hitX: -7, hitWidth: 7 + 10 + 80 + 2, markX: 0, bandWidth: 0, rounded: false, labelX: 10 });
	});

	it('covers a label left of its mark with the hit area', () => {
		const g = markGeometry(placed({ anchor: 'end', labelX: 90 }), POINT, 1000);
		expect([g.hitX, g.hitWidth, g.labelX]).toEqual([90 - 80 - 2 - 100, 80 + 2 + 10 + 7, -10]);
	});

	it('holds the group near the plot when a mark starts far to the left', () => {
		const g = markGeometry(placed({ x0: -5000, x1: 300, labelX: 308, inside: true }), BAND, 1000);
		expect(g.x).toBe(-M);
		// The band and the hit area are cut at the plot's edge, from the held group.
		expect([g.markX, g.bandWidth, g.rounded]).toEqual([0, 300 + M, false]);
		expect([g.hitX, g.hitWidth]).toEqual([0, 300 + M]);
		expect(g.labelX).toBe(308 + M);
	});

	it('draws a band inside the plot as placed, at least its minimum width, rounded', () => {
		expect(markGeometry(placed({ x1: 300 }), BAND, 1000)).toMatchObject({ x: 100, markX: 0, bandWidth: 200, rounded: true });
		expect(markGeometry(placed({ x1: 102 }), BAND, 1000)).toMatchObject({ bandWidth: 6 });
	});

	it('keeps a soft band its true extent, its fade being in its own box', () => {
		const g = markGeometry(placed({ x0: -5000, x1: 9000, inside: true, labelX: 8 }), { point: false, soft: true }, 1000);
		expect([g.x, g.markX, g.bandWidth, g.rounded]).toEqual([-M, -5000 + M, 14000, false]);
	});
});
