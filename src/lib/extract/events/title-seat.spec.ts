import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

/** [trigger, where] of each event, in text order. */
function placed(events: ReturnType<typeof findEvents>): Array<[string | undefined, string | null]> {
	return events.map((e) => [e.trigger?.text, e.where?.name ?? null]);
}

describe('title-seat: a local office places what its holder says', () => {
	it('places a mayor’s saying at the town the title names, past the holder’s name between commas', () => {
		const fr = makeDoc("Le maire de Sulmona, Vittorio Ranieri, a démenti mercredi que l'hôpital ait été évacué.", 'fr', '2025-09-25');
		const ev = findEvents(fr, [tx(fr, 'mercredi', '2025-09-24')], [pl(fr, 'Sulmona', 42.05, 13.93)]);
		expect(placed(ev)).toEqual([['démenti', 'Sulmona']]);

		const bourg = makeDoc("Le bourgmestre de Dinant, Luc Verhaegen, s'est félicité dimanche d'un succès populaire.", 'fr', '2025-08-18');
		const ev2 = findEvents(bourg, [tx(bourg, 'dimanche', '2025-08-17')], [pl(bourg, 'Dinant', 50.26, 4.91)]);
		expect(placed(ev2)).toEqual([['félicité', 'Dinant']]);
	});

	it('reads the English forms: `the mayor of X`, `X mayor Name`', () => {
		const of = makeDoc('The mayor of Bristol said on Monday that the bridge would reopen.', 'en', '2026-03-10');
		const ev = findEvents(of, [tx(of, 'Monday', '2026-03-09')], [pl(of, 'Bristol', 51.45, -2.58)]);
		expect(ev[0].where?.name).toBe('Bristol');

		const before = makeDoc('Bristol mayor Marvin Rees said on Monday that the bridge would reopen.', 'en', '2026-03-10');
		const ev2 = findEvents(before, [tx(before, 'Monday', '2026-03-09')], [pl(before, 'Bristol', 51.45, -2.58)]);
		expect(ev2[0].where?.name).toBe('Bristol');

		const owner = makeDoc("Bristol's mayor, Marvin Rees, said on Monday that the bridge would reopen.", 'en', '2026-03-10');
		const ev3 = findEvents(owner, [tx(owner, 'Monday', '2026-03-09')], [pl(owner, 'Bristol', 51.45, -2.58)]);
		expect(ev3[0].where?.name).toBe('Bristol');

		const state = makeDoc('Lagos state governor Babajide Sanwo-Olu said on Monday that schools would reopen.', 'en', '2026-03-10');
		const ev4 = findEvents(state, [tx(state, 'Monday', '2026-03-09')], [pl(state, 'Lagos', 6.6, 3.35, { kind: 'region' })]);
		expect(ev4[0].where?.name).toBe('Lagos');
	});

	it('needs an office of the place’s kind heading the subject', () => {
		// A mayor is a town's: a country named after `maire de` is not his seat.
		const country = makeDoc('Le maire de France a démenti mercredi les rumeurs.', 'fr', '2025-09-25');
		expect(findEvents(country, [tx(country, 'mercredi', '2025-09-24')], [pl(country, 'France', 48.85, 2.35, { kind: 'country' })])[0].where).toBeNull();

		// `Bristol's mayor` owns the subject, `Bristol's harbour master` is no local office of the kind.
		const other = makeDoc("Bristol's harbour master said on Monday that the bridge would reopen.", 'en', '2026-03-10');
		expect(findEvents(other, [tx(other, 'Monday', '2026-03-09')], [pl(other, 'Bristol', 51.45, -2.58)])[0].where).toBeNull();

		// The office completes the object, not the subject.
		const object = makeDoc('Les manifestants ont critiqué mercredi le maire de Sulmona.', 'fr', '2025-09-25');
		expect(findEvents(object, [tx(object, 'mercredi', '2025-09-24')], [pl(object, 'Sulmona', 42.05, 13.93)]).every((e) => e.where === null)).toBe(true);
	});
});
