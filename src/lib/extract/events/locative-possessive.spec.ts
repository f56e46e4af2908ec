import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

/** [trigger, where] of each event, in text order. */
function placed(events: ReturnType<typeof findEvents>): Array<[string | undefined, string | null]> {
	return events.map((e) => [e.trigger?.text, e.where?.name ?? null]);
}

describe("locative-possessive: `at Rotterdam's port` locates, `Turkey's agency` does not", () => {
	it('places a happening at a spot the place owns, inside a phrase of setting', () => {
		const doc = makeDoc("A fourth man was arrested at Rotterdam's port on Sunday evening.", 'en', '2025-09-09');
		const ev = findEvents(doc, [tx(doc, 'Sunday evening', '2025-09-07TEV', { type: 'TIME' })], [pl(doc, 'Rotterdam', 51.92, 4.48)]);
		expect(placed(ev)).toEqual([['arrested', 'Rotterdam']]);
	});

	it('leaves a possessive outside a phrase of setting an owner only', () => {
		const doc = makeDoc("The man was handed over to Rotterdam's police on Sunday evening.", 'en', '2025-09-09');
		const ev = findEvents(doc, [tx(doc, 'Sunday evening', '2025-09-07TEV', { type: 'TIME' })], [pl(doc, 'Rotterdam', 51.92, 4.48)]);
		expect(placed(ev).every(([, where]) => where === null)).toBe(true);
	});
});
