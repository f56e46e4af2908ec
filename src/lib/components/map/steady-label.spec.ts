import { describe, expect, it } from 'vitest';
import { labelPosition } from './steady-label';

const size = { width: 60, height: 15 };
const none = { x: 0, y: 0 };

describe('labelPosition (as Leaflet 1.9 places a tooltip)', () => {
	it('puts a right-hand label beside its point, centred on it vertically, after the offset', () => {
		expect(labelPosition({ x: 100, y: 200 }, { size, direction: 'right', offset: { x: 12, y: 0 }, anchor: none, leftOfCentre: false })).toEqual({ direction: 'right', x: 112, y: 192 });
	});

	it('centres a centre label on its point both ways', () => {
		expect(labelPosition({ x: 100, y: 200 }, { size, direction: 'center', offset: none, anchor: none, leftOfCentre: true })).toEqual({ direction: 'center', x: 70, y: 192 });
	});

	it('puts a top label above its point, with the anchor added', () => {
		expect(labelPosition({ x: 100, y: 200 }, { size, direction: 'top', offset: { x: 0, y: -13 }, anchor: { x: 1, y: 2 }, leftOfCentre: false })).toEqual({ direction: 'top', x: 71, y: 174 });
	});

	it('turns an auto label away from the map centre', () => {
		const offset = { x: 6, y: 0 };
		expect(labelPosition({ x: 100, y: 200 }, { size, direction: 'auto', offset, anchor: none, leftOfCentre: true })).toEqual({ direction: 'right', x: 106, y: 192 });
		expect(labelPosition({ x: 100, y: 200 }, { size, direction: 'auto', offset, anchor: none, leftOfCentre: false })).toEqual({ direction: 'left', x: 100 - 72 + 6, y: 192 });
	});
});
