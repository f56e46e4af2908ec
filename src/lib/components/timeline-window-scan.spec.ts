import { describe, expect, it } from 'vitest';
import { inWindow, markSpan, scanWindow, type ScanEvent, type ScanScale } from './timeline-window-scan';
import { inOrder, xOrder } from './timeline-layout';
import { prng } from '$lib/prng';

const DAY = 86_400_000;

/** Events in time order (start, end, id), as datedEvents sorts them, many starting on the same day. */
function events(n: number, seed: number): (ScanEvent & { id: string })[] {
	const random = prng(seed);
	const out = Array.from({ length: n }, (_, i) => {
		const start = Math.floor(random() * 40) * DAY;
		const point = random() < 0.4;
		const end = point ? start : start + Math.ceil(random() * 30) * DAY;
		const id = `e${(i * 7919) % n}`;
		return { id, start, end, point, lane: random() < 0.3 ? 1 : 0, fullWidth: 40 + Math.floor(random() * 100), input: { id, x0: 0, x1: 0, labelWidth: 0 } };
	});
	return out.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

describe('scanWindow', () => {
	it('hands over, by lane, the events whose mark or label shows, with their pixels, in the order stackRows lays them out', () => {
		const list = events(400, 3);
		// Zoomed out (ends clamped to the least width, many ties on a pixel), then in.
		let timeOrderDiffers = false;
		for (const scale of [
			{ lo: 0, left: 12, k: 700 / (400 * DAY), width: 724 },
			{ lo: 10 * DAY, left: 12, k: 700 / (5 * DAY), width: 724 }
		] satisfies ScanScale[]) {
			const byLane = scanWindow(list, scale, 2);
			for (const [lane, items] of byLane.entries()) {
				const expected = list.filter((e) => e.lane === lane && inWindow(e, scale));
				// The case the scan puts right: time order is not x order for ties on a pixel.
				if (!inOrder(expected.map((e) => e.input), xOrder)) timeOrderDiffers = true;
				expect(items.map((i) => i.id).sort()).toEqual(expected.map((e) => e.id).sort());
				for (const e of expected) expect({ x0: e.input.x0, x1: e.input.x1 }).toEqual(markSpan(e, scale));
				expect(inOrder(items, xOrder)).toBe(true);
			}
			expect(byLane[0].length + byLane[1].length).toBeGreaterThan(0);
		}
		expect(timeOrderDiffers).toBe(true);
	});

	it('leaves out an event whose mark and label are both off screen', () => {
		const scale: ScanScale = { lo: 0, left: 0, k: 1, width: 100 };
		const at = (start: number, fullWidth: number): ScanEvent => ({ start, end: start, point: true, lane: 0, fullWidth, input: { id: String(start), x0: 0, x1: 0, labelWidth: 0 } });
		const [shown] = scanWindow([at(-30, 10), at(-30, 40), at(50, 0), at(130, 20), at(130, 40)], scale, 1);
		expect(shown.map((i) => i.id)).toEqual(['-30', '50', '130']);
	});
});

describe('scanWindow on thousands of events starting on one day', () => {
	it('orders them by their clamped ends, then ids, as stackRows would sort them', () => {
		const day = Date.UTC(2024, 0, 1);
		const many = Array.from({ length: 3000 }, (_, i) => ({ id: `x${(i * 7919) % 3000}`, end: day + 3_600_000 * (1 + (i % 50)) }))
			.sort((a, b) => a.end - b.end || a.id.localeCompare(b.id))
			.map((e) => ({ start: day, end: e.end, point: false, lane: 0, fullWidth: 50, input: { id: e.id, x0: 0, x1: 0, labelWidth: 50 } }));
		// Eighty years across the plot: every band is clamped to the least width, so xOrder is by id alone.
		const [items] = scanWindow(many, { lo: day - 40 * 365 * 86_400_000, left: 12, k: 687 / (80 * 365 * 86_400_000), width: 711 }, 1);
		expect(items.map((i) => i.id)).toEqual(many.map((e) => e.input.id).sort((a, b) => a.localeCompare(b)));
	});
});
