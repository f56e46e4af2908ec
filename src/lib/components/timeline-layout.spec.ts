import { describe, expect, it } from 'vitest';
import { clip, clusterBox, clusterOverflow, columnCounts, datedEvents, fullExtent, mainStory, parseWallClock, shortLabel, stackRows, type DatedEvent } from './timeline-layout';
import { EVENTS } from './fixture';
import type { FactEvent } from '$lib/model';

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('parseWallClock', () => {
	it.each([
		['2023-09-10T18:38', '2023-09-10T18:38:00.000Z'],
		['2023-09-10', '2023-09-10T00:00:00.000Z'],
		['2023-09', '2023-09-01T00:00:00.000Z'],
		['1948', '1948-01-01T00:00:00.000Z'],
		['0044-03-15', '0044-03-15T00:00:00.000Z'],
		['XXXX-09-10', null],
		['', null]
	])('%s → %s', (input, expected) => {
		expect(iso(parseWallClock(input))).toBe(expected);
	});
});

describe('datedEvents', () => {
	const { dated, undated } = datedEvents(EVENTS);
	it('puts events without an interval apart', () => {
		expect(undated.map((e) => e.id)).toEqual(['e5']);
	});
	it('sorts by start and draws only precise times as points', () => {
		expect(dated.map((d) => d.event.id)).toEqual(['e4', 'e1', 'e3', 'e2']);
		expect(dated.every((d) => !d.point)).toBe(true);
		const minute: FactEvent = { ...EVENTS[0], id: 'm', when: { value: '2023-09-10T18:38', timex: null, granularity: 'minute', interval: { start: '2023-09-10T18:38', end: '2023-09-10T18:39' }, inherited: false } };
		expect(datedEvents([minute]).dated[0].point).toBe(true);
	});
});

describe('extents', () => {
	const { dated } = datedEvents(EVENTS);
	it('fits everything, padded', () => {
		const ext = fullExtent(dated, 0)!;
		expect(iso(ext.start)).toBe('1948-01-01T00:00:00.000Z');
		expect(iso(ext.end)).toBe('2023-09-18T00:00:00.000Z');
	});
	it('finds the week of the story, not 1948', () => {
		const story = mainStory(dated)!;
		expect(story.start).toBeGreaterThan(parseWallClock('2023-09-09')!);
		expect(story.start).toBeLessThanOrEqual(parseWallClock('2023-09-10T18:00')!);
		expect(story.end).toBeGreaterThanOrEqual(parseWallClock('2023-09-18')!);
		expect(story.end).toBeLessThan(parseWallClock('2023-09-20')!);
	});
	it('has no main story with a single short event', () => {
		const one: DatedEvent[] = dated.filter((d) => d.event.id === 'e1');
		expect(mainStory(one)).toBeNull();
	});
});

describe('stackRows', () => {
	it('puts overlapping items in separate rows and reuses freed rows', () => {
		const { placed, rows } = stackRows(
			[
				{ id: 'a', x0: 0, x1: 0, labelWidth: 100 },
				{ id: 'b', x0: 50, x1: 60, labelWidth: 40 },
				{ id: 'c', x0: 200, x1: 200, labelWidth: 40 }
			],
			{ width: 1000 }
		);
		const row = Object.fromEntries(placed.map((p) => [p.id, p.row]));
		expect(row).toEqual({ a: 0, b: 1, c: 0 });
		expect(rows).toBe(2);
	});

	it('never lets two items of a row overlap', () => {
		const items = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, x0: (i * 37) % 500, x1: ((i * 37) % 500) + (i % 3) * 20, labelWidth: 30 + (i % 5) * 20 }));
		const { placed } = stackRows(items, { width: 600, gap: 6, pointRadius: 5 });
		const box = (p: (typeof placed)[number]) => {
			const w = items.find((i) => i.id === p.id)!.labelWidth;
			const markL = Math.min(p.x0, p.x1) - 5;
			const markR = Math.max(p.x0, p.x1) + 5;
			if (p.inside) return [markL, markR];
			return p.anchor === 'start' ? [markL, p.labelX + w] : [p.labelX - w, markR];
		};
		for (const a of placed)
			for (const b of placed) {
				if (a === b || a.row !== b.row) continue;
				const [al, ar] = box(a);
				const [bl, br] = box(b);
				expect(ar <= bl || br <= al).toBe(true);
			}
	});

	it('writes the label inside a band wide enough, from its visible start', () => {
		const { placed } = stackRows([{ id: 'w', x0: -300, x1: 500, labelWidth: 80 }], { width: 600, gap: 6 });
		expect(placed[0]).toMatchObject({ inside: true, labelX: 6, row: 0 });
	});

	it('puts a label left of its mark near the right edge', () => {
		const { placed } = stackRows([{ id: 'z', x0: 590, x1: 590, labelWidth: 80 }], { width: 600 });
		expect(placed[0].anchor).toBe('end');
		expect(placed[0].labelX).toBeLessThan(590);
	});
});

