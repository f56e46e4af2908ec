/**
 * The arithmetic of the timeline, apart from the component: reading the
 * fact file's wall-clock intervals, deciding what is a point and what a band,
 * stacking labels in rows so they never overlap, and finding the part of the
 * calendar where the story happens. d3 supplies scales; nothing here touches
 * the DOM.
 */
import type { FactEvent, Granularity, TimexMod } from '$lib/model';
import { softExtent, type SoftSide } from './timeline-soft-edges';

/**
 * Reads `YYYY-MM-DDTHH:MM` (or a shorter prefix) as a UTC instant. The
 * fact file's times are the article's local wall clock without a zone;
 * treating them as UTC and formatting in UTC shows them exactly as written,
 * whatever the reader's own zone.
 */
export function parseWallClock(s: string): number | null {
	const m = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/.exec(s.trim());
	if (!m) return null;
	const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00'] = m;
	const date = new Date(0);
	// setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
	date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
	date.setUTCHours(Number(h), Number(mi), Number(se), 0);
	const t = date.getTime();
	return Number.isFinite(t) ? t : null;
}

/** Granularities fine enough to draw as a point rather than a band. */
const POINT_GRANULARITIES: ReadonlySet<Granularity> = new Set(['minute', 'hour']);

export interface DatedEvent {
	event: FactEvent;
	start: number;
	end: number;
	/** Drawn as a point (a precise time) rather than a band (a span). */
	point: boolean;
	/** The band's open side(s), faded: `début de 2022` (see timeline-soft-edges). */
	soft: SoftSide | null;
}

/**
 * Splits events into those the timeline can place and those it lists apart.
 * `modOf` gives a date's TIMEX3 modifier: a band then covers the part of
 * its period the modifier names, with a soft edge.
 */
export function datedEvents(events: readonly FactEvent[], modOf?: (e: FactEvent) => TimexMod | null): { dated: DatedEvent[]; undated: FactEvent[] } {
	const dated: DatedEvent[] = [];
	const undated: FactEvent[] = [];
	for (const event of events) {
		const iv = event.when?.interval;
		const start = iv ? parseWallClock(iv.start) : null;
		const end = iv ? parseWallClock(iv.end) : null;
		if (event.when && start !== null && end !== null && end >= start) {
			const point = POINT_GRANULARITIES.has(event.when.granularity) || end === start;
			const part = point || !modOf ? { start, end, soft: null } : softExtent(start, end, modOf(event));
			dated.push({ event, ...part, point });
		} else {
			undated.push(event);
		}
	}
	dated.sort((a, b) => a.start - b.start || a.end - b.end || a.event.id.localeCompare(b.event.id));
	return { dated, undated };
}

