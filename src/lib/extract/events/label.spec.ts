import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/model';
import { findEvents } from './index';
import { makeDoc } from './testkit';

/** Labels of the events of a text, in order (no dates or places given: the strong heads only). */
function labels(text: string, lang: Lang): string[] {
	return findEvents(makeDoc(text, lang, '2024-03-12'), [], []).map((e) => e.label);
}

/** The label of the last event: the sentence under test comes last, after any context. */
function last(text: string, lang: Lang): string | undefined {
	return labels(text, lang).at(-1);
}

describe('labels: subject + verb phrase, French', () => {
	it.each([
		// A connector is no subject; the coordinated subject is kept whole.
		['Cependant, Paris et Berlin ont démenti avoir négocié un accord avec Téhéran.', 'Paris et Berlin ont démenti avoir négocié un accord avec Téhéran'],
		// The whole subject, not the capital inside it; the deictic date is left to the timeline.
		['Le Premier ministre japonais est arrivé lundi à Paris pour une visite de trois jours.', 'Le Premier ministre japonais est arrivé à Paris pour une visite de trois jours'],
		['Le président prévoit de se rendre à Berlin mardi prochain.', 'Le président prévoit de se rendre à Berlin'],
		// A reflexive keeps its pronoun, and the subject its determiner.
		['Les deux hommes s’étaient déjà rencontrés à Tokyo en 2019.', 'Les deux hommes s’étaient déjà rencontrés à Tokyo en 2019'],
		// `Selon X,` and a time adverbial before the subject are left out.
		['Selon l’agence Yonhap, hier, le président sud-coréen Yoon Suk Yeol a quitté Séoul.', 'Le président sud-coréen Yoon Suk Yeol a quitté Séoul'],
		// `ce mardi` goes with its determiner; a date word at the start is no name for `il`.
		["Un incendie s'est déclaré ce mardi à Rognac.", "Un incendie s'est déclaré à Rognac"],
		['Hier soir, le préfet Paul Durand s’est rendu à Rognac. Il a annoncé une évacuation.', 'Paul Durand a annoncé une évacuation'],
		// Negation is kept.
		['La chancelière n’a pas signé le texte final.', 'La chancelière n’a pas signé le texte final'],
		// A name in apposition is the subject.
		['Le maire de Marseille, Benoît Payan, a annoncé la fermeture des écoles.', 'Benoît Payan a annoncé la fermeture des écoles'],
		['Maria Schmidt, porte-parole de la Commission européenne, a déclaré aux journalistes que l’enquête continuait.', 'Maria Schmidt a déclaré aux journalistes que l’enquête continuait'],
		// Two verbs share the subject.
		['Le Canada est un grand producteur de blé et a vendu des céréales à l’Égypte.', 'Le Canada a vendu des céréales à l’Égypte'],
		// `il`/`elle` becomes the name of the previous sentence's subject.
		['Marine Tondelier n’a pas quitté Lyon depuis dimanche. Elle a rencontré les maires de la région.', 'Marine Tondelier a rencontré les maires de la région'],
		// …and stays a pronoun when no single name is there to take.
		['« Nous restons prudents », a répété la ministre. Elle a rencontré les syndicats.', 'Elle a rencontré les syndicats'],
		// A long label is cut between words, outside names, with an ellipsis.
		[
			'Kim Jong Un a rencontré mercredi le ministre russe de la Défense Sergueï Choïgou et le président Vladimir Poutine.',
			'Kim Jong Un a rencontré le ministre russe de la Défense Sergueï Choïgou…'
		],
		// A quotation in the tail fits whole or is left out; an inverted incise names the speaker, and the
		// quotation before it says what was said (quote-label.ts).
		['La Maison Blanche a averti Pyongyang qu’il « paierait le prix ».', 'La Maison Blanche a averti Pyongyang qu’il « paierait le prix »'],
		['« Nous ne céderons pas », a déclaré Olivier Faure.', 'Olivier Faure a déclaré : « Nous ne céderons pas »'],
		// A place or a date between the verb and its speaker is skipped to the name.
		['« Aucune avancée », a déclaré à la sortie Thomas Cavel, secrétaire général.', 'Thomas Cavel a déclaré : « Aucune avancée »'],
		['« Je partirai samedi », racontait lundi Camille, 34 ans.', 'Camille racontait : « Je partirai samedi »'],
		['« Nous avons fait un pas », a assuré de son côté le PDG du groupe, Jean Martin.', 'Le PDG du groupe a assuré : « Nous avons fait un pas »']
	])('%s', (text, expected) => {
		expect(last(text, 'fr')).toBe(expected);
	});
});