it('clip shortens long labels', () => {
	expect(clip('abcdefgh', 5)).toBe('abcd…');
	expect(clip('abc', 5)).toBe('abc');
});

describe('stackRows with a row limit', () => {
	const pile = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, x0: 100 + i, x1: 100 + i, labelWidth: 80 }));

	it('sends what does not fit to overflow, clustered as +N', () => {
		const { placed, rows, overflow } = stackRows(pile, { width: 1000, maxRows: 2 });
		expect(rows).toBe(2);
		expect(placed.map((p) => p.id)).toEqual(['e0', 'e1']);
		expect(overflow.map((o) => o.id)).toEqual(['e2', 'e3', 'e4', 'e5']);
		expect(clusterOverflow(overflow)).toEqual([{ x0: 102, x1: 105, ids: ['e2', 'e3', 'e4', 'e5'] }]);
		// No two placed labels share a row where they would overlap.
		const rowsUsed = placed.map((p) => p.row);
		expect(new Set(rowsUsed).size).toBe(rowsUsed.length);
	});

	it('always places kept ids (the selection), and splits far-apart clusters', () => {
		const { placed, overflow } = stackRows(pile, { width: 1000, maxRows: 2, keep: new Set(['e4']) });
		expect(placed.map((p) => p.id)).toContain('e4');
		expect(overflow.map((o) => o.id)).not.toContain('e4');
		const far = clusterOverflow([
			{ id: 'a', x0: 10, x1: 10, labelWidth: 0 },
			{ id: 'b', x0: 20, x1: 30, labelWidth: 0 },
			{ id: 'c', x0: 300, x1: 300, labelWidth: 0 }
		]);
		expect(far.map((c) => c.ids)).toEqual([['a', 'b'], ['c']]);
	});
});

describe('labels shorten before they cluster', () => {
	// Two rows; six marks 40 px apart (a full label of 100 px would block
	// its row for the next ones), then two far apart with room to spare.
	const xs = [20, 60, 100, 140, 180, 220, 600, 900];
	const items = xs.map((x, i) => ({ id: `e${i}`, x0: x, x1: x, labelWidth: 100, shortWidth: 40 }));

	it('shortens labels where marks are dense, keeps them whole where there is room', () => {
		const { placed, rows, overflow } = stackRows(items, { width: 1100, maxRows: 2, gap: 6, pointRadius: 5, bareMarks: true });
		expect(rows).toBe(2);
		expect(overflow).toEqual([]);
		const level = Object.fromEntries(placed.map((p) => [p.id, p.level]));
		expect([level.e0, level.e1, level.e2, level.e3]).toEqual(['short', 'short', 'short', 'short']);
		expect([level.e6, level.e7]).toEqual(['full', 'full']);
	});

	it('goes down to the mark alone, then to clusters, losing nothing', () => {
		const tight = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, x0: 20 + i * 4, x1: 20 + i * 4, labelWidth: 100, shortWidth: 40 }));
		const { placed, overflow } = stackRows(tight, { width: 1100, maxRows: 2, gap: 6, pointRadius: 5, bareMarks: true });
		const bare = placed.filter((p) => p.level === 'none');
		expect(bare.length).toBeGreaterThan(0);
		// A bare mark takes its own pixels only: no label, no room for one.
		for (const p of bare) expect(p.labelWidth).toBe(0);
		expect(overflow.length).toBeGreaterThan(0);
		expect(new Set([...placed.map((p) => p.id), ...overflow.map((o) => o.id)]).size).toBe(tight.length);
		expect(placed.length + overflow.length).toBe(tight.length);
	});

	it('never overlaps within a row, whatever the level', () => {
		const dense = Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, x0: (i * 7919) % 900, x1: ((i * 7919) % 900) + (i % 4) * 15, labelWidth: 60 + (i % 7) * 25, shortWidth: 30 + (i % 3) * 10 }));
		const { placed } = stackRows(dense, { width: 900, maxRows: 6, gap: 6, pointRadius: 5, bareMarks: true });
		const box = (p: (typeof placed)[number]) => {
			const markL = Math.min(p.x0, p.x1) - 5;
			const markR = Math.max(p.x0, p.x1) + 5;
			if (p.inside) return [markL, markR];
			return p.anchor === 'start' ? [markL, p.labelX + p.labelWidth] : [p.labelX - p.labelWidth, markR];
		};
		for (const a of placed)
			for (const b of placed) {
				if (a === b || a.row !== b.row) continue;
				const [al, ar] = box(a);
				const [bl, br] = box(b);
				expect(ar <= bl || br <= al, `${a.id} × ${b.id}`).toBe(true);
			}
		expect(placed.length).toBeGreaterThan(6);
	});

	it('keeps the selection with its full label even past the row limit', () => {
		const { placed } = stackRows(items, { width: 1000, maxRows: 1, bareMarks: true, keep: new Set(['e3']) });
		expect(placed.find((p) => p.id === 'e3')?.level).toBe('full');
	});
});

