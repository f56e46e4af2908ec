import { describe, expect, it } from 'vitest';
import { clusterOverflow, inOrder, refusesUntil, stackRows, type Row } from './timeline-layout';
import { prng } from '$lib/prng';

describe('inOrder', () => {
	const byNumber = (a: number, b: number) => a - b;
	it('tells an array already sorted (ties included) from one that is not', () => {
		expect(inOrder([], byNumber)).toBe(true);
		expect(inOrder([3], byNumber)).toBe(true);
		expect(inOrder([1, 2, 2, 5], byNumber)).toBe(true);
		expect(inOrder([1, 3, 2], byNumber)).toBe(false);
	});
});

describe('refusesUntil: where a full row stops refusing the marks that come after', () => {
	const gap = 8;
	/** The rule stackRows applies, span by span: the row refuses [left, right] if it comes within `gap` of what the row holds. */
	const refuses = (row: Row, left: number, right: number) =>
		row.end + gap > left || Array.from({ length: row.held.length / 2 }, (_, k) => [row.held[2 * k], row.held[2 * k + 1]]).some(([a, b]) => a < right + gap && b + gap > left);

	it('refuses exactly what the row refuses, and every later mark starting before its bound, however narrow', () => {
		const rand = prng(7);
		const wrong: string[] = [];
		for (let trial = 0; trial < 200; trial++) {
			// Held spans in x order, apart by at least the gap, as stackRows holds them; and the end of the marks placed after them.
			const held: number[] = [];
			for (let x = rand() * 50; x < 900; x += gap + rand() * 60) {
				const w = 4 + rand() * 80;
				held.push(x, x + w);
				x += w;
			}
			const row: Row = { held, end: rand() < 0.5 ? -Infinity : rand() * 600, cursor: 0 };
			for (let left = -20; left < 1000; left += rand() * 15) {
				const right = left + 2 + rand() * 40;
				const until = refusesUntil(row, left, right, gap);
				if ((until === -Infinity) === refuses(row, left, right)) wrong.push(`[${left}, ${right}] in ${held} (end ${row.end}): ${until}`);
				if (until === -Infinity) continue;
				if (until < left) wrong.push(`bound ${until} before ${left}`);
				for (let k = 0; k < 5; k++) {
					const later = left + rand() * (until - left);
					if (later < until && !refuses(row, later, later + 0.5)) wrong.push(`${later} refused by the bound ${until} from ${left}, not by ${held} (end ${row.end})`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('stackRows on a dense window', () => {
	// Points and bands of a zoomed-out window: more than the rows hold.
	const rand = prng(11);
	const items = Array.from({ length: 600 }, (_, i) => {
		const x0 = rand() * 1000;
		return { id: `e${i}`, x0, x1: rand() < 0.5 ? x0 : x0 + 6 + rand() * 30, labelWidth: 60 + rand() * 100, shortWidth: 40 };
	});
	const opts = { width: 1000, gap: 8, pointRadius: 6, maxRows: 5, bareMarks: true };

	it('lays the window out the same whatever order it comes in', () => {
		const sorted = [...items].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || a.id.localeCompare(b.id));
		const prev = new Map(stackRows(sorted, opts).placed.map((p) => [p.id, p.row]));
		// The next frame of a zoom: a little wider, with the rows of the last one.
		const next = items.map((it) => ({ ...it, x0: it.x0 * 1.05, x1: it.x1 * 1.05 }));
		const shuffled = [...next].sort(() => rand() - 0.5);
		const inX = [...next].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || a.id.localeCompare(b.id));
		const laid = stackRows(inX, { ...opts, prev });
		// Full rows: most of the window goes to clusters, past the rows' refusals.
		expect(laid.overflow.length).toBeGreaterThan(300);
		expect(stackRows(shuffled, { ...opts, prev })).toEqual(laid);
	});
});

describe('clusterOverflow', () => {
	it('clusters items given out of order as it clusters them in order', () => {
		const rand = prng(3);
		const items = Array.from({ length: 200 }, (_, i) => {
			const x0 = rand() * 2000;
			return { id: `o${i}`, x0, x1: x0 + rand() * 20, labelWidth: 0 };
		});
		const inOrderItems = [...items].sort((a, b) => a.x0 - b.x0);
		expect(clusterOverflow(items)).toEqual(clusterOverflow(inOrderItems));
		expect(clusterOverflow(inOrderItems).reduce((n, c) => n + c.ids.length, 0)).toBe(200);
	});
});