describe('labels: subject + verb phrase, English', () => {
	it.each([
		['However, Moscow and Kyiv have denied targeting civilian infrastructure.', 'Moscow and Kyiv have denied targeting civilian infrastructure'],
		// A month's abbreviation is no full stop.
		['The president will visit Kyiv on Feb. 8 with his ministers.', 'The president will visit Kyiv on Feb. 8 with his ministers'],
		// A possessive name is not the subject a pronoun stands for.
		["China's foreign minister arrived in Moscow. He met his Russian counterpart.", 'He met his Russian counterpart'],
		['The prime minister, Keir Starmer, said on Monday that the talks had failed.', 'Keir Starmer said that the talks had failed'],
		// The subject's relative clause is left out; the date too.
		['A cargo ship that left Rotterdam last week has arrived in Oslo on Sunday.', 'A cargo ship has arrived in Oslo'],
		['Angela Rayner visited Leeds on Tuesday. She announced new funding for local hospitals.', 'Angela Rayner announced new funding for local hospitals'],
		// After a quotation the speaker follows the verb.
		['"It was a long week, but the spacecraft is healthy," said Takeshi Mori, chief executive of ispace.', 'Takeshi Mori said: "It was a long week, but the spacecraft is healthy"'],
		// A relative clause after the object ends the label.
		['Firefighters in northern Greece evacuated villages that were threatened by the flames.', 'Firefighters in northern Greece evacuated villages'],
		// `1,200` is one number, not a clause boundary.
		['Rescuers evacuated 1,200 people from the flooded valley.', 'Rescuers evacuated 1,200 people from the flooded valley'],
		['The mayor did not visit the flooded district in Lyon.', 'The mayor did not visit the flooded district in Lyon'],
		// A long report keeps what was said only if enough of it fits.
		[
			'The White Helmets rescue group said hundreds of families were still trapped under rubble in the rebel-held Idlib region.',
			'The White Helmets rescue group said hundreds of families were still trapped…'
		]
	])('%s', (text, expected) => {
		expect(last(text, 'en')).toBe(expected);
	});
});

describe('labels: the sample article’s problem cases', () => {
	it.each([
		[
			'Selon l’Agence France-Presse, le dirigeant nord-coréen Kim Jong Un est arrivé aujourd’hui (mardi) en Russie pour une rare visite à l’étranger.',
			'Le dirigeant nord-coréen Kim Jong Un est arrivé en Russie pour une rare visite…'
		],
		[
			'En juillet, Poutine a salué le « soutien indéfectible de Pyongyang aux opérations militaires spéciales contre l’Ukraine ».',
			'Poutine a salué le soutien indéfectible de Pyongyang…'
		],
		[
			'Cependant, Moscou et Pyongyang nient avoir fourni des armes à la Corée du Nord à la Russie, qui a épuisé une grande partie de ses stocks.',
			'Moscou et Pyongyang nient avoir fourni des armes à la Corée du Nord à la Russie'
		],
		['Kim n’a pas quitté la Corée du Nord depuis l’épidémie de coronavirus.', 'Kim n’a pas quitté la Corée du Nord depuis l’épidémie de coronavirus'],
		[
			'Andrei Lankov, expert des affaires nord-coréennes à l’université Kookmin de Séoul, a déclaré à l’Agence France-Presse qu’un sommet entre Poutine et Kim faisait partie du « chantage diplomatique doux » de Moscou contre Séoul.',
			'Andrei Lankov a déclaré à l’Agence France-Presse…'
		],
		[
			'Le porte-parole du Département d’État, Matthew Miller, a déclaré aux journalistes : « Le fait qu’il ait dû voyager à travers son pays est un appel à l’aide ».',
			'Matthew Miller a déclaré aux journalistes : « Le fait qu’il ait dû voyager… »'
		],
		[
			'Séoul est un important exportateur d’armes et a vendu des chars à la Pologne, alliée de Kiev, mais des politiques intérieures empêchent le pays de vendre des armes.',
			'Séoul a vendu des chars à la Pologne'
		]
	])('%s', (text, expected) => {
		expect(last(text, 'fr')).toBe(expected);
	});
});

describe('labels: never throw, stay short', () => {
	it.each([
		['', 'fr'],
		['« »', 'fr'],
		['Il a dit.', 'fr'],
		[', , , said.', 'en'],
		['Le Président Le Président Le Président Le Président Le Président Le Président Le Président Le Président a signé.', 'fr'],
		['X'.repeat(300) + ' a déclaré ' + 'Y'.repeat(300) + '.', 'fr']
	] as Array<[string, Lang]>)('%s', (text, lang) => {
		for (const l of labels(text, lang)) expect(l.length).toBeLessThanOrEqual(81);
	});
});