export interface Extent {
	start: number;
	end: number;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The extent of all dated events, padded so nothing sits on the edge. */
export function fullExtent(dated: readonly DatedEvent[], pad = 0.04): Extent | null {
	if (dated.length === 0) return null;
	let start = Infinity;
	let end = -Infinity;
	for (const d of dated) {
		start = Math.min(start, d.start);
		end = Math.max(end, d.end);
	}
	return padExtent({ start, end }, pad);
}

/** Widens an extent by `pad` of its width on each side, and to at least a day. */
export function padExtent({ start, end }: Extent, pad: number, minWidth = DAY): Extent {
	let width = end - start;
	if (width < minWidth) {
		const mid = (start + end) / 2;
		start = mid - minWidth / 2;
		end = mid + minWidth / 2;
		width = minWidth;
	}
	return { start: start - width * pad, end: end + width * pad };
}

/**
 * The main story: the time window of at most `maxWidth` holding the most
 * events. News articles tell a few days in detail and decades in passing; a
 * view fitted to everything squeezes the days into a pixel. Events longer
 * than the window (a year, a month) are background and do not count. Ties go
 * to the latest window, which is the news. Returns null when no window holds
 * at least two events.
 */
export function mainStory(dated: readonly DatedEvent[], maxWidth = 14 * DAY): Extent | null {
	const short = dated.filter((d) => d.end - d.start <= maxWidth).sort((a, b) => a.start - b.start);
	let best: { count: number; from: number; to: number } | null = null;
	for (let i = 0; i < short.length; i++) {
		let j = i;
		let end = short[i].end;
		// Grow the window while it stays within maxWidth from this start.
		while (j + 1 < short.length && Math.max(end, short[j + 1].end) - short[i].start <= maxWidth) {
			j++;
			end = Math.max(end, short[j].end);
		}
		const count = j - i + 1;
		if (!best || count >= best.count) best = { count, from: i, to: j };
	}
	if (!best || best.count < 2) return null;
	let start = Infinity;
	let end = -Infinity;
	for (let k = best.from; k <= best.to; k++) {
		start = Math.min(start, short[k].start);
		end = Math.max(end, short[k].end);
	}
	return padExtent({ start, end }, 0.08, 12 * HOUR);
}

/**
 * How much of its label an item shows, from most to least: the label, a
 * short label (its first words), none (the mark alone: its name shows when
 * the pointer or the focus rests on it, and is its accessible name). Past
 * that it waits in a `+N` cluster. No bare `…` nor first word: a label is
 * its subject and verb, so a first word is mostly `Le` or `The`, and neither
 * tells the reader more than the mark does.
 */
export type LabelLevel = 'full' | 'short' | 'none';

export interface Placed {
	id: string;
	/** Left and right of the mark in pixels (equal for a point). */
	x0: number;
	x1: number;
	row: number;
	/** Where the label starts and which side of the mark it is on. */
	labelX: number;
	anchor: 'start' | 'end';
	/** The label is written inside a band wide enough to hold it. */
	inside: boolean;
	/** Which form of the label is drawn, and its width in pixels. */
	level: LabelLevel;
	labelWidth: number;
}

export interface LayoutInput {
	id: string;
	x0: number;
	x1: number;
	/** Label width in pixels (estimated). */
	labelWidth: number;
	/** Width of the short label; omitted when there is none shorter. */
	shortWidth?: number;
}

export interface LayoutOptions {
	width: number;
	/** Gap between a mark and its label, and between neighbours in a row. */
	gap?: number;
	/** Radius of a point mark. */
	pointRadius?: number;
	/** At most this many rows; what does not fit goes to `overflow`, to be
	 * shown as `+N` clusters. Unlimited by default. */
	maxRows?: number;
	/** Ids always placed, even past `maxRows` (the selection, the focus). */
	keep?: ReadonlySet<string>;
	/** Whether an item may be drawn as its mark alone (level `none`). */
	bareMarks?: boolean;
	/** The row of each item drawn in the previous frame (during a zoom or a
	 * pan): they keep it while they still fit. */
	prev?: ReadonlyMap<string, number>;
	/** With `prev`: at most this many items not drawn there are placed, the
	 * others go to `overflow` (kept items aside). During a gesture, so that a
	 * frame makes few new marks; the next frames place the rest. */
	maxNew?: number;
}

export interface Cluster {
	/** Left and right of the events it stands for, in pixels. */
	x0: number;
	x1: number;
	ids: string[];
}

/** Font size of the `+N` text, and the padding of its pill on each side. */
export const CLUSTER_FONT = 11;
export const CLUSTER_PAD = 6;

/** The width of the text `+n`, as estimateTextWidth measures it. */
function countWidth(n: number): number {
	let digits = 1;
	for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
	return widthOfChars(1 + digits, CLUSTER_FONT);
}

/** The pixels a `+N` pill covers: from `x0 - pad` to `x1 + pad + text`. */
export function clusterBox(c: Cluster): { left: number; right: number } {
	return { left: c.x0 - CLUSTER_PAD, right: c.x1 + CLUSTER_PAD + countWidth(c.ids.length) };
}

/**
 * Groups the items that found no row into `+N` clusters: items whose marks
 * are within `reach` pixels of each other share one, and so does an item
 * that would put its pill over the previous one. Pills never overlap.
 */
export function clusterOverflow(items: readonly LayoutInput[], reach = 36): Cluster[] {
	// stackRows hands its overflow over in x order: zoomed out, thousands of
	// items a frame, which a copy and a sort only went through again.
	const byLeft = (a: LayoutInput, b: LayoutInput) => Math.min(a.x0, a.x1) - Math.min(b.x0, b.x1);
	const sorted = inOrder(items, byLeft) ? items : [...items].sort(byLeft);
	const out: Cluster[] = [];
	// Indexed, not for-of: until the JIT compiles this loop, a for-of made an
	// iterator result per item, thousands a frame of garbage.
	for (let i = 0; i < sorted.length; i++) {
		const it = sorted[i];
		const lo = Math.min(it.x0, it.x1);
		const hi = Math.max(it.x0, it.x1);
		const last = out[out.length - 1];
		// With this item, the last pill would say one more: measure that one
		// (by its digits: no string for each of thousands of items a frame),
		// when the item is not within reach anyway.
		if (last && (lo - last.x1 <= reach || lo - CLUSTER_PAD < last.x1 + CLUSTER_PAD + countWidth(last.ids.length + 1) + 2)) {
			last.x1 = Math.max(last.x1, hi);
			last.ids.push(it.id);
		} else {
			out.push({ x0: lo, x1: hi, ids: [it.id] });
		}
	}
	return out;
}

/** The order stackRows lays items out in: left to right, the shorter first, then by id (the same layout whatever order they come in). */
export function xOrder(a: LayoutInput, b: LayoutInput): number {
	return a.x0 - b.x0 || a.x1 - b.x1 || a.id.localeCompare(b.id);
}

/** Whether `items` is already in the order `compare` sorts to (a stable sort would leave it as it is). */
export function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
	for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return false;
	return true;
}

