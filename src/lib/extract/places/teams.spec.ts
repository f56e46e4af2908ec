import { describe, expect, it } from 'vitest';
import { findPlaces } from './index';
import { makeDoc, testGazetteer } from './test-gazetteer';
import type { Lang } from '$lib/model';

const g = testGazetteer();
const found = (text: string, lang: Lang = 'en'): string[] => findPlaces(makeDoc(text, lang), g).map((p) => p.text);

describe('markSides: teams named after their country are not places in a match report', () => {
	it('drops the sides of a match, keeps the places of the same report', () => {
		const report =
			'France beat Italy 24-10 in the Six Nations on Saturday. France’s captain scored a try before the break and Italy conceded two penalties in the match. The squad will fly to Turkey for a training camp.';
		expect(found(report)).toEqual(['Turkey']);
	});

	it('reads French reports the same way: `le XV de France`, `face à l’Italie`', () => {
		const report = 'Le XV de France s’est imposé 31-17 face à l’Italie samedi, avec trois essais, dans un match sans enjeu du Tournoi. Le groupe partira ensuite en Russie pour un stage.';
		expect(found(report, 'fr')).toEqual(['Russie']);
	});

	it('leaves a country a place where something before it says so, or in a story that is not sport', () => {
		expect(found('France beat Italy 24-10 in the final match of the tournament, three tries to one. Fans celebrated in France until dawn.')).toEqual(['France']);
		expect(found('France beat back the proposal from Italy in Brussels on Monday, by 24-10 votes.')).toEqual(['France', 'Italy']);
		// A vote has a score, a victory and a defeat too.
		expect(found('France beat Italy in the final vote, 15-12, a victory that set the agenda after the defeat of the Turkish proposal.')).toEqual(['France', 'Italy']);
	});
});
