import { describe, expect, it } from 'vitest';
import { bracketedWord } from './bracketed.testkit';
import { inPluperfect } from './pluperfect';
import type { Lang } from '$lib/model';

/** Whether the word in brackets is in a pluperfect clause. */
function pluperfectAt(text: string, lang: Lang): boolean {
	const { T, i } = bracketedWord(text);
	return inPluperfect(T, 0, T.length, i, i + 1, lang);
}

describe('a date in a pluperfect clause', () => {
	it.each([
		['Les voyageurs avaient été prévenus dès [dimanche] par courriel.', 'fr', true],
		["Il s'était rendu [lundi] à Kiev.", 'fr', true],
		['Le train avait déjà traversé la frontière [samedi].', 'fr', true],
		['Passengers had been warned on [Sunday] by email.', 'en', true],
		// Other tenses, and a pluperfect in another clause.
		["Des milliers de personnes s'étaient massées dès l'[aube].", 'fr', true],
		['Le convoi était arrivé [lundi].', 'fr', true],
		['Les voyageurs ont été prévenus dès [dimanche].', 'fr', false],
		['Plus de 800 secouristes étaient mobilisés [mercredi].', 'fr', false],
		['Il avait faim, et il est parti [dimanche].', 'fr', false],
		["L'ambiance restait calme en fin de [matinée].", 'fr', false],
		['Passengers were warned on [Sunday].', 'en', false],
		['He had a meeting on [Sunday].', 'en', false]
	] as [string, Lang, boolean][])('%s', (text, lang, want) => {
		expect(pluperfectAt(text, lang)).toBe(want);
	});
});
