/**
 * The bare marks of a dense window (timeline-mark-layers.ts) as one SVG
 * path `d` per status: each mark a subpath of the same shape TimelineEvent
 * draws (a circle for a point, a rectangle, rounded when it fits, for a
 * band), in plot pixels. One element per status is styled by the rules
 * that style a component's mark (TimelineEvent.svelte, class `tl-bare`);
 * dashes restart at every subpath, as they start on every element. Rebuilt
 * on each frame of a zoom: a string per status instead of a component per
 * mark to create, place and destroy.
 */
import type { EventStatus } from '$lib/model';
import { bandBox } from './timeline-band';
import type { LanePlaced } from './timeline-lane-layout';

/** A point's radius, a bare band's height and its corners' radius (TimelineEvent.svelte). */
export const POINT_RADIUS = 6;
export const BAND_HEIGHT = 12;
export const BAND_CORNER = 3;

export interface BarePath {
	status: EventStatus;
	d: string;
}

/** Two decimals: a hundredth of a pixel is finer than any screen, and keeps the strings short. */
const n = (v: number) => Math.round(v * 100) / 100;

/** A circle as its element's equivalent path: from 3 o'clock, clockwise. */
function circle(cx: number, cy: number, r: number): string {
	return `M${n(cx + r)},${n(cy)}A${r},${r} 0 1 1 ${n(cx - r)},${n(cy)}A${r},${r} 0 1 1 ${n(cx + r)},${n(cy)}Z`;
}

/** A rectangle as its element's equivalent path, corners of radius `rx` (0: square). */
function rect(x: number, y: number, w: number, h: number, rx: number): string {
	const r = n(Math.min(rx, w / 2, h / 2));
	if (r <= 0) return `M${n(x)},${n(y)}h${n(w)}v${h}h${n(-w)}Z`;
	return `M${n(x + r)},${n(y)}h${n(w - 2 * r)}a${r},${r} 0 0 1 ${r},${r}v${n(h - 2 * r)}a${r},${r} 0 0 1 ${-r},${r}h${n(-(w - 2 * r))}a${r},${r} 0 0 1 ${-r},${-r}v${n(-(h - 2 * r))}a${r},${r} 0 0 1 ${r},${-r}Z`;
}

/**
 * The paths for `marks` on a plot `width` wide, one per status that has
 * marks, in the order of the status names: the same order from frame to
 * frame, so that no path element is moved. `shapeOf` tells a point from a
 * band and gives the status.
 */
export function barePaths(marks: readonly LanePlaced[], shapeOf: (id: string) => { point: boolean; status: EventStatus }, width: number): BarePath[] {
	const parts = new Map<EventStatus, string[]>();
	for (const p of marks) {
		const s = shapeOf(p.id);
		let d: string;
		if (s.point) d = circle(p.x0, p.y, POINT_RADIUS);
		else {
			const b = bandBox(p.x0, p.x1, width, false);
			d = rect(b.x, p.y - BAND_HEIGHT / 2, b.width, BAND_HEIGHT, b.rounded ? BAND_CORNER : 0);
		}
		const list = parts.get(s.status);
		if (list) list.push(d);
		else parts.set(s.status, [d]);
	}
	return [...parts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([status, list]) => ({ status, d: list.join('') }));
}
