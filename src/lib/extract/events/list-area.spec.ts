import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { oneArea } from './list-area';
import { makeDoc, pl, tx } from './testkit';

describe('list-area: a list of neighbouring places is one area', () => {
	it('takes towns close together as one area, not distant ones nor countries', () => {
		const doc = makeDoc('Leeds, Bradford, Paris, Turkey and Syria', 'en', '2025-09-09');
		const leeds = pl(doc, 'Leeds', 53.8, -1.55);
		const bradford = pl(doc, 'Bradford', 53.79, -1.75);
		const paris = pl(doc, 'Paris', 48.86, 2.35);
		const turkey = pl(doc, 'Turkey', 39.93, 32.86, { kind: 'country' });
		const syria = pl(doc, 'Syria', 33.51, 36.29, { kind: 'country' });
		expect(oneArea([leeds, bradford])).toBe(true);
		expect(oneArea([leeds, paris])).toBe(false);
		expect(oneArea([turkey, syria])).toBe(false);
		expect(oneArea([leeds])).toBe(false);
	});

	it('places a happening told at a list of neighbouring towns in their area (at one of them)', () => {
		const doc = makeDoc('The men were detained in raids in Leeds and Bradford on Monday.', 'en', '2025-09-09');
		const ev = findEvents(doc, [tx(doc, 'Monday', '2025-09-08')], [pl(doc, 'Leeds', 53.8, -1.55), pl(doc, 'Bradford', 53.79, -1.75)]);
		expect(ev).toHaveLength(1);
		expect(['Leeds', 'Bradford']).toContain(ev[0].where?.name);
	});

	it('leaves a happening told at distant places of a list unplaced', () => {
		const doc = makeDoc('The men were detained in raids in Leeds and Paris on Monday.', 'en', '2025-09-09');
		const ev = findEvents(doc, [tx(doc, 'Monday', '2025-09-08')], [pl(doc, 'Leeds', 53.8, -1.55), pl(doc, 'Paris', 48.86, 2.35)]);
		expect(ev.map((e) => [e.trigger?.text, e.where?.name ?? null])).toEqual([['detained', null]]);
	});
});
