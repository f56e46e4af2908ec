import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

describe('secondVerbOwnDate: `did this in January and has done that this year` tells two happenings', () => {
	it('gives the second verb its own date, though that date holds the first one', () => {
		const en = makeDoc('The company cut 300 jobs at its headquarters in January and has closed 14 of its 210 stores this year.', 'en', '2025-10-23');
		const whens = findEvents(en, [tx(en, 'January', '2025-01'), tx(en, 'this year', '2025')], []).map((e) => e.when?.value);
		expect(whens).toEqual(['2025-01', '2025']);
		const fr = makeDoc("L'entreprise a supprimé 300 postes en janvier et a fermé 14 magasins cette année.", 'fr', '2025-10-23');
		expect(findEvents(fr, [tx(fr, 'janvier', '2025-01'), tx(fr, 'cette année', '2025')], []).map((e) => e.when?.value)).toEqual(['2025-01', '2025']);
	});

	it('keeps one event when the second verb has no date of its own or the same one', () => {
		const none = makeDoc('The company cut 300 jobs in January and closed 14 stores.', 'en', '2025-10-23');
		expect(findEvents(none, [tx(none, 'January', '2025-01')], []).map((e) => e.when?.value)).toEqual(['2025-01']);
	});
});