/** One row of the stack: the spans of the items kept from the previous
 * frame (flat `left, right` pairs in x order), and the right end of the
 * items placed after them, left to right. */
export interface Row {
	held: number[];
	end: number;
	/** The first held span not yet behind the items placed after them. */
	cursor: number;
}

const newRow = (end: number): Row => ({ held: [], end, cursor: 0 });

/**
 * Whether `[left, right]` comes within `gap` of a span the row holds. Items
 * come in x order, so the cursor only moves forward, except for a label
 * drawn left of its mark, which may start further back: then look again
 * from the start.
 */
function hitsHeld(row: Row, left: number, right: number, gap: number): boolean {
	const h = row.held;
	let k = row.cursor;
	if (k > 0 && h[2 * k - 1] + gap > left) k = 0;
	while (2 * k < h.length && h[2 * k + 1] + gap <= left) k++;
	row.cursor = k;
	return 2 * k < h.length && h[2 * k] < right + gap;
}

/**
 * Where the row stops refusing a mark alone that starts at `left`, for the
 * marks that come after it in x order (they start at `left` or further):
 * -Infinity when the row takes this one, else a bound below which any of
 * them is refused whatever its width, at least `left`. Lets a full stack
 * send the thousands of marks of a zoomed-out window to the overflow
 * without trying every row for each (see stackRows).
 */
export function refusesUntil(row: Row, left: number, right: number, gap: number): number {
	if (row.end + gap > left) return row.end + gap;
	if (!hitsHeld(row, left, right, gap)) return -Infinity;
	// The held span hit: if it starts within reach of `left`, every mark starting before its end + gap hits it too.
	const k = row.cursor;
	return row.held[2 * k] - gap <= left ? row.held[2 * k + 1] + gap : left;
}

/** One way to draw an item: the label level, where it goes, and the pixels it takes. */
interface Candidate {
	level: LabelLevel;
	w: number;
	labelX: number;
	anchor: 'start' | 'end';
	inside: boolean;
	left: number;
	right: number;
}

/**
 * Stacks marks and their labels in rows so that nothing overlaps, first
 * fit, in x order so that rows read left to right. Each item is tried with
 * its full label (in a free row, else a new one while under `maxRows`), then
 * its short label, then its mark alone; what fits nowhere goes to
 * `overflow`. A label goes right of its mark, or left when that would run
 * past the right edge; a band wide enough carries its label inside.
 *
 * With `prev` (the rows of the previous frame), the items drawn there keep
 * their row while they still fit in it, and the others fill the room left:
 * laid out afresh each frame, a zoom would hand the rows to different
 * events at every step, re-creating most marks and making labels jump.
 */
