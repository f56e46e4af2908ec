/**
 * Which mark drawn as a path segment (timeline-mark-layers.ts) is under the
 * pointer: the marks' hit areas (those TimelineEvent draws under its mark, from
 * timeline-mark-geometry.ts) by row, sorted by their left end, searched by
 * bisection. Built when the pointer first asks after a layout, not on every
 * frame of a zoom, during which nobody points.
 */
import type { LanePlaced } from './timeline-lane-layout';
import { markGeometry } from './timeline-mark-geometry';

interface Row {
	/** The row's middle, in plot pixels. */
	y: number;
	left: number[];
	right: number[];
	/** Where each mark itself is (a point's centre, a band's middle): the nearest wins where hit areas meet. */
	centre: number[];
	ids: string[];
}

export interface HitIndex {
	/** The id of the mark whose hit area holds the plot point (`x`, `y`), or null. */
	at(x: number, y: number): string | null;
}

/** An index over `placed` (in any order) drawn on a plot `width` wide, rows `rowHeight` tall. */
export function hitIndex(placed: readonly LanePlaced[], shapeOf: (id: string) => { point: boolean; soft: boolean }, width: number, rowHeight: number): HitIndex {
	const byY = new Map<number, { left: number; right: number; centre: number; id: string }[]>();
	for (const p of placed) {
		const g = markGeometry(p, shapeOf(p.id), width);
		const entry = { left: g.x + g.hitX, right: g.x + g.hitX + g.hitWidth, centre: (p.x0 + p.x1) / 2, id: p.id };
		const list = byY.get(p.y);
		if (list) list.push(entry);
		else byY.set(p.y, [entry]);
	}
	const rows: Row[] = [...byY].map(([y, list]) => {
		list.sort((a, b) => a.left - b.left);
		return { y, left: list.map((e) => e.left), right: list.map((e) => e.right), centre: list.map((e) => e.centre), ids: list.map((e) => e.id) };
	});
	// A hit area is a row tall less a pixel above and below (TimelineEvent's `.hit`).
	const half = rowHeight / 2 - 1;
	return {
		at(x, y) {
			const row = rows.find((r) => Math.abs(y - r.y) <= half);
			if (!row) return null;
			// The last area starting at or before x, and those before it that still reach x.
			let lo = 0;
			let hi = row.left.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (row.left[mid] <= x) lo = mid + 1;
				else hi = mid;
			}
			let best = -1;
			for (let i = lo - 1; i >= 0 && i >= lo - 3; i--)
				if (row.right[i] >= x && (best === -1 || Math.abs(row.centre[i] - x) < Math.abs(row.centre[best] - x))) best = i;
			return best === -1 ? null : row.ids[best];
		}
	};
}
