import { describe, expect, it } from 'vitest';
import { eventAt, eventsIn, placesNamed, read, within161, type Article } from './testkit';

const ARTICLE: Article = {
	lang: 'en',
	dct: '2022-08-08',
	text: `Wildfire forces thousands to flee near Marseille

MARSEILLE, Aug 8 (Reuters) - A wildfire that broke out on Sunday afternoon near Marseille forced 3,000 people from their homes, firefighters said on Monday.

More than 800 firefighters were battling the flames in the hills north of the city, backed by water-bombing planes. The fire has burned 1,200 hectares since Sunday.

Residents of the village of Les Pennes-Mirabeau were evacuated overnight. Officials say the blaze could reach the coast by Tuesday.

In 2016, a similar fire destroyed thousands of hectares around the Berre lagoon.
`
};

describe('held-out: a wildfire in France (en)', () => {
	const facts = read(ARTICLE);

	it('dates the outbreak to Sunday afternoon near Marseille', () => {
		const outbreak = eventAt(facts, ARTICLE, 'broke out on Sunday', 'broke out');
		expect(outbreak.when?.value).toBe('2022-08-07TAF');
		expect(within161(outbreak.where, 43.3, 5.38)).toBe(true);
	});

	it('dates the firefighters’ statement to Monday, leaving the dateline out', () => {
		const said = eventAt(facts, ARTICLE, 'firefighters said on Monday', 'said');
		expect(said.when?.value).toBe('2022-08-08');
		expect(said.status).toBe('reported');
	});

	it('finds the village with its article', () => {
		expect(within161(placesNamed(facts, 'Les Pennes-Mirabeau')[0], 43.41, 5.31)).toBe(true);
	});

	it('dates `officials say` to the publication day and keeps the forecast hypothetical', () => {
		expect(eventAt(facts, ARTICLE, 'Officials say', 'say').when?.value).toBe('2022-08-08');
		const reach = eventAt(facts, ARTICLE, 'Officials say', 'reach');
		expect(reach.status).toBe('hypothetical');
		expect(reach.when?.value).toBe('2022-08-09');
	});

	it('dates the 2016 fire to 2016', () => {
		expect(eventAt(facts, ARTICLE, 'In 2016', 'destroyed').when?.value).toBe('2016');
	});

	// The date once bound to the noun `fire` and left its verb `destroyed` a second event.
	it('gives `a similar fire destroyed` one event, dated 2016', () => {
		const events = eventsIn(facts, ARTICLE, 'a similar fire');
		expect(events.map((e) => e.when?.value)).toEqual(['2016']);
	});
});
