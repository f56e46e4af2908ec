import { describe, expect, it } from 'vitest';
import { layoutLanes, type LaneInput, type LaneLayoutOptions } from './timeline-lane-layout';

const OPTS: LaneLayoutOptions = { width: 400, rowHeight: 26, headHeight: 18, top: 4, maxRows: 14, gap: 8, pointRadius: 6, bareMarks: true, keep: new Set() };

/** `n` points at the same x with 100 px labels: each needs its own row. */
const pile = (prefix: string, n: number, x = 50) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, x0: x, x1: x, labelWidth: 100 }));

describe('layoutLanes', () => {
	it('stacks each lane below the one before, its rows below its header', () => {
		const lanes: LaneInput[] = [
			{ key: 'story', label: 'The story', items: pile('s', 2) },
			{ key: 'background', label: 'Background', items: pile('b', 1) }
		];
		const { placed, lanes: boxes, height } = layoutLanes(lanes, OPTS);
		expect(boxes.map((b) => [b.key, b.top, b.height])).toEqual([
			['story', 4, 18 + 2 * 26],
			['background', 4 + 70, 18 + 26]
		]);
		expect(height).toBe(4 + 70 + 44);
		expect(placed.map((p) => [p.id, p.lane, p.y])).toEqual([
			['s0', 'story', 4 + 18 + 13],
			['s1', 'story', 4 + 18 + 26 + 13],
			['b0', 'background', 74 + 18 + 13]
		]);
	});

	it('events of two lanes at the same time never share a row', () => {
		const { placed } = layoutLanes(
			[
				{ key: 'a', label: 'A', items: pile('a', 3) },
				{ key: 'b', label: 'B', items: pile('b', 3) }
			],
			OPTS
		);
		const ys = placed.map((p) => p.y);
		expect(new Set(ys).size).toBe(ys.length);
	});

	it('gives a quiet lane the rows it needs and the busy one the rest, clustering past it', () => {
		const { placed, lanes } = layoutLanes(
			[
				{ key: 'a', label: 'A', items: pile('a', 10) },
				{ key: 'b', label: 'B', items: pile('b', 1) }
			],
			{ ...OPTS, maxRows: 8 }
		);
		const inA = placed.filter((p) => p.lane === 'a');
		expect(new Set(inA.map((p) => p.row)).size).toBe(7);
		const clustered = lanes[0].clusters.flatMap((c) => c.ids);
		expect(inA.length + clustered.length).toBe(10);
		expect(lanes[0].clusterY).toBe(4 + 18 + 7 * 26 + 13);
		expect(placed.filter((p) => p.lane === 'b').length).toBe(1);
		expect(lanes[1].clusters).toEqual([]);
		expect(lanes[1].clusterY).toBeNull();
	});

	it('two busy lanes share the rows evenly; three quiet ones leave the rest to the busy one', () => {
		const rowsOf = (lanes: LaneInput[], maxRows: number) => {
			const { placed } = layoutLanes(lanes, { ...OPTS, maxRows });
			return lanes.map((l) => new Set(placed.filter((p) => p.lane === l.key).map((p) => p.row)).size);
		};
		expect(rowsOf([{ key: 'a', label: 'A', items: pile('a', 10) }, { key: 'b', label: 'B', items: pile('b', 10) }], 8)).toEqual([4, 4]);
		const quiet = ['q', 'r', 's'].map((k) => ({ key: k, label: k, items: pile(k, 1) }));
		expect(rowsOf([{ key: 'a', label: 'A', items: pile('a', 20) }, ...quiet], 14)).toEqual([11, 1, 1, 1]);
		// More lanes than rows: each still gets one.
		expect(rowsOf([{ key: 'a', label: 'A', items: pile('a', 5) }, ...quiet], 2)).toEqual([1, 1, 1, 1]);
	});

	it('a single lane without a header is the plain timeline', () => {
		const { placed, lanes } = layoutLanes([{ key: 'all', label: 'Events', items: pile('e', 2) }], { ...OPTS, headHeight: 0 });
		expect(placed.map((p) => p.y)).toEqual([4 + 13, 4 + 26 + 13]);
		expect(lanes[0].height).toBe(52);
	});

	it('shrinks a lane with nothing in view to its header; a lone lane keeps a row', () => {
		const { lanes } = layoutLanes([{ key: 'a', label: 'A', items: [] }, { key: 'b', label: 'B', items: pile('b', 1) }], OPTS);
		expect(lanes.map((l) => [l.height, l.empty])).toEqual([[18, true], [18 + 26, false]]);
		expect(lanes[1].top).toBe(4 + 18);
		expect(layoutLanes([{ key: 'all', label: 'Events', items: [] }], { ...OPTS, headHeight: 0 }).lanes[0].height).toBe(26);
	});
});
