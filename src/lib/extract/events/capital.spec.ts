import { describe, expect, it } from 'vitest';
import { placeAnaphors } from './anaphor';
import { capitalAdjective } from './capital';
import { makeDoc, pl } from './testkit';

describe('capital: `the capital` points back to a named country’s capital', () => {
	it('stands in for a city the article named where a named country has its point', () => {
		const doc = makeDoc('Barrot a atterri à Beyrouth lundi. Le Liban attend une aide. Dans la capitale libanaise, il a visité le port.', 'fr', '2025-04-08');
		const places = [pl(doc, 'Beyrouth', 33.89, 35.5), pl(doc, 'Liban', 33.89, 35.5, { kind: 'country' })].map((p) => ({ ...p, country: 'LB' }));
		expect((placeAnaphors(doc, places).get(2) ?? []).map((p) => [p.text, p.name])).toEqual([['la capitale', 'Beyrouth']]);
	});

	it('reaches further back than the other nouns: the story’s capital is one city', () => {
		const doc = makeDoc('KATHMANDU, Nepal (AP) — A slide hit the camp. Four died. Seven are missing. Rescuers flew in. Helicopters took the injured to hospitals in the capital.', 'en', '2025-10-02');
		const places = [pl(doc, 'KATHMANDU', 27.7, 85.32, { name: 'Kathmandu' }), pl(doc, 'Nepal', 27.7, 85.32, { kind: 'country' })].map((p) => ({ ...p, country: 'NP' }));
		expect((placeAnaphors(doc, places).get(4) ?? []).map((p) => p.name)).toEqual(['Kathmandu']);
	});

	it('takes no city that is no country’s seat, nor one of another nationality', () => {
		const doc = makeDoc('Flights left Lagos for Brasília. Nigeria and Brazil signed. Crowds gathered in the capital.', 'en', '2025-04-08');
		const lagos = { ...pl(doc, 'Lagos', 6.45, 3.39), country: 'NG' };
		const nigeria = { ...pl(doc, 'Nigeria', 9.07, 7.49, { kind: 'country' }), country: 'NG' };
		// Lagos is named, but Nigeria's point is Abuja: no capital to point back to.
		expect(placeAnaphors(doc, [lagos, nigeria]).size).toBe(0);

		const fr = makeDoc('Le sommet a eu lieu à Brasília. Le Brésil et le Congo ont signé. Le premier sommet s’était tenu dans la capitale congolaise.', 'fr', '2026-05-15');
		const places = [
			{ ...pl(fr, 'Brasília', -15.79, -47.88), country: 'BR' },
			{ ...pl(fr, 'Brésil', -15.79, -47.88, { kind: 'country' }), country: 'BR' },
			{ ...pl(fr, 'Congo', -4.27, 15.28, { kind: 'country' }), country: 'CG' }
		];
		expect(placeAnaphors(fr, places).size).toBe(0);
	});

	it('reads the words after the noun: money is no seat, a nationality says whose', () => {
		expect(capitalAdjective('the capital gains tax', 11)).toBe(false);
		expect(capitalAdjective('la capitale économique', 11)).toBe(false);
		expect(capitalAdjective('la capitale libanaise, il', 11)).toBe('libanaise');
		expect(capitalAdjective('the capital on monday', 11)).toBeNull();
	});
});
