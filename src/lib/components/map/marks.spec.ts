import { describe, expect, it } from 'vitest';
import { anyIn, changedIds, EventIndex, MarkTracker } from './marks';

describe('changedIds', () => {
	it.each([
		[[], ['e1'], ['e1']],
		[['e1'], [], ['e1']],
		[['e1', 'e2'], ['e2', 'e3'], ['e1', 'e3']],
		[['e1'], ['e1'], []]
	])('%j → %j changes %j', (before, after, expected) => {
		expect(changedIds(before, after)).toEqual(expected);
	});
});

describe('MarkTracker', () => {
	it('reports what a selection and a hover changed, and keeps the marks', () => {
		const t = new MarkTracker();
		expect(t.update(['e1'], [])).toEqual(['e1']);
		expect(t.marks.selected.has('e1')).toBe(true);
		expect(t.update(['e2'], ['e5'])).toEqual(['e1', 'e2', 'e5']);
		expect([...t.marks.selected]).toEqual(['e2']);
		expect([...t.marks.hovered]).toEqual(['e5']);
		const same = ['e2'];
		expect(t.update(same, ['e5'])).toEqual([]);
	});
});

describe('EventIndex', () => {
	it('finds each drawn thing holding a changed event once', () => {
		const idx = new EventIndex<string>();
		idx.add(['e1', 'e2'], 'paris');
		idx.add(['e2', 'e3'], 'lyon');
		expect([...idx.touched(['e2', 'e1'])]).toEqual(['paris', 'lyon']);
		expect([...idx.touched(['e9'])]).toEqual([]);
		idx.delete(['e2', 'e3'], 'lyon');
		expect(idx.get('e2')).toEqual(['paris']);
		expect(idx.get('e3')).toEqual([]);
	});
});

describe('anyIn', () => {
	it('is true when one id is in the set', () => {
		expect(anyIn(new Set(['e2']), ['e1', 'e2'])).toBe(true);
		expect(anyIn(new Set(['e2']), ['e1'])).toBe(false);
		expect(anyIn(new Set(), ['e1'])).toBe(false);
	});
});
