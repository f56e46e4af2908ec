/**
 * Where the parts of an event's mark go, in pixels: the group's position and,
 * relative to it, the hit area, the mark (a point or a band) and the label.
 * Everything of a mark that moves when the view zooms or pans, and nothing
 * else: its shape, label text and side are the mark's structure
 * (timeline-mark-items.ts), drawn by Svelte, while these numbers are written
 * straight to the nodes every frame (timeline-mark-placer.ts).
 */
import { bandBox, clampSpan, BAND_OVERDRAW } from './timeline-band';
import type { LanePlaced } from './timeline-lane-layout';

export interface MarkGeometry {
	/** The group's translation: the mark's left, held near the plot, and its row's middle. */
	x: number;
	y: number;
	/** The hit area under mark and label, relative to `x`. */
	hitX: number;
	hitWidth: number;
	/** A point's centre or a band's left, relative to `x`. */
	markX: number;
	/** A band's width (0 for a point), and whether its corners may be rounded. */
	bandWidth: number;
	rounded: boolean;
	/** Where the label starts (its anchor), relative to `x`. */
	labelX: number;
}

/**
 * The geometry of the mark the layout placed as `p` on a plot `width` wide.
 * The group is moved, not its parts: during a zoom a point's mark, label and
 * hit area keep their attributes, and the browser neither restyles nor lays
 * out its text again (x, y, cx are style in SVG 2). Near the plot, though: a
 * year-long band zoomed to a day starts a billion pixels off, past what
 * SVG's single-precision floats place exactly. Bands and hit areas are
 * clamped to the plot (timeline-band.ts).
 */
export function markGeometry(p: LanePlaced, shape: { point: boolean; soft: boolean }, width: number): MarkGeometry {
	const x = Math.max(p.x0, -BAND_OVERDRAW);
	const band = shape.point ? null : bandBox(p.x0, p.x1, width, shape.soft);
	// Under the mark and its label (on the side the layout put it).
	const hit = p.inside
		? clampSpan(p.x0, p.x1, width)
		: p.anchor === 'start'
			? clampSpan(p.x0 - 7, p.labelX + p.labelWidth + 2, width)
			: clampSpan(p.labelX - p.labelWidth - 2, Math.max(p.x1, p.x0 + (shape.point ? 0 : 6)) + 7, width);
	return {
		x,
		y: p.y,
		hitX: hit.x - x,
		hitWidth: hit.width,
		markX: (band ? band.x : p.x0) - x,
		bandWidth: band ? band.width : 0,
		rounded: band ? band.rounded : false,
		labelX: p.labelX - x
	};
}
