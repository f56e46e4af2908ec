import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

/** [trigger, where] of each event, in text order. */
function placed(events: ReturnType<typeof findEvents>): Array<[string | undefined, string | null]> {
	return events.map((e) => [e.trigger?.text, e.where?.name ?? null]);
}

describe('seat: a city or a country acting as the subject', () => {
	it('places what it said or met about at its seat, past an aside between commas', () => {
		const en = makeDoc('Brussels welcomed the result on Monday.', 'en', '2026-03-10');
		expect(placed(findEvents(en, [tx(en, 'Monday', '2026-03-09')], [pl(en, 'Brussels', 50.85, 4.35)]))).toEqual([['welcomed', 'Brussels']]);

		const fr = makeDoc('La Norvège, principal contributeur des fonds forestiers, a promis mercredi 400 millions de dollars.', 'fr', '2026-05-15');
		const ev = findEvents(fr, [tx(fr, 'mercredi', '2026-05-13')], [pl(fr, 'Norvège', 59.91, 10.75, { kind: 'country' })]);
		expect(placed(ev)).toEqual([['promis', 'Norvège']]);
	});

	it('places a city’s decision at its seat, not a country’s', () => {
		const city = makeDoc("Rome a décrété mardi l'état d'urgence pour douze communes.", 'fr', '2025-09-25');
		expect(placed(findEvents(city, [tx(city, 'mardi', '2025-09-23')], [pl(city, 'Rome', 41.89, 12.48)]))).toEqual([['décrété', 'Rome']]);

		const country = makeDoc("L'Inde a décrété mardi l'état d'urgence pour douze États.", 'fr', '2025-09-25');
		const ev = findEvents(country, [tx(country, 'mardi', '2025-09-23')], [pl(country, 'Inde', 28.61, 77.21, { kind: 'country' })]);
		expect(placed(ev)).toEqual([['décrété', null]]);
	});

	it('is no scene for the sentences after it', () => {
		const doc = makeDoc('Brussels welcomed the result on Monday. Markets took the outcome in their stride.', 'en', '2026-03-10');
		const ev = findEvents(doc, [tx(doc, 'Monday', '2026-03-09')], [pl(doc, 'Brussels', 50.85, 4.35)]);
		expect(placed(ev)).toEqual([
			['welcomed', 'Brussels'],
			['took', null]
		]);
	});

	it('does not seat an owner, a company’s home, a plan, or a deed done elsewhere', () => {
		const owner = makeDoc("Malta's armed forces said on Monday that they had not been asked.", 'en', '2025-10-14');
		expect(findEvents(owner, [tx(owner, 'Monday', '2025-10-13')], [pl(owner, 'Malta', 35.9, 14.5, { kind: 'country' })])[0].where).toBeNull();

		const home = makeDoc('The Seattle-based company reported a loss on Wednesday.', 'en', '2025-10-23');
		expect(findEvents(home, [tx(home, 'Wednesday', '2025-10-22')], [pl(home, 'Seattle', 47.6, -122.33)])[0].where).toBeNull();

		const plan = makeDoc('Le Brésil assumera la présidence le 1er décembre.', 'fr', '2023-09-10');
		const planned = findEvents(plan, [tx(plan, 'le 1er décembre', '2023-12-01')], [pl(plan, 'Brésil', -15.79, -47.88, { kind: 'country' })]);
		expect(planned.every((e) => e.where === null)).toBe(true);

		const failed = makeDoc('Pyongyang a échoué en mai à placer un satellite en orbite.', 'fr', '2023-09-13');
		const failures = findEvents(failed, [tx(failed, 'mai', '2023-05')], [pl(failed, 'Pyongyang', 39.03, 125.75)]);
		expect(failures.length).toBeGreaterThan(0);
		expect(failures.every((e) => e.where === null)).toBe(true);
	});
});
