import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

function triggers(text: string, lang: 'en' | 'fr', dates: Array<[string, string]> = []): Array<string | undefined> {
	const doc = makeDoc(text, lang, '2025-10-01');
	return findEvents(doc, dates.map(([t, v]) => tx(doc, t, v)), []).map((e) => e.trigger?.text);
}

describe('dropLongStanding: a stance held for a long time is no event', () => {
	it('drops an English perfect with long', () => {
		expect(triggers('An avalanche killed four climbers on Wednesday. Guides have long argued that the mountains are less predictable.', 'en', [['Wednesday', '2025-10-01']])).toEqual(['killed']);
	});

	it('drops a French imperfect held depuis des mois', () => {
		expect(triggers('Le sommet a adopté mardi une déclaration. Les pays forestiers réclamaient depuis des mois un engagement chiffré.', 'fr', [['mardi', '2025-09-30']])).toEqual(['adopté']);
	});

	it('keeps a perfect with long pinned to a day of its own', () => {
		expect(triggers('The union has long argued on Monday that the cuts were unsafe.', 'en', [['Monday', '2025-09-29']])).toContain('argued');
	});
});
