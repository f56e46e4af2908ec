/**
 * The geometry of an event's band (and of its hit area) as drawn: clamped to
 * a little beyond the plot. Zoomed in to a day, a year-long band is half a
 * million pixels wide; the browser rasterises its outline whole, and a dashed
 * outline with rounded corners (planned and hypothetical events) then costs
 * seconds a frame. Beyond the clip no one sees the band's ends, so they are
 * not drawn.
 *
 * A soft band (timeline-soft-edges.ts) keeps its true extent: its fade is a
 * mask in the band's own box, and a clamped box would move the fade. When it
 * overflows, it loses its rounded corners instead: a square dashed outline
 * rasterises cheaply at any length.
 */

/** How far beyond the plot a band is drawn: more than its widest stroke. */
export const BAND_OVERDRAW = 8;

export interface BandBox {
	x: number;
	width: number;
	/** Whether the corners may be rounded (false: the band runs far off screen). */
	rounded: boolean;
}

/**
 * The box to draw for a band from `x0` to `x1` (pixels, `x1 ≥ x0`) on a plot
 * `plotWidth` wide, at least `minWidth` wide as the layout placed it.
 */
export function bandBox(x0: number, x1: number, plotWidth: number, soft: boolean, minWidth = 6): BandBox {
	const right = x0 + Math.max(x1 - x0, minWidth);
	const lo = -BAND_OVERDRAW;
	const hi = plotWidth + BAND_OVERDRAW;
	const overflows = x0 < lo || right > hi;
	if (!overflows) return { x: x0, width: right - x0, rounded: true };
	if (soft) return { x: x0, width: right - x0, rounded: false };
	const a = Math.max(x0, lo);
	const b = Math.min(right, hi);
	return { x: a, width: Math.max(0, b - a), rounded: false };
}

/** `[left, right]` clamped the same way: for hit areas, which have no mask. */
export function clampSpan(left: number, right: number, plotWidth: number): { x: number; width: number } {
	const a = Math.max(left, -BAND_OVERDRAW);
	const b = Math.min(right, plotWidth + BAND_OVERDRAW);
	return { x: a, width: Math.max(0, b - a) };
}
