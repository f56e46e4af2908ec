import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { canHold } from './apposition';
import { makeDoc, pl, tx } from './testkit';

/** [trigger, where] of each event, in text order. */
function placed(events: ReturnType<typeof findEvents>): Array<[string | undefined, string | null]> {
	return events.map((e) => [e.trigger?.text, e.where?.name ?? null]);
}

describe('apposition: only a place as large can hold the one before it', () => {
	it('lets a country or a region hold a town, not a town a country', () => {
		const doc = makeDoc('Italy Cardiff Kent', 'en', '2026-03-01');
		const italy = pl(doc, 'Italy', 41.9, 12.5, { kind: 'country' });
		const cardiff = pl(doc, 'Cardiff', 51.48, -3.18);
		const kent = pl(doc, 'Kent', 51.2, 0.7, { kind: 'region' });
		expect(canHold(italy, cardiff)).toBe(true);
		expect(canHold(kent, cardiff)).toBe(true);
		expect(canHold(cardiff, italy)).toBe(false);
		expect(canHold(cardiff, kent)).toBe(false);
	});

	it('places a match at the town after the visiting country', () => {
		const doc = makeDoc('Wales host Italy in Cardiff on March 14.', 'en', '2026-03-01');
		const ev = findEvents(doc, [tx(doc, 'March 14', '2026-03-14')], [pl(doc, 'Italy', 41.9, 12.5, { kind: 'country' }), pl(doc, 'Cardiff', 51.48, -3.18)]);
		expect(placed(ev)).toEqual([['host', 'Cardiff']]);
	});

	it('still reads a province after a town as where the town lies', () => {
		const doc = makeDoc('The quake destroyed homes in Pazarcık in Kahramanmaraş province on Monday.', 'en', '2023-02-07');
		const ev = findEvents(doc, [tx(doc, 'Monday', '2023-02-06')], [pl(doc, 'Pazarcık', 37.49, 37.29), pl(doc, 'Kahramanmaraş', 37.58, 36.93, { kind: 'region' })]);
		expect(placed(ev)).toEqual([['destroyed', 'Pazarcık']]);
	});
});
