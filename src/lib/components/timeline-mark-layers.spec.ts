import { describe, expect, it } from 'vitest';
import { componentMarks, pathMarks } from './timeline-mark-layers';
import type { LanePlaced } from './timeline-lane-layout';

const mark = (id: string, level: LanePlaced['level']): LanePlaced => ({ id, x0: 0, x1: 0, row: 0, y: 13, lane: 'story', labelX: 10, anchor: 'start', inside: false, level, labelWidth: 0 });
const ids = (ps: LanePlaced[]) => ps.map((p) => p.id);
const noneSoft = () => false;

describe('mark layers', () => {
	const drawn = [mark('a', 'full'), mark('b', 'none'), mark('c', 'short'), mark('d', 'none'), mark('e', 'none')];

	it('keeps every mark of a sparse window a component, none in paths', () => {
		const inPaths = pathMarks(drawn, noneSoft, false, 5);
		expect(inPaths).toEqual([]);
		expect(componentMarks(drawn, inPaths, new Set())).toEqual(drawn);
	});

	it('draws the bare marks of a dense window as paths, and the labelled ones as components, in order', () => {
		const inPaths = pathMarks(drawn, noneSoft, false, 4);
		expect(ids(inPaths)).toEqual(['b', 'd', 'e']);
		expect(ids(componentMarks(drawn, inPaths, new Set()))).toEqual(['a', 'c']);
	});

	it('draws the bare marks of a sparse window as paths while a gesture goes on', () => {
		expect(ids(pathMarks(drawn, noneSoft, true, 5))).toEqual(['b', 'd', 'e']);
	});

	it('keeps a bare soft band a component: its fade is a mask in its own box', () => {
		const inPaths = pathMarks(drawn, (id) => id === 'd', false, 4);
		expect(ids(inPaths)).toEqual(['b', 'e']);
		expect(ids(componentMarks(drawn, inPaths, new Set()))).toEqual(['a', 'c', 'd']);
	});

	it('makes a pinned bare mark (selected, hovered, focused) a component too, over its path self', () => {
		const inPaths = pathMarks(drawn, noneSoft, false, 4);
		expect(ids(componentMarks(drawn, inPaths, new Set(['d'])))).toEqual(['a', 'c', 'd']);
		expect(ids(inPaths)).toContain('d');
	});
});
