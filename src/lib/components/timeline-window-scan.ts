/**
 * The events in the timeline's window, lane by lane, in pixels: the loop
 * over every dated event that runs on every frame of a zoom (thousands of
 * events). Shared by Timeline.svelte and the layout replay bench.
 */
import { xOrder, type LayoutInput } from './timeline-layout';

/** What the scan needs of a dated event. `input` is its item for the row
 * layout, the same object every frame with its pixels rewritten: making
 * thousands of them a frame was most of the garbage collector's work. */
export interface ScanEvent {
	start: number;
	end: number;
	point: boolean;
	lane: number;
	/** Its label's full width: a mark off screen whose label shows is in the window. */
	fullWidth: number;
	input: LayoutInput;
}

/** The linear map from time to pixels: `x = left + (t - lo) * k`, on a plot `width` wide. */
export interface ScanScale {
	lo: number;
	left: number;
	k: number;
	width: number;
}

/** The left and right of event `e`'s mark; a band is at least 6 px wide. */
export function markSpan(e: ScanEvent, s: ScanScale): { x0: number; x1: number } {
	const x0 = s.left + (e.start - s.lo) * s.k;
	return { x0, x1: e.point ? x0 : Math.max(s.left + (e.end - s.lo) * s.k, x0 + 6) };
}

/** Some of the mark or its label is on screen. */
export function inWindow(e: ScanEvent, s: ScanScale): boolean {
	const { x0, x1 } = markSpan(e, s);
	return x1 + e.fullWidth >= 0 && x0 - e.fullWidth <= s.width;
}

/**
 * The items of the events in the window (`events` in time order), by lane,
 * each lane's in xOrder, the order stackRows lays them out in: time order is
 * that but among events starting on the same pixel (zoomed out, bands whose
 * ends all fall within the least width are then ordered by id). Such a run
 * is sorted here, alone, when it is out of order, where stackRows copied and
 * sorted the lane's thousands of items every frame. (Not by insertion:
 * thousands of events on one day made that quadratic.)
 *
 * An indexed loop with the sums written out: until the JIT has compiled it
 * (the first frames of a zoom, longer on a busy machine), a for-of made an
 * iterator result per event and each helper call boxed its numbers, a
 * third of a zoom frame's garbage.
 */
export function scanWindow(events: readonly ScanEvent[], s: ScanScale, laneCount: number): LayoutInput[][] {
	const { lo, left, k, width } = s;
	const byLane: LayoutInput[][] = [];
	/** Per lane, where its run of items on the same x0 starts, and whether that run is out of xOrder. */
	const runStart: number[] = [];
	const disordered: boolean[] = [];
	for (let l = 0; l < laneCount; l++) {
		byLane.push([]);
		runStart.push(0);
		disordered.push(false);
	}
	for (let i = 0; i < events.length; i++) {
		const e = events[i];
		const x0 = left + (e.start - lo) * k;
		const end = left + (e.end - lo) * k;
		const x1 = e.point ? x0 : end > x0 + 6 ? end : x0 + 6;
		if (x1 + e.fullWidth < 0 || x0 - e.fullWidth > width) continue;
		const input = e.input;
		input.x0 = x0;
		input.x1 = x1;
		const lane = e.lane;
		const list = byLane[lane];
		const n = list.length;
		if (n > 0 && list[n - 1].x0 === x0) {
			if (!disordered[lane] && xOrder(list[n - 1], input) > 0) disordered[lane] = true;
		} else {
			if (disordered[lane]) sortRun(list, runStart[lane], n);
			runStart[lane] = n;
			disordered[lane] = false;
		}
		list.push(input);
	}
	for (let l = 0; l < laneCount; l++) if (disordered[l]) sortRun(byLane[l], runStart[l], byLane[l].length);
	return byLane;
}

/** Sorts `list` from `from` to `to` (excluded) in xOrder, in place. */
function sortRun(list: LayoutInput[], from: number, to: number): void {
	const run = list.slice(from, to).sort(xOrder);
	for (let i = 0; i < run.length; i++) list[from + i] = run[i];
}
