import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/model';
import { findEvents } from './index';
import { withoutTrailing } from './quote-label';
import { makeDoc } from './testkit';

/** The label of the last event of a text: the sentence under test comes last. */
function last(text: string, lang: Lang): string | undefined {
	return findEvents(makeDoc(text, lang, '2024-03-12'), [], [])
		.map((e) => e.label)
		.at(-1);
}

describe('statement labels quote what was said', () => {
	it.each<[string, Lang, string]>([
		// After the colon of the verb of saying, cut between words to the room left.
		[
			'Il a ajouté : « La Corée du Nord dispose des munitions brutes dont Poutine a besoin pour sa guerre en Ukraine. »',
			'fr',
			'Il a ajouté : « La Corée du Nord dispose des munitions brutes dont Poutine… »'
		],
		['The minister said: "We will rebuild every school before winter."', 'en', 'The minister said: "We will rebuild every school before winter"'],
		// Before the incise, in English quotation marks: the comma inside the quotation is not kept.
		['“We have lost everything,” said Maria Lopez, a farmer.', 'en', 'Maria Lopez said: “We have lost everything”'],
		// A quotation nested in another: the outer one is what was said.
		['« Il m’a dit “attends” et il est parti », a raconté Paul Martin.', 'fr', 'Paul Martin a raconté : « Il m’a dit “attends” et il est parti »']
	])('%s', (text, lang, expected) => {
		expect(last(text, lang)).toBe(expected);
	});

	it('leaves a statement without a quotation as it was', () => {
		expect(last('Le ministre a déclaré aux journalistes.', 'fr')).toBe('Le ministre a déclaré aux journalistes');
	});

	it('leaves what was reported (`que …`) to the reported clause, not to a quotation after it', () => {
		expect(last('Le maire a déclaré que la route restera fermée : « Nous attendons les experts ».', 'fr')).toBe('Le maire a déclaré que la route restera fermée');
	});

	it('quotes nothing when the label leaves too little room', () => {
		const label = last('Le porte-parole du ministère fédéral allemand des Affaires étrangères et de la Coopération a déclaré : « Nous suivons la situation de très près depuis des semaines ».', 'fr');
		expect(label).toBeDefined();
		expect(label!.length).toBeLessThanOrEqual(81);
		expect(label).not.toContain('«');
	});

	it('never cuts a word or ends on a function word', () => {
		const label = last('Elle a expliqué : « Les habitants de la vallée ont été évacués vers le gymnase de la commune voisine dans la nuit ».', 'fr')!;
		expect(label).toMatch(/^Elle a expliqué : « .+… »$/);
		const lastWord = label.replace(/… »$/, '').split(' ').at(-1);
		expect(['de', 'la', 'le', 'vers', 'dans', 'des']).not.toContain(lastWord);
		expect('Les habitants de la vallée ont été évacués vers le gymnase de la commune voisine dans la nuit').toContain(label.replace(/^Elle a expliqué : « /, '').replace(/… »$/, ''));
	});
});

describe('withoutTrailing', () => {
	it('is the regex it stands for, on generated strings', () => {
		const pieces = ['a', 'É', ' ', ',', ';', ':', '.', '–', '—', '-', '\u00a0', '\n', '»', 'x y', '\ufeff', '!'];
		let x = 7;
		for (let n = 0; n < 3000; n++) {
			let s = '';
			for (let k = 0; k < n % 9; k++) {
				x = (x * 1103515245 + 12345) % 2 ** 31;
				s += pieces[x % pieces.length];
			}
			expect(withoutTrailing(s, false), JSON.stringify(s)).toBe(s.replace(/[\s,;:.]+$/, ''));
			expect(withoutTrailing(s, true), JSON.stringify(s)).toBe(s.replace(/[\s,;:.–—-]+$/, ''));
		}
	});
});
