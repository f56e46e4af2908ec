import { describe, expect, it } from 'vitest';
import { eventAt, eventsIn, placesNamed, read, within161, type Article } from './testkit';

const ARTICLE: Article = {
	lang: 'fr',
	dct: '2021-09-28',
	text: `Séisme de magnitude 6,1 au large de la Crète : au moins deux morts

Un séisme de magnitude 6,1 a frappé lundi matin le sud de la Crète, a annoncé l'Institut de géodynamique d'Athènes. Deux personnes ont été tuées à Arkalochori, un village proche d'Héraklion, selon les pompiers.

De fortes répliques ont été signalées dimanche soir à Corfou et dans le Péloponnèse. Les secours grecs fouillent les décombres depuis mardi.

Le Premier ministre Kyriakos Mitsotakis se rendra mercredi sur l'île. Les autorités nient tout retard dans l'envoi des secours.

En 2018, un incendie avait ravagé la station balnéaire de Mati, près d'Athènes, faisant plus de cent morts.
`
};

describe('held-out: an earthquake in Greece (fr)', () => {
	const facts = read(ARTICLE);
	const value = (text: string) => facts.timexes.find((t) => t.text === text)?.value;

	it('resolves the days against the publication date and the tense', () => {
		expect(value('lundi matin')).toBe('2021-09-27TMO');
		expect(value('dimanche soir')).toBe('2021-09-26TEV');
		expect(value('mercredi')).toBe('2021-09-29');
		expect(value('2018')).toBe('2018');
	});

	it('finds Crete and the Peloponnese as Greek regions', () => {
		const crete = placesNamed(facts, 'Crète');
		expect(crete.length).toBe(2);
		for (const p of crete) expect(within161(p, 35.24, 24.81)).toBe(true);
		expect(within161(placesNamed(facts, 'Péloponnèse')[0], 37.5, 22.4)).toBe(true);
	});

	it('does not send the Greek resort of Mati to its Philippine namesake', () => {
		for (const p of placesNamed(facts, 'Mati')) expect(within161(p, 38.04, 23.99)).toBe(true);
	});

	it('dates and places the quake', () => {
		const quake = eventAt(facts, ARTICLE, 'a frappé lundi matin', 'frappé');
		expect(quake.when?.value).toBe('2021-09-27TMO');
		expect(within161(quake.where, 35.24, 24.81)).toBe(true);
		expect(quake.status).toBe('occurred');
	});

	it('places the deaths in Arkalochori on the day of the quake', () => {
		const deaths = eventAt(facts, ARTICLE, 'tuées à Arkalochori', 'tuées');
		expect(deaths.when?.value).toBe('2021-09-27');
		expect(within161(deaths.where, 35.15, 25.27)).toBe(true);
	});

	it('takes the place governed by à in the event’s own sentence', () => {
		const aftershocks = eventAt(facts, ARTICLE, 'signalées dimanche soir', 'signalées');
		expect(aftershocks.when?.value).toBe('2021-09-26TEV');
		expect(within161(aftershocks.where, 39.62, 19.92)).toBe(true);
	});

	it('keeps the planned visit in the future', () => {
		const visit = eventAt(facts, ARTICLE, 'se rendra mercredi', 'rendra');
		expect(visit.status).toBe('planned');
		expect(visit.when?.value).toBe('2021-09-29');
	});

	it('dates a denial in the present to the publication day, not the story’s last day', () => {
		const denial = eventAt(facts, ARTICLE, 'nient tout retard', 'nient');
		expect(denial.status).toBe('negated');
		expect(denial.when?.value).toBe('2021-09-28');
		expect(denial.where).toBeNull();
	});

	it('dates the 2018 fire to 2018', () => {
		const events = eventsIn(facts, ARTICLE, 'avait ravagé');
		expect(events.length).toBeGreaterThan(0);
		for (const e of events) expect(e.when?.value).toBe('2018');
	});
});