export function stackRows(
	items: readonly LayoutInput[],
	{ width, gap = 6, pointRadius = 5, maxRows = Infinity, keep, bareMarks = false, prev, maxNew = Infinity }: LayoutOptions
): { placed: Placed[]; rows: number; overflow: LayoutInput[] } {
	// The timeline hands its window over in this order: no copy nor sort then.
	const order = inOrder(items, xOrder) ? items : [...items].sort(xOrder);
	const rows: Row[] = [];
	const placed: Placed[] = [];
	const overflow: LayoutInput[] = [];
	const fits = (row: Row, left: number, right: number) => row.end + gap <= left && !hitsHeld(row, left, right, gap);
	/** The row for an item spanning [left, right], or -1; opens a row while allowed. */
	const rowFor = (left: number, right: number, force: boolean): number => {
		for (let r = 0; r < rows.length; r++)
			if (fits(rows[r], left, right)) {
				rows[r].end = right;
				return r;
			}
		if (rows.length < maxRows || force) return rows.push(newRow(right)) - 1;
		return -1;
	};
	const markLeftOf = (it: LayoutInput) => Math.min(it.x0, it.x1) - pointRadius;
	/** The ways to draw order[i], from the longest label to the shortest. */
	const candidates = (i: number): Candidate[] => {
		const it = order[i];
		const markLeft = markLeftOf(it);
		const markRight = Math.max(it.x0, it.x1) + pointRadius;
		const visibleLeft = Math.max(Math.min(it.x0, it.x1), 0);
		const visibleRight = Math.min(Math.max(it.x0, it.x1), width);
		// A band wider than its label (a week seen day by day, a month that
		// runs off screen) carries the label inside, from its visible start.
		if (visibleRight - visibleLeft >= it.labelWidth + 2 * gap)
			return [{ level: 'full', w: it.labelWidth, labelX: visibleLeft + gap, anchor: 'start', inside: true, left: markLeft, right: markRight }];
		let levels: [LabelLevel, number][] = [['full', it.labelWidth]];
		if (it.shortWidth !== undefined && it.shortWidth < it.labelWidth) levels.push(['short', it.shortWidth]);
		if (bareMarks) levels.push(['none', 0]);
		// First fit alone would give the first items long labels and send the
		// rest to clusters. Where marks are dense, the item `maxRows` places
		// further will want this row back: start with the longest label that
		// ends before its mark.
		const ahead = Number.isFinite(maxRows) && !keep?.has(it.id) ? order[i + maxRows] : undefined;
		if (ahead) {
			const budget = markLeftOf(ahead) - gap - (markRight + gap / 2);
			const fit = levels.findIndex(([, w]) => w <= budget);
			levels = levels.slice(fit === -1 ? levels.length - 1 : fit);
		}
		return levels.map(([level, w]) => {
			const labelX = markRight + gap / 2;
			if (level === 'none') return { level, w, labelX, anchor: 'start', inside: false, left: markLeft, right: markRight };
			// Left of the mark when the label would run past the right edge.
			if (labelX + w > width && markLeft - gap / 2 - w >= 0) return { level, w, labelX: markLeft - gap / 2, anchor: 'end', inside: false, left: markLeft - gap / 2 - w, right: markRight };
			return { level, w, labelX, anchor: 'start', inside: false, left: markLeft, right: labelX + w };
		});
	};
	const place = (it: LayoutInput, row: number, c: Candidate) =>
		placed.push({ id: it.id, x0: it.x0, x1: it.x1, row, labelX: c.labelX, anchor: c.anchor, inside: c.inside, level: c.level, labelWidth: c.w });

	// First the items of the previous frame, each in its own row, in x order
	// there: a label shortens to leave the next one its mark; when even the
	// shortest would cover it, the earlier keeps the row and the later moves.
	// Flags by index, not a Set: the loop below asks of every item in the
	// window (thousands, zoomed out) on every frame.
	const held = new Uint8Array(order.length);
	let heldCount = 0;
	if (prev && prev.size > 0) {
		const byRow = new Map<number, number[]>();
		for (let i = 0; i < order.length; i++) {
			const r = prev.get(order[i].id);
			if (r === undefined || r >= maxRows) continue;
			const list = byRow.get(r);
			if (list) list.push(i);
			else byRow.set(r, [i]);
		}
		for (const [r, idxs] of byRow) {
			while (rows.length <= r) rows.push(newRow(-Infinity));
			const row = rows[r];
			idxs.forEach((i, k) => {
				const lastRight = row.held.length ? row.held[row.held.length - 1] : -Infinity;
				const limit = k + 1 < idxs.length ? markLeftOf(order[idxs[k + 1]]) - gap : Infinity;
				const options = candidates(i).filter((c) => lastRight + gap <= c.left);
				const c = options.find((o) => o.right <= limit) ?? options[0];
				if (!c) return;
				row.held.push(c.left, c.right);
				place(order[i], r, c);
				held[i] = 1;
				heldCount++;
			});
		}
	}

	let added = 0;
	const keeping = keep !== undefined && keep.size > 0;
	// Once the rows are all open, where each stops refusing a mark alone
	// (refusesUntil), and the least of these: a mark starting before it is
	// refused by every row. Valid while the marks come in x order (a row
	// only fills up); reset when one starts further left.
	// By row; none yet: ask the row (rows forced open for a kept item come after the others).
	const refused: number[] = [];
	let refusedBelow = -Infinity;
	let lastLeft = -Infinity;
	for (let i = 0; i < order.length; i++) {
		if (held[i]) continue;
		const it = order[i];
		const kept = keeping && keep.has(it.id);
		if (!kept && added >= maxNew) {
			overflow.push(it);
			continue;
		}
		// Every way to draw an item covers its mark: with no row left for the
		// mark alone, it is clustered without trying its labels (zoomed out,
		// thousands of items a frame).
		if (!kept && rows.length >= maxRows) {
			const markLeft = markLeftOf(it);
			const markRight = Math.max(it.x0, it.x1) + pointRadius;
			if (markLeft < lastLeft) {
				refused.length = 0;
				refusedBelow = -Infinity;
			}
			lastLeft = markLeft;
			if (markLeft < refusedBelow) {
				overflow.push(it);
				continue;
			}
			let any = false;
			let least = Infinity;
			for (let r = 0; r < rows.length; r++) {
				if (!(markLeft < refused[r])) refused[r] = refusesUntil(rows[r], markLeft, markRight, gap);
				if (refused[r] === -Infinity) any = true;
				least = Math.min(least, refused[r]);
			}
			refusedBelow = least;
			if (!any) {
				overflow.push(it);
				continue;
			}
		}
		let done = false;
		for (const c of candidates(i)) {
			// The selection and the focus are never clustered: with their full
			// label, in a row of their own if need be.
			const row = rowFor(c.left, c.right, kept && c.level === 'full');
			if (row === -1) continue;
			place(it, row, c);
			if (!prev?.has(it.id)) added++;
			done = true;
			break;
		}
		if (!done) overflow.push(it);
	}
	return { placed: heldCount > 0 ? compact(placed, rows.length) : placed, rows: heldCount > 0 ? new Set(placed.map((p) => p.row)).size : rows.length, overflow };
}

