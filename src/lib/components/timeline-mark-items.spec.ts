import { describe, expect, it } from 'vitest';
import { markItems } from './timeline-mark-items';
import type { LanePlaced } from './timeline-lane-layout';

const placed = (id: string, o: Partial<LanePlaced> = {}): LanePlaced => ({ id, x0: 100, x1: 100, row: 0, y: 30, lane: 'story', labelX: 110, anchor: 'start', inside: false, level: 'full', labelWidth: 80, ...o });
const points = () => true;

describe('markItems', () => {
	it('gives a mark that only moved the same item as the frame before', () => {
		const first = markItems([placed('a'), placed('b')], points, new Map());
		const next = markItems([placed('a', { x0: 140, x1: 140, labelX: 150, y: 56, row: 1 }), placed('b', { x0: 300 })], points, first.byId);
		expect(next.items[0]).toBe(first.items[0]);
		expect(next.items[1]).toBe(first.items[1]);
	});

	it.each<[string, Partial<LanePlaced>]>([
		['a shorter label', { level: 'short' }],
		['no label', { level: 'none' }],
		['its label on the other side', { anchor: 'end' }],
		['its label inside', { inside: true }],
		['another lane', { lane: 'background' }]
	])('gives a new item to a mark drawn with %s', (_, change) => {
		const first = markItems([placed('a')], points, new Map());
		const next = markItems([placed('a', change)], points, first.byId);
		expect(next.items[0]).not.toBe(first.items[0]);
		expect(next.items[0]).toMatchObject({ id: 'a', ...Object.fromEntries(Object.entries(change).filter(([k]) => k !== 'x0')) });
	});

	it('gives a new item when the same id is now a band (another article)', () => {
		const first = markItems([placed('a')], points, new Map());
		const next = markItems([placed('a')], () => false, first.byId);
		expect(next.items[0]).not.toBe(first.items[0]);
		expect(next.items[0].point).toBe(false);
	});

	it('keeps the order of the layout and forgets the marks no longer drawn', () => {
		const first = markItems([placed('a'), placed('b')], points, new Map());
		const next = markItems([placed('c'), placed('a')], points, first.byId);
		expect(next.items.map((m) => m.id)).toEqual(['c', 'a']);
		expect([...next.byId.keys()]).toEqual(['c', 'a']);
	});
});
