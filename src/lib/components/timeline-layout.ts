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
 * short label (its first words), a bare ellipsis (the full label is in the
 * tooltip and the accessible name). Past that it waits in a `+N` cluster.
 */
export type LabelLevel = 'full' | 'short' | 'ellipsis';

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
	/** Width of the bare ellipsis; 0 turns that level off. */
	ellipsisWidth?: number;
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

/** The pixels a `+N` pill covers: from `x0 - pad` to `x1 + pad + text`. */
export function clusterBox(c: Cluster): { left: number; right: number } {
	return { left: c.x0 - CLUSTER_PAD, right: c.x1 + CLUSTER_PAD + estimateTextWidth(`+${c.ids.length}`, CLUSTER_FONT) };
}

/**
 * Groups the items that found no row into `+N` clusters: items whose marks
 * are within `reach` pixels of each other share one, and so does an item
 * that would put its pill over the previous one. Pills never overlap.
 */
export function clusterOverflow(items: readonly LayoutInput[], reach = 36): Cluster[] {
	const sorted = [...items].sort((a, b) => Math.min(a.x0, a.x1) - Math.min(b.x0, b.x1));
	const out: Cluster[] = [];
	for (const it of sorted) {
		const lo = Math.min(it.x0, it.x1);
		const hi = Math.max(it.x0, it.x1);
		const last = out[out.length - 1];
		// With this item, the last pill would say one more: measure that one.
		const lastRight = last ? last.x1 + CLUSTER_PAD + estimateTextWidth(`+${last.ids.length + 1}`, CLUSTER_FONT) : -Infinity;
		if (last && (lo - last.x1 <= reach || lo - CLUSTER_PAD < lastRight + 2)) {
			last.x1 = Math.max(last.x1, hi);
			last.ids.push(it.id);
		} else {
			out.push({ x0: lo, x1: hi, ids: [it.id] });
		}
	}
	return out;
}

/**
 * Stacks marks and their labels in rows so that nothing overlaps, first
 * fit, in x order so that rows read left to right. Each item is tried with
 * its full label (in a free row, else a new one while under `maxRows`), then
 * its short label, then a bare ellipsis; what fits nowhere goes to
 * `overflow`. A label goes right of its mark, or left when that would run
 * past the right edge; a band wide enough carries its label inside.
 */
export function stackRows(
	items: readonly LayoutInput[],
	{ width, gap = 6, pointRadius = 5, maxRows = Infinity, keep, ellipsisWidth = 0 }: LayoutOptions
): { placed: Placed[]; rows: number; overflow: LayoutInput[] } {
	const order = [...items].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || a.id.localeCompare(b.id));
	const rowEnds: number[] = [];
	const placed: Placed[] = [];
	const overflow: LayoutInput[] = [];
	/** The row for an item spanning [left, right], or -1; opens a row while allowed. */
	const rowFor = (left: number, right: number, force: boolean): number => {
		let row = -1;
		for (let r = 0; r < rowEnds.length; r++)
			if (rowEnds[r] + gap <= left) {
				row = r;
				break;
			}
		if (row === -1 && (rowEnds.length < maxRows || force)) row = rowEnds.push(-Infinity) - 1;
		if (row !== -1) rowEnds[row] = right;
		return row;
	};
	for (let i = 0; i < order.length; i++) {
		const it = order[i];
		const markLeft = Math.min(it.x0, it.x1) - pointRadius;
		const markRight = Math.max(it.x0, it.x1) + pointRadius;
		const visibleLeft = Math.max(Math.min(it.x0, it.x1), 0);
		const visibleRight = Math.min(Math.max(it.x0, it.x1), width);
		const kept = keep?.has(it.id) ?? false;
		// A band wider than its label (a week seen day by day, a month that
		// runs off screen) carries the label inside, from its visible start.
		if (visibleRight - visibleLeft >= it.labelWidth + 2 * gap) {
			const row = rowFor(markLeft, markRight, kept);
			if (row === -1) overflow.push(it);
			else placed.push({ id: it.id, x0: it.x0, x1: it.x1, row, labelX: visibleLeft + gap, anchor: 'start', inside: true, level: 'full', labelWidth: it.labelWidth });
			continue;
		}
		let levels: [LabelLevel, number][] = [['full', it.labelWidth]];
		if (it.shortWidth !== undefined && it.shortWidth < it.labelWidth) levels.push(['short', it.shortWidth]);
		if (ellipsisWidth > 0) levels.push(['ellipsis', ellipsisWidth]);
		// First fit alone would give the first items long labels and send the
		// rest to clusters. Where marks are dense, the item `maxRows` places
		// further will want this row back: start with the longest label that
		// ends before its mark.
		const ahead = Number.isFinite(maxRows) && !kept ? order[i + maxRows] : undefined;
		if (ahead) {
			const budget = Math.min(ahead.x0, ahead.x1) - pointRadius - gap - (markRight + gap / 2);
			const fits = levels.findIndex(([, w]) => w <= budget);
			levels = levels.slice(fits === -1 ? levels.length - 1 : fits);
		}
		let done = false;
		for (const [level, w] of levels) {
			let anchor: 'start' | 'end' = 'start';
			let labelX = markRight + gap / 2;
			let left = markLeft;
			let right = labelX + w;
			if (right > width && markLeft - gap / 2 - w >= 0) {
				anchor = 'end';
				labelX = markLeft - gap / 2;
				left = labelX - w;
				right = markRight;
			}
			// The selection and the focus are never clustered: with their full
			// label, in a row of their own if need be.
			const row = rowFor(left, right, kept && level === 'full');
			if (row === -1) continue;
			placed.push({ id: it.id, x0: it.x0, x1: it.x1, row, labelX, anchor, inside: false, level, labelWidth: w });
			done = true;
			break;
		}
		if (!done) overflow.push(it);
	}
	return { placed, rows: rowEnds.length, overflow };
}

/**
 * A short label: the first words that fit in `max` characters, with an
 * ellipsis when something was cut; a single long word is cut inside.
 */
export function shortLabel(label: string, max = 16): string {
	if (label.length <= max) return label;
	let out = '';
	for (const word of label.split(/\s+/)) {
		const next = out ? `${out} ${word}` : word;
		if (next.length > max - 1) break;
		out = next;
	}
	return out ? `${out.replace(/[\s,;:.–-]+$/, '')}…` : clip(label, max);
}

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
	return Math.ceil(text.length * fontSize * 0.56);
}

/** Shortens a label to at most `max` characters, with an ellipsis. */
export function clip(text: string, max: number): string {
	return text.length <= max ? text : text.slice(0, Math.max(1, max - 1)).trimEnd() + '…';
}
