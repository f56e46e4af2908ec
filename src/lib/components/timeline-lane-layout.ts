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
	/** Rows for all lanes together (see shareRows). */
	maxRows: number;
	gap: number;
	pointRadius: number;
	ellipsisWidth: number;
	/** Ids always placed (the selection, the focus). */
	keep: ReadonlySet<string>;
}

/**
 * Splits `budget` rows between lanes that need `needs` rows each (Infinity:
 * more than the budget): a lane needing few gets them all, the rest is
 * shared evenly by the busy ones. Every lane gets at least one row.
 */
export function shareRows(needs: readonly number[], budget: number): number[] {
	const out = needs.map(() => 0);
	let left = budget;
	// `|| 0`: two lanes both needing more than the budget (Infinity − Infinity) tie.
	const order = needs.map((_, i) => i).sort((a, b) => needs[a] - needs[b] || 0);
	order.forEach((i, k) => {
		const share = Math.max(1, Math.floor(left / (order.length - k)));
		out[i] = Math.min(needs[i], share);
		left -= out[i];
	});
	return out;
}

export function layoutLanes(lanes: readonly LaneInput[], o: LaneLayoutOptions): { placed: LanePlaced[]; lanes: LaneBox[]; height: number } {
	const stack = (items: LayoutInput[], maxRows: number) => stackRows(items, { width: o.width, gap: o.gap, pointRadius: o.pointRadius, maxRows, keep: o.keep, ellipsisWidth: o.ellipsisWidth });
	// Each lane alone with the whole budget tells what it needs; a lane
	// that does not get that much is stacked again within its share.
	const alone = lanes.map((l) => stack(l.items, o.maxRows));
	const shares = shareRows(
		alone.map((r) => (r.overflow.length > 0 ? Infinity : r.rows)),
		o.maxRows
	);
	const placed: LanePlaced[] = [];
	const boxes: LaneBox[] = [];
	let top = o.top;
	lanes.forEach((lane, i) => {
		const { placed: rows, rows: count, overflow } = shares[i] >= alone[i].rows && alone[i].overflow.length === 0 ? alone[i] : stack(lane.items, shares[i]);
		const clusters = clusterOverflow(overflow);
		const first = top + o.headHeight;
		for (const p of rows) placed.push({ ...p, y: first + p.row * o.rowHeight + o.rowHeight / 2, lane: lane.key });
		// An empty lane keeps one row: the reader sees it is there, with nothing in view.
		const used = Math.max(count, 1);
		const height = o.headHeight + (used + (clusters.length > 0 ? 1 : 0)) * o.rowHeight;
		boxes.push({ key: lane.key, label: lane.label, top, height, clusters, clusterY: clusters.length > 0 ? first + used * o.rowHeight + o.rowHeight / 2 : null });
		top += height;
	});
	return { placed, lanes: boxes, height: top };
}