describe('clusters', () => {
	it('never draws two +N pills over each other, even for big counts', () => {
		const many = Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}`, x0: (i * 0.37) % 800, x1: (i * 0.37) % 800, labelWidth: 50 }));
		const clusters = clusterOverflow(many, 4);
		for (let i = 1; i < clusters.length; i++) expect(clusterBox(clusters[i]).left).toBeGreaterThan(clusterBox(clusters[i - 1]).right);
		expect(clusters.reduce((n, c) => n + c.ids.length, 0)).toBe(2000);
	});
});

describe('shortLabel', () => {
	it.each([
		['Kim meets Putin', 'Kim meets Putin'],
		['Kim leaves Pyongyang station by train', 'Kim leaves…'],
		['Vladivostokskaya-oblast', 'Vladivostokskay…'],
		['The minister signs an accord in Berlin', 'The minister…'],
		// Words that name nothing are no label: the next word, cut, says more.
		['Her measurements showed meltwater', 'Her measurement…'],
		['Les manifestants ont défilé', 'Les manifestant…'],
		['Il a ajouté : « La Corée du Nord… »', 'Il a ajouté…']
	])('%s → %s', (label, expected) => {
		expect(shortLabel(label, 16)).toBe(expected);
		expect(shortLabel(label, 16).length).toBeLessThanOrEqual(16);
	});
});

it('columnCounts counts marks per pixel column, ignoring those outside', () => {
	expect([...columnCounts([0.2, 0.9, 1.5, 3.99, -1, 4, 10], 0, 4)]).toEqual([2, 1, 0, 1]);
});

describe('rows hold still during a zoom (prev: the rows of the previous frame)', () => {
	type Item = { id: string; x0: number; x1: number; labelWidth: number; shortWidth: number };
	const point = (id: string, x: number, labelWidth = 100): Item => ({ id, x0: x, x1: x, labelWidth, shortWidth: 40 });
	const rowsOf = (placed: { id: string; row: number }[]) => new Map(placed.map((p) => [p.id, p.row]));
	/** The spans an item takes in its row, as drawn. */
	const box = (p: { x0: number; x1: number; inside: boolean; anchor: string; labelX: number; labelWidth: number }) => {
		const markL = Math.min(p.x0, p.x1) - 5;
		const markR = Math.max(p.x0, p.x1) + 5;
		if (p.inside) return [markL, markR];
		return p.anchor === 'start' ? [markL, p.labelX + p.labelWidth] : [p.labelX - p.labelWidth, markR];
	};

	it('an event drawn in the previous frame keeps its row while it still fits', () => {
		const items = [point('a', 100), point('b', 400)];
		// Afresh, both would go to row 0; drawn in row 1 before, b stays there.
		expect(rowsOf(stackRows(items, { width: 1000, maxRows: 3 }).placed).get('b')).toBe(0);
		const { placed } = stackRows(items, { width: 1000, maxRows: 3, prev: new Map([['a', 0], ['b', 1]]) });
		expect(rowsOf(placed)).toEqual(new Map([['a', 0], ['b', 1]]));
	});

	it('gives the row up once it no longer fits: the earlier event keeps it, the later moves', () => {
		// Zoomed out, b's mark now lies under a's label even at its shortest.
		const items = [point('a', 100), point('b', 104)];
		const { placed } = stackRows(items, { width: 1000, maxRows: 3, gap: 6, pointRadius: 5, prev: new Map([['a', 0], ['b', 0]]) });
		const rows = rowsOf(placed);
		expect(rows.get('a')).toBe(0);
		expect(rows.get('b')).toBe(1);
	});

	it('shortens a kept label to leave the next kept event its mark', () => {
		const items = [point('a', 100), point('b', 180)];
		const { placed } = stackRows(items, { width: 1000, maxRows: 3, gap: 6, pointRadius: 5, prev: new Map([['a', 0], ['b', 0]]) });
		expect(placed.map((p) => [p.id, p.row, p.level])).toEqual([
			['a', 0, 'short'],
			['b', 0, 'full']
		]);
	});

	it('fills the room around the kept events, and closes rows left empty', () => {
		const items = [point('a', 100), point('n', 400)];
		// a was in row 2; rows 0 and 1 emptied as their events left the
		// window. n, new, takes row 0; row 1 would stay a gap.
		const { placed, rows } = stackRows(items, { width: 1000, maxRows: 4, prev: new Map([['a', 2]]) });
		expect(rows).toBe(2);
		expect(rowsOf(placed)).toEqual(new Map([['a', 1], ['n', 0]]));
	});

	it('ignores a row past the limit (the lane got fewer rows)', () => {
		const items = [point('a', 100), point('b', 102)];
		const { placed, overflow } = stackRows(items, { width: 1000, maxRows: 1, prev: new Map([['b', 3]]) });
		expect(placed.map((p) => [p.id, p.row])).toEqual([['a', 0]]);
		expect(overflow.map((o) => o.id)).toEqual(['b']);
	});

	it('over a zoom, re-creates few marks, moves none between rows, and never overlaps', () => {
		// 400 events over 2,000 px of time, zoomed 5 % a frame around x = 500.
		const base = Array.from({ length: 400 }, (_, i) => ({ id: `z${i}`, t: (i * 7919) % 2000, w: 60 + (i % 5) * 30, band: (i % 6) * 12 }));
		const frame = (k: number) =>
			base.map((b) => ({ id: b.id, x0: 500 + (b.t - 500) * k, x1: 500 + (b.t - 500 + b.band) * k, labelWidth: b.w, shortWidth: 40 })).filter((it) => it.x1 > -100 && it.x0 < 1100);
		const churn = (hold: boolean) => {
			let prev = new Map<string, number>();
			let added = 0;
			let moved = 0;
			for (let f = 0; f < 30; f++) {
				const { placed } = stackRows(frame(1.05 ** f), { width: 1000, maxRows: 6, gap: 6, pointRadius: 5, bareMarks: true, prev: hold ? prev : undefined });
				for (const a of placed)
					for (const b of placed) {
						if (a === b || a.row !== b.row) continue;
						const [al, ar] = box(a);
						const [bl, br] = box(b);
						expect(ar <= bl || br <= al, `frame ${f}: ${a.id} × ${b.id}`).toBe(true);
					}
				if (f > 0) for (const p of placed) if (!prev.has(p.id)) added++;
				if (f > 0) for (const p of placed) if (prev.has(p.id) && prev.get(p.id) !== p.row) moved++;
				prev = rowsOf(placed);
			}
			return { added, moved };
		};
		const afresh = churn(false);
		const held = churn(true);
		expect(held.added).toBeLessThan(afresh.added / 2);
		expect(held.moved).toBeLessThan(afresh.moved / 4);
	});

	it('places at most maxNew events not drawn before; the others wait in the overflow', () => {
		const items = [point('a', 100), point('n1', 300), point('n2', 500), point('n3', 700), point('k', 900)];
		const { placed, overflow } = stackRows(items, { width: 2000, maxRows: 3, keep: new Set(['k']), prev: new Map([['a', 0]]), maxNew: 1 });
		// a was drawn, k is kept (the selection): neither counts.
		expect(placed.map((p) => p.id)).toEqual(['a', 'n1', 'k']);
		expect(overflow.map((o) => o.id)).toEqual(['n2', 'n3']);
	});

	it('fills the rows over the next frames when maxNew holds events back', () => {
		const items = Array.from({ length: 12 }, (_, i) => point(`p${i}`, 50 + i * 150, 100));
		let prev = new Map<string, number>([['p0', 0]]);
		const drawn: number[] = [];
		for (let f = 0; f < 4; f++) {
			const { placed } = stackRows(items, { width: 2000, maxRows: 2, prev, maxNew: 4 });
			drawn.push(placed.length);
			prev = rowsOf(placed);
		}
		expect(drawn).toEqual([5, 9, 12, 12]);
	});

	it('still places the selection past the row limit', () => {
		const items = [point('a', 100), point('b', 102), point('c', 104)];
		const { placed } = stackRows(items, { width: 1000, maxRows: 1, keep: new Set(['c']), prev: new Map([['a', 0]]) });
		expect(placed.map((p) => p.id).sort()).toEqual(['a', 'c']);
		expect(placed.find((p) => p.id === 'c')?.level).toBe('full');
	});
});
