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

	it("places what a country's own actor, its subject, does in that country", () => {
		const doc = makeDoc("Portugal's centre-right Democratic Alliance won the snap election on Sunday.", 'en', '2026-03-09');
		const ev = findEvents(doc, [tx(doc, 'Sunday', '2026-03-08')], [pl(doc, 'Portugal', 38.72, -9.14, { kind: 'country' })]);
		expect(placed(ev)).toEqual([['won', 'Portugal']]);
	});

	it("leaves a statement by a country's body, or a possessive far from the verb, unplaced", () => {
		const said = makeDoc("Turkey's disaster agency said on Monday that rescuers were at work.", 'en', '2023-02-07');
		expect(placed(findEvents(said, [tx(said, 'Monday', '2023-02-06')], [pl(said, 'Turkey', 39.93, 32.86, { kind: 'country' })]))[0]).toEqual(['said', null]);
		const far = makeDoc("Portugal's centre-right party, which had led the polls for months, won the snap election on Sunday.", 'en', '2026-03-09');
		const ev = findEvents(far, [tx(far, 'Sunday', '2026-03-08')], [pl(far, 'Portugal', 38.72, -9.14, { kind: 'country' })]);
		expect(placed(ev).find(([t]) => t === 'won')).toEqual(['won', null]);
	});
});
