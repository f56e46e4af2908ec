import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

describe('foldWhenClauses: `…DATE, when …` tells one happening', () => {
	it('makes one event of the clause before the date and the `when` clause after it, in English and French', () => {
		const en = makeDoc('The bidding contest began last November, when Lakeshore rejected an unsolicited offer.', 'en', '2025-03-05');
		expect(findEvents(en, [tx(en, 'last November', '2024-11')], []).map((e) => [e.trigger?.text, e.when?.value])).toEqual([['began', '2024-11']]);
		const fr = makeDoc('La grève a commencé en mars 2023, lorsque les cheminots ont bloqué les dépôts.', 'fr', '2025-02-03');
		expect(findEvents(fr, [tx(fr, 'mars 2023', '2023-03')], []).map((e) => e.when?.value)).toEqual(['2023-03']);
	});

	it('gives the kept event the place only the `when` clause names', () => {
		const doc = makeDoc('Violence broke out in August 2023, when a fan group attacked supporters in Athens.', 'en', '2025-05-19');
		const ev = findEvents(doc, [tx(doc, 'August 2023', '2023-08')], [pl(doc, 'Athens', 37.98, 23.73)]);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value, e.where?.name ?? null])).toEqual([['broke out', '2023-08', 'Athens']]);
	});

	it('leaves two events when the `when` clause has its own date', () => {
		const doc = makeDoc('The talks began on Monday, when on Tuesday the rebels attacked the town.', 'en', '2025-05-21');
		const ev = findEvents(doc, [tx(doc, 'Monday', '2025-05-19'), tx(doc, 'Tuesday', '2025-05-20')], []);
		expect(ev.map((e) => e.when?.value)).toEqual(['2025-05-19', '2025-05-20']);
	});

	it('lets a `when` clause whose clause before tells nothing carry the story’s day', () => {
		const doc = makeDoc('Il était près de 22 heures, jeudi 14 mai, lorsque les délégations ont adopté la déclaration. Le ministre s’est félicité du texte.', 'fr', '2026-05-15');
		const ev = findEvents(doc, [tx(doc, 'jeudi 14 mai', '2026-05-14')], []);
		expect(ev.map((e) => e.when?.value)).toEqual(['2026-05-14', '2026-05-14']);
	});
});
