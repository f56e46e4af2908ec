import { describe, expect, it } from 'vitest';
import { bracketedWord } from './bracketed.testkit';
import { tenseAround } from './tense';
import type { Lang, Tense } from '$lib/model';

/** Tense around the word in brackets. */
function tenseOf(text: string, lang: Lang): Tense | null {
	const { T, i } = bracketedWord(text);
	return tenseAround(T, 0, T.length, i, i + 1, lang);
}

describe('tense of the governing verb', () => {
	it.each([
		['Kim est arrivé [mardi] en Russie.', 'past'],
		// A passive conditional is still to come; a past conditional or one of motion tells an alleged past.
		['Les personnes interpellées seraient jugées dès [lundi] à Niort.', 'conditional'],
		['Le suspect aurait tué sa victime [dimanche].', 'past'],
		['Le suspect serait arrivé [dimanche] à Lyon.', 'past'],
		["Il se serait rendu [dimanche] à Lyon.", 'past'],
		['Il quittait la gare [dimanche] soir.', 'past'],
		['Le train avait traversé la frontière [samedi].', 'past'],
		['Kim rencontrera Poutine [mercredi].', 'future'],
		['Le forum va se tenir [mercredi].', 'future'],
		['Les dirigeants devraient se rencontrer [jeudi].', 'future'],
		['Les dirigeants devraient arriver [jeudi].', 'conditional'],
		['Il doit se rendre [lundi] à Moscou.', 'future'],
		['Le sommet est prévu [jeudi].', 'future'],
		['Le sommet a lieu [jeudi].', 'present'],
		["Le président, qui s'est rendu [lundi] à Kiev, a parlé.", 'past'],
		["L'exposition est ouverte [lundi].", 'present'],
		["Il s'entretiendra [jeudi] avec son homologue.", 'future'],
		["Il a proposé de se retrouver [fin] novembre.", 'future'],
		// `avoir` + a prospective participle is a past act; `être` + one looks ahead
		['Le ministre a appelé [dimanche] les syndicats au calme.', 'past'],
		// object pronouns between `doit` and its infinitive; `devais` and first-person futures
		['Une tournée qui doit le conduire [vendredi] au Qatar.', 'future'],
		['Je devais aller à Nantes [jeudi].', 'future'],
		['Je partirai [samedi] en covoiturage.', 'future'],
		// The verb of saying of an incise tells when it was said; the clause's own verb governs.
		['Le chantier pourrait reprendre à l’[automne], a-t-il déclaré.', 'conditional'],
		['Le chantier pourrait reprendre à l’[automne], a déclaré le maire.', 'conditional'],
		// …but a clause with no verb of its own takes it.
		['Pas avant [lundi], a déclaré le maire.', 'past'],
		// An auxiliary after a comma that is no verb of saying still votes.
		['À Amman, [mercredi], le ministre a été reçu par le roi.', 'past']
	] as [string, Tense][])('fr: %s → %s', (text, tense) => {
		expect(tenseOf(text, 'fr')).toBe(tense);
	});

	it.each([
		['The quake struck on [Monday].', 'past'],
		['Rescuers will resume on [Thursday].', 'future'],
		['The leader is to visit on [Friday].', 'future'],
		['The vote is expected to take place on [Sunday].', 'future'],
		['He has arrived on [Monday].', 'past'],
		['The election would be held on [May] 14.', 'conditional'],
		// A past form after a copula is an adjective; `will` governs.
		['Schools will stay closed through [Friday].', 'future'],
		// A verb of intent with its `to` a few words on looks forward.
		['The company said it expects growth to slow in the second [half].', 'future'],
		// The verb of saying of an incise tells when it was said; the clause's own verb governs.
		['Portugal could be heading for yet another election as early as the [autumn], analysts said.', 'conditional'],
		['Not before [Monday], officials said.', 'past'],
		// A condition is a clause of its own: its verb governs less than the main clause's.
		['He could make his debut on [Sunday] if his clearance arrived in time.', 'conditional']
	] as [string, Tense][])('en: %s → %s', (text, tense) => {
		expect(tenseOf(text, 'en')).toBe(tense);
	});
});