/**
 * Closes the rows left empty by items that left the window (a row kept for
 * the previous frame's sake need not stay as a gap), in x order again.
 */
function compact(placed: Placed[], count: number): Placed[] {
	const used = new Array<boolean>(count).fill(false);
	for (const p of placed) used[p.row] = true;
	const to: number[] = [];
	let n = 0;
	for (let r = 0; r < count; r++) to.push(used[r] ? n++ : -1);
	if (n < count) for (const p of placed) p.row = to[p.row];
	return placed.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || a.id.localeCompare(b.id));
}

/**
 * A short label: the first words that fit in `max` characters, with an
 * ellipsis when something was cut; a single long word is cut inside.
 */
export function shortLabel(label: string, max = 16): string {
	if (label.length <= max) return label;
	let out = '';
	let says = false;
	for (const word of label.split(/\s+/)) {
		const next = out ? `${out} ${word}` : word;
		if (next.length > max - 1) break;
		out = next;
		if (/\p{L}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase())) says = true;
	}
	// `Her…`, `Les…`, `Il a…` name nothing: the start of the next word says more (`Her measurement…`).
	return out && says ? `${out.replace(/[\s,;:.–«“"-]+$/, '')}…` : clip(label, max);
}

/** Words a short label cannot stop after, since they name nothing on their own. */
const FUNCTION_WORDS = new Set([
	'the', 'a', 'an', 'her', 'his', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
	'in', 'on', 'at', 'of', 'for', 'from', 'to', 'by', 'with', 'after', 'before', 'and', 'but', 'or', 'as', 'has', 'had', 'was', 'were', 'is', 'are',
	'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on',
	'à', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'avec', 'et', 'ou', 'a', 'ont', 'est', 'sont', 'était', 'avait'
]);

/**
 * How many marks fall in each pixel column between `left` and `right`: the
 * overview strip draws one bar a column rather than one line per event.
 */
export function columnCounts(xs: Iterable<number>, left: number, right: number): Uint32Array {
	const n = Math.max(0, Math.ceil(right - left));
	const counts = new Uint32Array(n);
	for (const x of xs) {
		const i = Math.floor(x - left);
		if (i >= 0 && i < n) counts[i]++;
	}
	return counts;
}

/** A rough label width: no DOM measuring, so layout stays pure and fast. */
export function estimateTextWidth(text: string, fontSize = 12): number {
	return widthOfChars(text.length, fontSize);
}

function widthOfChars(n: number, fontSize: number): number {
	return Math.ceil(n * fontSize * 0.56);
}

/** Shortens a label to at most `max` characters, with an ellipsis. */
export function clip(text: string, max: number): string {
	return text.length <= max ? text : text.slice(0, Math.max(1, max - 1)).trimEnd() + '…';
}
