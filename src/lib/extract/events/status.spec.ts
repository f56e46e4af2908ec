import { describe, expect, it } from 'vitest';
import type { EventStatus, Lang } from '$lib/model';
import { buildLexicon } from './lexicon';
import { FR_NOUNS, FR_VERBS } from './triggers.fr';
import { EN_NOUNS, EN_VERBS } from './triggers.en';
import { findTriggers, markClauses, tokenize } from './clauses';
import { tenseOf } from './status';

const lex = { fr: buildLexicon('fr', FR_VERBS, FR_NOUNS), en: buildLexicon('en', EN_VERBS, EN_NOUNS) };

/** Status of the trigger whose head word is `word` in `text`. */
function statusOf(text: string, word: string, lang: Lang): EventStatus | null {
	const toks = tokenize(text, 0, text.length, lang);
	markClauses(toks, lang, (t) => (lex[lang].get(t.low) ?? []).some((h) => h.entry.saying && h.tag !== 'noun' && !h.entry.tail));
	const tr = findTriggers(toks, lang, lex[lang]).find((t) => toks[t.i].low === word);
	return tr ? tenseOf(toks, tr, lang).status : null;
}

describe('status', () => {
	it.each([
		['Kim est arrivé mardi en Russie.', 'arrivé', 'occurred'],
		['Kim rencontrera Poutine cette semaine.', 'rencontrera', 'planned'],
		['Les deux dirigeants devraient se rencontrer à Vladivostok.', 'rencontrer', 'planned'],
		['Kim Jong Un doit se rendre à Komsomolsk.', 'rendre', 'planned'],
		['Les pourparlers pourraient inclure un accord signé à Moscou.', 'signé', 'occurred'],
		['Moscou et Pyongyang nient avoir fourni des armes.', 'nient', 'negated'],
		["Kim n'a pas quitté la Corée du Nord.", 'quitté', 'negated'],
		["Selon la police, aucune manifestation n'a eu lieu.", 'manifestation', 'negated'],
		["Personne n'a été blessé dans l'attaque.", 'blessé', 'negated'],
		["Kim n'a plus quitté Pyongyang depuis.", 'quitté', 'negated'],
		// `pas … avant X` tells when it came, not that it never did.
		["Le traité n'a pas été signé avant 1994.", 'signé', 'occurred'],
		["Le ministre n'a pas signé le texte, avant de partir.", 'signé', 'negated'],
		['Même si un accord était conclu lors du sommet, rien ne changerait.', 'conclu', 'hypothetical'],
		['Le ministère a déclaré lundi que la visite montre sa faiblesse.', 'déclaré', 'reported'],
		["Le sommet s'est achevé aujourd'hui à New Delhi.", 'achevé', 'occurred'],
		['Macron était attendu dans la soirée à Dacca.', 'attendu', 'planned'],
		// Intention before its infinitive, with or without a preposition.
		['Le président prévoit de se rendre à Berlin mardi prochain.', 'rendre', 'planned'],
		['Le ministre est censé rencontrer son homologue à Paris.', 'rencontrer', 'planned'],
		["Le ministre s'apprête à signer l'accord.", 'signer', 'planned'],
		// A noun whose happening is announced.
		['La rencontre est prévue à Paris mardi.', 'rencontre', 'planned'],
		['La rencontre a été longue.', 'rencontre', 'occurred'],
		// `parlé de` is no intention: the preposition alone does not make a plan.
		['Le ministre a parlé de rencontrer son homologue.', 'rencontrer', 'occurred']
	] as const)('fr %s → %s', (text, word, expected) => {
		expect(statusOf(text, word, 'fr')).toBe(expected);
	});

	it.each([
		['The quake struck at 4:17 a.m. on Monday.', 'struck', 'occurred'],
		['Washington said it would send two teams.', 'said', 'reported'],
		['The president will visit Ankara on Friday.', 'visit', 'planned'],
		// `to` after an expectation or an intent verb (and its object) opens an infinitive, not a noun.
		['On Wednesday, Kishida is expected to visit Bucha.', 'visit', 'planned'],
		['Xi invited Putin to visit Beijing later this year.', 'visit', 'planned'],
		['The two leaders agreed to meet again in Moscow.', 'meet', 'planned'],
		['The summit is scheduled for Friday in Paris.', 'summit', 'planned'],
		['Officials did not confirm the figures.', 'confirm', 'negated'],
		['Police said no one was killed in the attack.', 'killed', 'negated'],
		['Nobody was injured when the bridge collapsed.', 'injured', 'negated'],
		// `not … until X` tells when it came, not that it never did.
		['The treaty was not signed until the 1990s.', 'signed', 'occurred'],
		['She did not return to Chile until 2004.', 'return', 'occurred'],
		['Officials did not confirm the figures, and will not until Friday.', 'confirm', 'negated'],
		['The toll could rise if buildings collapse overnight.', 'collapse', 'hypothetical']
	] as const)('en %s → %s', (text, word, expected) => {
		expect(statusOf(text, word, 'en')).toBe(expected);
	});
});

describe('pluperfect', () => {
	/** Whether the trigger whose head word is `word` is told in the pluperfect. */
	const pluperfectOf = (text: string, word: string, lang: Lang): boolean | null => {
		const toks = tokenize(text, 0, text.length, lang);
		markClauses(toks, lang, (t) => (lex[lang].get(t.low) ?? []).some((h) => h.entry.saying && h.tag !== 'noun' && !h.entry.tail));
		const tr = findTriggers(toks, lang, lex[lang]).find((t) => toks[t.i].low === word);
		return tr ? tenseOf(toks, tr, lang).pluperfect : null;
	};
	it.each([
		['Les deux entrepreneurs avaient été relaxés.', 'relaxés', 'fr', true],
		['Les deux entrepreneurs ont été relaxés.', 'relaxés', 'fr', false],
		['Thirty people had been rescued from the boat.', 'rescued', 'en', true],
		['Thirty people have been rescued from the boat.', 'rescued', 'en', false]
	] as const)('%s → %s', (text, word, lang, expected) => expect(pluperfectOf(text, word, lang)).toBe(expected));
});
