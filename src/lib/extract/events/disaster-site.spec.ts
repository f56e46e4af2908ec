import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

describe('disasterSite: the lede’s disaster place reaches its flashback', () => {
	const lede = "Les familles des victimes de l'effondrement d'un immeuble de la rue Saint-Martin, à Valence, ont retrouvé lundi le tribunal.";
	const flashback = " Le bâtiment s'était écroulé le 15 novembre 2019. Deux enfants avaient péri sous les décombres.";

	it('places the retold disaster, and what its flashback tells next, where the lede put it', () => {
		const doc = makeDoc(lede + flashback, 'fr', '2025-01-22');
		const ev = findEvents(doc, [tx(doc, 'lundi', '2025-01-20'), tx(doc, 'le 15 novembre 2019', '2019-11-15')], [pl(doc, 'Valence', 44.93, 4.89)]);
		expect(ev.filter((e) => e.when?.value === '2019-11-15').map((e) => e.where?.name ?? null)).toEqual(['Valence', 'Valence']);
	});

	it('gives no place when the lede names none on a disaster noun', () => {
		const doc = makeDoc("Les familles des victimes, venues de Valence, ont retrouvé lundi le tribunal." + flashback, 'fr', '2025-01-22');
		const ev = findEvents(doc, [tx(doc, 'lundi', '2025-01-20'), tx(doc, 'le 15 novembre 2019', '2019-11-15')], [pl(doc, 'Valence', 44.93, 4.89)]);
		expect(ev.filter((e) => e.when?.value === '2019-11-15').map((e) => e.where?.name ?? null)).toEqual([null, null]);
	});
});
