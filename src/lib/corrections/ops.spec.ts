import { describe, expect, it } from 'vitest';
import { readCorrectionOp } from './ops';

const target = { id: 'e3', sentence: 2, trigger: { start: 10, end: 16, text: 'arrivé' } };
const place = { name: 'Vladivostok', lat: 43.1, lon: 131.9, kind: 'city', gazetteerId: 'geonames:2013348' };

describe('readCorrectionOp', () => {
	it('accepts each kind of correction and normalises what it reads', () => {
		expect(readCorrectionOp({ type: 'edit', target, changes: { label: '  Kim   arrives ', date: { value: '2023-09-12', precision: 'day' }, place, status: 'occurred' } })).toEqual({
			ok: true,
			op: { type: 'edit', target, changes: { label: 'Kim arrives', date: { value: '2023-09-12', precision: 'day' }, place, status: 'occurred' } }
		});
		expect(readCorrectionOp({ type: 'edit', target, changes: { date: null, place: null } })).toMatchObject({ ok: true, op: { changes: { date: null, place: null } } });
		expect(readCorrectionOp({ type: 'delete', target })).toEqual({ ok: true, op: { type: 'delete', target } });
		expect(readCorrectionOp({ type: 'merge', target, other: { ...target, id: 'e4', sentence: 3 } }).ok).toBe(true);
		expect(readCorrectionOp({ type: 'add', sentence: 2, trigger: target.trigger, label: 'New' })).toEqual({
			ok: true,
			op: { type: 'add', sentence: 2, trigger: target.trigger, label: 'New', date: null, place: null, status: 'occurred' }
		});
		expect(readCorrectionOp({ type: 'undo' })).toEqual({ ok: true, op: { type: 'undo' } });
	});

	const bad: Array<[string, unknown, string]> = [
		['not an object', 'delete', 'op'],
		['an unknown type', { type: 'rename' }, 'type'],
		['a target without trigger', { type: 'delete', target: { id: 'e1', sentence: 0 } }, 'target.trigger'],
		['an empty label', { type: 'edit', target, changes: { label: '   ' } }, 'changes.label'],
		['a label too long', { type: 'edit', target, changes: { label: 'x'.repeat(201) } }, 'changes.label'],
		['a bad date', { type: 'edit', target, changes: { date: { value: '2023-13-01', precision: 'day' } } }, 'changes.date.value'],
		['an unknown precision', { type: 'edit', target, changes: { date: { value: '2023', precision: 'era' } } }, 'changes.date.precision'],
		['a place off the globe', { type: 'edit', target, changes: { place: { ...place, lat: 123 } } }, 'changes.place'],
		['an unknown status', { type: 'edit', target, changes: { status: 'rumoured' } }, 'changes.status'],
		['no change at all', { type: 'edit', target, changes: {} }, 'changes'],
		['a merge with itself', { type: 'merge', target, other: target }, 'other'],
		['an add without a sentence', { type: 'add', trigger: target.trigger, label: 'x' }, 'sentence']
	];
	it.each(bad)('refuses %s, naming the field', (_, input, field) => {
		const read = readCorrectionOp(input);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.errors.map((e) => e.field)).toContain(field);
	});
});
