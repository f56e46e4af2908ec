/**
 * Rows within lanes: each lane stacks its own events (stackRows: labels
 * never overlap, they shorten or wait in `+N` clusters) below a header
 * strip with its name, and lanes sit one under the other. Pure pixels.
 */
import { clusterOverflow, stackRows, type Cluster, type LayoutInput, type Placed } from './timeline-layout';

export interface LaneInput {
	key: string;
	label: string;
	/** The lane's events in the window, in pixels. */
	items: LayoutInput[];
}

export interface LaneBox {
	key: string;
	label: string;
	/** Top of the lane (of its header) and its full height, in pixels. */
	top: number;
	height: number;
	clusters: Cluster[];
	/** Middle of the `+N` row, when the lane has clusters. */
	clusterY: number | null;
	/** Nothing of the lane in the window: only its header is drawn. */
	empty: boolean;
}

export interface LanePlaced extends Placed {
	/** Middle of the event's row, in pixels from the top of the plot. */
	y: number;
	lane: string;
}

export interface LaneLayoutOptions {
	width: number;
	rowHeight: number;
	/** Height of each lane's name strip; 0 draws no header (a single lane). */
	headHeight: number;
	/** Space above the first lane. */
	top: number;
	/** Rows for all lanes together (see layoutLanes). */
	maxRows: number;
	gap: number;
	pointRadius: number;
	/** Whether an event may be drawn as its mark alone (see stackRows). */
	bareMarks: boolean;
	/** Ids always placed (the selection, the focus). */
	keep: ReadonlySet<string>;
	/** The row (within its lane) of each event drawn in the previous frame:
	 * it keeps it while it fits (see stackRows). */
	prev?: ReadonlyMap<string, number>;
	/** Per lane, at most this many events not in `prev` are placed (see stackRows). */
	maxNew?: number;
}

/**
 * Rows are shared between lanes by need, each lane stacked once (this runs
 * every frame of a zoom): lanes are stacked from the fewest events to the
 * most, each within an even share of the rows still free, so a quiet lane
 * leaves what it does not use to the busy ones. Every lane gets a row.
 */
export function layoutLanes(lanes: readonly LaneInput[], o: LaneLayoutOptions): { placed: LanePlaced[]; lanes: LaneBox[]; height: number } {
	const stacked: ReturnType<typeof stackRows>[] = [];
	let free = o.maxRows;
	const byCount = lanes.map((_, i) => i).sort((a, b) => lanes[a].items.length - lanes[b].items.length);
	byCount.forEach((i, k) => {
		const share = Math.max(1, Math.floor(free / (lanes.length - k)));
		stacked[i] = stackRows(lanes[i].items, { width: o.width, gap: o.gap, pointRadius: o.pointRadius, maxRows: share, keep: o.keep, bareMarks: o.bareMarks, prev: o.prev, maxNew: o.maxNew });
		free -= stacked[i].rows;
	});
	const placed: LanePlaced[] = [];
	const boxes: LaneBox[] = [];
	let top = o.top;
	lanes.forEach((lane, i) => {
		const { placed: rows, rows: count, overflow } = stacked[i];
		const clusters = clusterOverflow(overflow);
		const first = top + o.headHeight;
		// Property by property: a spread of each placed item was a quarter of
		// this layout on the frames of a zoom drawing hundreds of marks.
		for (const p of rows)
			placed.push({
				id: p.id,
				x0: p.x0,
				x1: p.x1,
				row: p.row,
				labelX: p.labelX,
				anchor: p.anchor,
				inside: p.inside,
				level: p.level,
				labelWidth: p.labelWidth,
				y: first + p.row * o.rowHeight + o.rowHeight / 2,
				lane: lane.key
			});
		// A lane with nothing in the window shrinks to its header, which says
		// so, leaving the room to the lanes on show; a lone lane keeps a row.
		const empty = lane.items.length === 0;
		const used = empty && o.headHeight > 0 ? 0 : Math.max(count, 1);
		const height = o.headHeight + (used + (clusters.length > 0 ? 1 : 0)) * o.rowHeight;
		boxes.push({ key: lane.key, label: lane.label, top, height, clusters, clusterY: clusters.length > 0 ? first + used * o.rowHeight + o.rowHeight / 2 : null, empty });
		top += height;
	});
	return { placed, lanes: boxes, height: top };
}
