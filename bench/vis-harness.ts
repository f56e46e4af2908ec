/**
 * The peer: vis-timeline (with vis-data) drawing the same events in a plain
 * page, from its standalone build in node_modules. Timed like ours, from
 * having the items in memory to the first painted frame with them drawn.
 */
import type { DatedEvent } from '../src/lib/components/timeline-layout';

export interface VisItem {
	id: string;
	content: string;
	start: number;
	end?: number;
	type: 'point' | 'range';
	className: string;
}

/** Our dated events as vis items: precise times as points, spans as ranges. */
export function visItems(dated: readonly DatedEvent[]): VisItem[] {
	return dated.map((d) => ({
		id: d.event.id,
		content: d.event.label,
		start: d.start,
		...(d.point ? {} : { end: d.end }),
		type: d.point ? 'point' : 'range',
		className: `status-${d.event.status}`
	}));
}

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export async function visRender({ items, start, end, height }: { items: VisItem[]; start: number; end: number; height: number }): Promise<number> {
	const w = window as unknown as {
		vis: { DataSet: new (items: unknown[]) => unknown; Timeline: new (el: Element, items: unknown, options: object) => unknown };
	};
	const t0 = performance.now();
	const data = new w.vis.DataSet(items.map((it) => ({ ...it, start: new Date(it.start), end: it.end === undefined ? undefined : new Date(it.end) })));
	const el = document.getElementById('vis')!;
	new w.vis.Timeline(el, data, { start: new Date(start), end: new Date(end), stack: true, height: `${height}px`, zoomMin: 60_000 });
	// vis redraws once per animation frame until its layout settles: wait for
	// the frame where the items are drawn and their count stops changing.
	let last = -1;
	for (;;) {
		await new Promise((r) => requestAnimationFrame(r));
		const n = el.querySelectorAll('.vis-item').length;
		if (n > 0 && n === last) break;
		last = n;
	}
	await new Promise((r) => setTimeout(r, 0));
	return performance.now() - t0;
}
