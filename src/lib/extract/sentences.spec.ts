import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './clean';
import { splitSentences } from './sentences';
import type { Lang } from '$lib/model';

function split(text: string, lang: Lang = 'fr'): string[] {
	return splitSentences(text, normalizeForMatching(text), lang).map((s) => text.slice(s.start, s.end));
}

function kinds(text: string, lang: Lang = 'fr') {
	return splitSentences(text, normalizeForMatching(text), lang).map((s) => [text.slice(s.start, s.end), s.boilerplate]);
}

describe('splitSentences', () => {
	it.each([
		['M. Dupont est arrivé. Il a parlé.', ['M. Dupont est arrivé.', 'Il a parlé.']],
		['Né en 52 av. J.-C. à Rome, il régna. Puis il mourut.', ['Né en 52 av. J.-C. à Rome, il régna.', 'Puis il mourut.']],
		['Il a dit : « Nous partirons. » Puis il est parti.', ['Il a dit : « Nous partirons. »', 'Puis il est parti.']],
		['Mme Martin et Dr. Who sont là. Fin.', ['Mme Martin et Dr. Who sont là.', 'Fin.']],
		['Mr. Smith went to Washington. He stayed.', ['Mr. Smith went to Washington.', 'He stayed.']],
		// A capital letter ending a sentence is not an initial when a pronoun or an article follows
		['Les vacances débutent le 8 février pour la zone A. Il a exclu toute intervention.', ['Les vacances débutent le 8 février pour la zone A.', 'Il a exclu toute intervention.']],
		['Kim J. Un est arrivé. Il a parlé.', ['Kim J. Un est arrivé.', 'Il a parlé.']],
		['They went to Group B. The team stayed.', ['They went to Group B.', 'The team stayed.']],
		['CAPE CANAVERAL, Fla. (AP) — A rocket blasted off. It went on.', ['CAPE CANAVERAL, Fla. (AP) — A rocket blasted off.', 'It went on.']],
		['The signal came shortly after 5 a.m. The launch went on.', ['The signal came shortly after 5 a.m.', 'The launch went on.']],
		// A straight quote opening the next sentence is not the end of this one
		['He said it would move grain. "Our customers asked for this," he told analysts.', ['He said it would move grain.', '"Our customers asked for this," he told analysts.']],
		['"We stayed." He went on.', ['"We stayed."', 'He went on.']],
		// A decade's `s` is no initial
		['It had run the line since the 1920s. The company went on.', ['It had run the line since the 1920s.', 'The company went on.']]
	])('%j', (text, expected) => {
		const lang: Lang = /went|stayed|signal|rocket|company|grain/.test(text) ? 'en' : 'fr';
		expect(split(text, lang)).toEqual(expected);
	});

	it('never crosses a line break: headlines and captions stand alone', () => {
		expect(split('Un titre sans point\nLe texte commence ici. Et continue.')).toEqual([
			'Un titre sans point',
			'Le texte commence ici.',
			'Et continue.'
		]);
	});

	it('offsets point into the original text, typographic characters included', () => {
		const text = 'L’agence a dit\u00a0: «\u00a0oui\u00a0». C’est tout.';
		const sentences = splitSentences(text, normalizeForMatching(text), 'fr');
		expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['L’agence a dit\u00a0: «\u00a0oui\u00a0».', 'C’est tout.']);
		expect(sentences.map((s) => s.index)).toEqual([0, 1]);
	});

	it('returns nothing for blank text and never throws on odd input', () => {
		expect(split('')).toEqual([]);
		expect(split('   \n\n  ')).toEqual([]);
		expect(() => split('\ud800 \udfff . . «»\n\n…')).not.toThrow();
	});
});

describe('boilerplate', () => {
	const article = [
		'Un autre titre du site sans rapport',
		'',
		'Le vrai titre de l’article',
		'',
		'Le président est arrivé mardi à Paris pour une visite de deux jours, selon son cabinet.',
		'',
		'Le président descend de l’avion à Orly (AFP)',
		'',
		'« un soutien ferme »',
		'',
		'Il rencontrera son homologue mercredi, a indiqué la présidence dans un communiqué.',
		'',
		'Jeanne Dupont',
		'',
		'"Passionnée de voyages. Lectrice."',
		'',
		'Laisser un commentaire',
		'',
		'Votre adresse e-mail ne sera pas publiée.'
	].join('\n');

	it('marks stray headlines, captions, pull-quotes, byline, bio and comment form', () => {
		expect(kinds(article)).toEqual([
			['Un autre titre du site sans rapport', 'headline'],
			['Le vrai titre de l’article', null],
			['Le président est arrivé mardi à Paris pour une visite de deux jours, selon son cabinet.', null],
			['Le président descend de l’avion à Orly (AFP)', 'caption'],
			['« un soutien ferme »', 'pull-quote'],
			['Il rencontrera son homologue mercredi, a indiqué la présidence dans un communiqué.', null],
			['Jeanne Dupont', 'byline'],
			['"Passionnée de voyages.', 'byline'],
			['Lectrice."', 'byline'],
			['Laisser un commentaire', 'comment-form'],
			['Votre adresse e-mail ne sera pas publiée.', 'comment-form']
		]);
	});

	it('tells the title from the byline and publication lines under it, and marks comment prompts', () => {
		const text = ['Grève à la SNCF : le trafic perturbé', '', 'Par Julie Martin', '', 'Publié le 14 mars 2024 à 07h12', '', 'La grève des contrôleurs, lancée jeudi matin, perturbe fortement le trafic.', '', 'Réagissez à cet article'].join('\n');
		expect(kinds(text)).toEqual([
			['Grève à la SNCF : le trafic perturbé', null],
			['Par Julie Martin', 'byline'],
			['Publié le 14 mars 2024 à 07h12', 'byline'],
			['La grève des contrôleurs, lancée jeudi matin, perturbe fortement le trafic.', null],
			['Réagissez à cet article', 'comment-form']
		]);
	});

	it('marks the moderation notice over the comments, in both languages', () => {
		for (const notice of [
			'Comments on this piece are premoderated to ensure discussion remains on the topics raised by the writer.',
			'Les commentaires de cet article sont modérés avant publication.'
		]) {
			const text = ['Scotland edge Wales', '', 'The ball sailed between the posts and Scotland won on Saturday.', '', notice].join('\n');
			expect(kinds(text).at(-1)).toEqual([notice, 'comment-form']);
		}
	});

	it('leaves a plain article alone', () => {
		expect(kinds('Le séisme a frappé lundi. Les secours sont arrivés mardi.').map((k) => k[1])).toEqual([null, null]);
	});
});
