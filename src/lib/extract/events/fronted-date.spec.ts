import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

describe('dateByFrontedDate: a date opening the sentence frames all it tells', () => {
	it('dates the second clause by the year the sentence opens on, not by the story’s day', () => {
		const doc = makeDoc('In 2022, floods killed more than 190 people in the state, and a single deluge left Silchar under water.', 'en', '2025-07-02');
		const ev = findEvents(doc, [tx(doc, '2022', '2022')], [pl(doc, 'Silchar', 24.83, 92.78)]);
		expect(ev.map((e) => e.when?.value)).toEqual(['2022', '2022']);
	});

	it('does the same in French after `En …,`', () => {
		const doc = makeDoc('En août 2021, un incendie a ravagé le massif, et les pompiers ont évacué trois campings.', 'fr', '2026-07-22');
		const ev = findEvents(doc, [tx(doc, 'août 2021', '2021-08')], []);
		expect(ev.map((e) => e.when?.value)).toEqual(['2021-08', '2021-08']);
	});

	it('leaves a date in the middle of the sentence to the verb it is bound to', () => {
		const doc = makeDoc('Floods killed more than 190 people in 2022, and a new deluge left Silchar under water.', 'en', '2025-07-02');
		const ev = findEvents(doc, [tx(doc, '2022', '2022')], []);
		expect(ev.map((e) => e.when?.value)).toEqual(['2022', '2025-07-02']);
	});
});
