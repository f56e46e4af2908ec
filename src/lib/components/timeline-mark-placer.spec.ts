import { describe, expect, it } from 'vitest';
import { MarkPlacer } from './timeline-mark-placer';
import type { MarkGeometry } from './timeline-mark-geometry';
import type { MarkItem } from './timeline-mark-items';

/** Just enough of an SVG element: attributes, a log of the writes, parts found by selector. */
class FakeElement {
	attrs = new Map<string, string>();
	writes: string[] = [];
	parts: Record<string, FakeElement | null> = {};
	isConnected = true;
	constructor(attrs: Record<string, string> = {}) {
		for (const [k, v] of Object.entries(attrs)) this.attrs.set(k, v);
	}
	getAttribute(name: string) {
		return this.attrs.get(name) ?? null;
	}
	setAttribute(name: string, value: string) {
		this.attrs.set(name, value);
		this.writes.push(name);
	}
	querySelector(selector: string) {
		return this.parts[selector] ?? null;
	}
}

/** A mark's group with its hit area, its mark and (unless `bare`) its label. */
function drawnMark(id: string, { point = true, bare = false } = {}) {
	const group = new FakeElement({ 'data-event-id': id });
	const hit = new FakeElement();
	const mark = new FakeElement();
	const text = bare ? null : new FakeElement();
	group.parts = { '.hit': hit, '.mark': mark, text };
	return { group, hit, mark, text, point };
}

/** The plot: the marks' groups Svelte has drawn, found by `[data-event-id]`. */
class FakeRoot {
	groups: FakeElement[] = [];
	queries = 0;
	querySelectorAll(selector: string) {
		expect(selector).toBe('[data-event-id]');
		this.queries++;
		return this.groups.filter((g) => g.isConnected);
	}
}
const asRoot = (r: FakeRoot) => r as unknown as ParentNode;
/** A root with these marks drawn. */
const rootWith = (...marks: { group: FakeElement }[]) => {
	const r = new FakeRoot();
	r.groups.push(...marks.map((m) => m.group));
	return r;
}

const item = (id: string, o: Partial<MarkItem> = {}): MarkItem => ({ id, point: true, lane: 'story', level: 'full', anchor: 'start', inside: false, ...o });
const geo = (o: Partial<MarkGeometry> = {}): MarkGeometry => ({ x: 100, y: 30, hitX: -7, hitWidth: 99, markX: 0, bandWidth: 0, rounded: false, labelX: 10, ...o });

describe('MarkPlacer', () => {
	it('writes a point mark’s geometry to its group and parts', () => {
		const m = drawnMark('a');
		new MarkPlacer().place(new Map([['a', { item: item('a'), geo: geo() }]]), asRoot(rootWith(m)));
		expect(m.group.getAttribute('transform')).toBe('translate(100,30)');
		expect([m.hit.getAttribute('x'), m.hit.getAttribute('width')]).toEqual(['-7', '99']);
		expect(m.mark.getAttribute('cx')).toBe('0');
		expect(m.text!.getAttribute('x')).toBe('10');
	});

	it('writes a band’s box and corners', () => {
		const m = drawnMark('a', { point: false });
		new MarkPlacer().place(new Map([['a', { item: item('a', { point: false }), geo: geo({ markX: 0, bandWidth: 200, rounded: true }) }]]), asRoot(rootWith(m)));
		expect([m.mark.getAttribute('x'), m.mark.getAttribute('width'), m.mark.getAttribute('rx'), m.mark.getAttribute('cx')]).toEqual(['0', '200', '3', null]);
	});

	it('writes on the next frame only what moved, without looking the marks up again', () => {
		const placer = new MarkPlacer();
		const m = drawnMark('a');
		const root = rootWith(m);
		const a = item('a');
		placer.place(new Map([['a', { item: a, geo: geo() }]]), asRoot(root));
		for (const el of [m.group, m.hit, m.mark, m.text!]) el.writes = [];
		placer.place(new Map([['a', { item: a, geo: geo({ x: 140 }) }]]), asRoot(root));
		expect(m.group.writes).toEqual(['transform']);
		expect([m.hit.writes, m.mark.writes, m.text!.writes]).toEqual([[], [], []]);
		expect(m.group.getAttribute('transform')).toBe('translate(140,30)');
		expect(root.queries).toBe(1);
	});

	it('finds and places a mark drawn since the frame before', () => {
		const placer = new MarkPlacer();
		const a = drawnMark('a');
		const root = rootWith(a);
		placer.place(new Map([['a', { item: item('a'), geo: geo() }]]), asRoot(root));
		const b = drawnMark('b');
		root.groups.push(b.group);
		placer.place(
			new Map([
				['a', { item: item('a'), geo: geo() }],
				['b', { item: item('b'), geo: geo({ x: 55 }) }]
			]),
			asRoot(root)
		);
		expect(b.group.getAttribute('transform')).toBe('translate(55,30)');
	});

	it('places the new node of a mark that left and came back, not the old one', () => {
		const placer = new MarkPlacer();
		const old = drawnMark('a');
		const root = rootWith(old);
		placer.place(new Map([['a', { item: item('a'), geo: geo() }]]), asRoot(root));
		old.group.isConnected = false;
		const again = drawnMark('a');
		root.groups.push(again.group);
		placer.place(new Map([['a', { item: item('a'), geo: geo({ x: 70 }) }]]), asRoot(root));
		expect(again.group.getAttribute('transform')).toBe('translate(70,30)');
		expect(old.group.getAttribute('transform')).toBe('translate(100,30)');
	});

	it('writes everything again to a mark whose item changed: its label may be a new node', () => {
		const placer = new MarkPlacer();
		const m = drawnMark('a', { bare: true });
		const root = rootWith(m);
		placer.place(new Map([['a', { item: item('a', { level: 'none' }), geo: geo() }]]), asRoot(root));
		// Svelte drew the label: same position, new node.
		const text = new FakeElement();
		m.group.parts.text = text;
		placer.place(new Map([['a', { item: item('a'), geo: geo() }]]), asRoot(root));
		expect(text.getAttribute('x')).toBe('10');
	});
});
