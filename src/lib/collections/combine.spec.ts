/**
 * Combining on real extractor output: the sample article (12 September)
 * and dev-fr-02 (13 September) tell the same trip; the departure, the
 * arrival and the summit must each read as one story citing both where both
 * tell it, and what only one tells or what differs in day or place stays apart.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '$lib/extract/pipeline';
import { loadGazetteer } from '$lib/extract/places/load';
import type { ArticleRecord, FactEvent, Lang } from '$lib/model';
import { combineFactFiles } from './combine';
import { regionPointsOf } from './extent';
import type { CollectionMember, StoryEvent } from './model';

const gazetteer = loadGazetteer();
const regionPoints = regionPointsOf(gazetteer);

function member(id: string, title: string, text: string, dct: string, lang: Lang): CollectionMember {
	const article: ArticleRecord = { id, title, text, dct, lang, createdAt: `${dct}T12:00:00.000Z` };
	return { article, facts: extract({ text, dct, lang, title }, gazetteer) };
}

const SAMPLE = member(
	'kim-jong-un-russie',
	'Le dirigeant nord-coréen arrive en Russie pour rencontrer Poutine',
	readFileSync('src/lib/server/sample/kim-jong-un-russie.fr.txt', 'utf8'),
	'2023-09-12',
	'fr'
);
const dev = JSON.parse(readFileSync('../shared/eval/dev/dev-fr-02.json', 'utf8')) as { text: string; dct: string; lang: Lang; title: string };
const DEV = member('dev-fr-02', dev.title, dev.text, dev.dct, dev.lang);

const combined = combineFactFiles([SAMPLE, DEV], { title: 'Kim en Russie', regionPoints });
const stories = combined.facts.events;

const day = (e: FactEvent) => e.when?.interval?.start.slice(0, 10);
const articlesOf = (s: StoryEvent) => [...new Set(s.sources.map((x) => x.articleId))].sort();
const told = (s: StoryEvent, needle: string) => s.sources.some((x) => x.text.some((t) => t.includes(needle)));

/** Story events one of whose sources tells it in a sentence containing `needle`. */
function storiesTelling(needle: string): StoryEvent[] {
	return stories.filter((s) => told(s, needle));
}

describe('combineFactFiles on two articles about one trip', () => {
	it('makes the departure from Pyongyang on 10 September one story citing both articles', () => {
		const departures = stories.filter((s) => s.kind === 'movement' && day(s) === '2023-09-10' && s.where?.name === 'Pyongyang');
		expect(departures).toHaveLength(1);
		expect(articlesOf(departures[0])).toEqual(['dev-fr-02', 'kim-jong-un-russie']);
		expect(told(departures[0], 'quittait la gare de Pyongyang')).toBe(true);
		expect(told(departures[0], 'Parti de Pyongyang')).toBe(true);
	});

	it('makes the arrival on 12 September one story citing both articles, placed at the most precise place', () => {
		// The sentence also tells Washington's warning: the arrival is its movement.
		const arrivals = storiesTelling('est arrivé aujourd’hui').filter((s) => s.kind === 'movement');
		expect(arrivals).toHaveLength(1);
		const [arrival] = arrivals;
		// The sample's train "arrivé à Primorye", told by the Russian agency, is the same arrival.
		expect(told(arrival, 'était arrivé à Primorye')).toBe(true);
		expect(day(arrival)).toBe('2023-09-12');
		expect(told(arrival, 'franchi la frontière')).toBe(true);
		expect(articlesOf(arrival)).toEqual(['dev-fr-02', 'kim-jong-un-russie']);
		// "en Russie" and "à Khassan": the city is inside the country and more precise.
		expect(arrival.where?.kind).toBe('city');
		expect(stories.filter((s) => s.kind === 'movement' && day(s) === '2023-09-12')).toHaveLength(1);
	});

	it('makes the summit at Vostochny on 13 September one story: announced in one article, told in the other', () => {
		const summits = stories.filter((s) => s.kind === 'meeting' && day(s) === '2023-09-13' && s.where?.name.includes('Vostotchny'));
		expect(summits).toHaveLength(1);
		const [summit] = summits;
		expect(articlesOf(summit)).toEqual(['dev-fr-02', 'kim-jong-un-russie']);
		expect(summit.status).toBe('occurred');
		// The sample's "cette semaine en Extrême-Orient russe" is the plan the other article saw happen.
		expect(summit.sources.find((s) => s.articleId === 'kim-jong-un-russie')?.status).toBe('planned');
		expect(told(summit, 'Extrême-Orient russe')).toBe(true);
		expect(told(summit, 'serré la main')).toBe(true);
	});

	it('keeps events of other days or places apart', () => {
		// Forecast at Vladivostok, ~1,000 km from where it happened: not the summit.
		const forum = storiesTelling('en marge du Forum économique oriental à Vladivostok');
		expect(forum.every((s) => !told(s, 'cosmodrome'))).toBe(true);
		// The 2019 summit (Vladivostok, April 2019) is not this one.
		const first = storiesTelling('premier sommet');
		expect(first.length).toBeGreaterThan(0);
		for (const s of first) expect(day(s)?.startsWith('2019')).toBe(true);
		// The founding in 1948 and the arrival in 2023 share nothing.
		for (const s of stories) {
			const days = new Set(s.sources.map((x) => x.date?.slice(0, 4)));
			expect(days.has('1948') && days.has('2023')).toBe(false);
		}
	});

	it('keeps every event of every article, exactly once, with its sentence text', () => {
		const all = stories.flatMap((s) => s.sources.map((x) => `${x.articleId}/${x.eventId}`));
		expect(new Set(all).size).toBe(all.length);
		expect(all.length).toBe(SAMPLE.facts.events.length + DEV.facts.events.length);
		for (const s of stories) for (const x of s.sources) expect(x.text.length).toBeGreaterThan(0);
	});

	it('writes a consistent fact file over the combined text', () => {
		const { text, facts } = combined;
		expect(new Set(facts.events.map((e) => e.id)).size).toBe(facts.events.length);
		expect(new Set(facts.places.map((p) => p.id)).size).toBe(facts.places.length);
		expect(new Set(facts.timexes.map((t) => t.id)).size).toBe(facts.timexes.length);
		facts.sentences.forEach((s, i) => expect(s.index).toBe(i));
		for (const p of facts.places) expect(text.slice(p.start, p.end)).toBe(p.text);
		for (const t of facts.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
		const placeIds = new Set(facts.places.map((p) => p.id));
		const timexIds = new Set(facts.timexes.map((t) => t.id));
		for (const e of facts.events) {
			expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
			if (e.where?.place) expect(placeIds.has(e.where.place)).toBe(true);
			if (e.when?.timex) expect(timexIds.has(e.when.timex)).toBe(true);
			for (const i of e.sentences) expect(facts.sentences[i]).toBeDefined();
		}
		const [a, b] = facts.members;
		expect(text.slice(a.textStart, a.textEnd)).toBe(SAMPLE.article.text);
		expect(text.slice(b.textStart, b.textEnd)).toBe(DEV.article.text);
		expect(facts.article).toMatchObject({ dct: '2023-09-13', lang: 'fr', title: 'Kim en Russie' });
	});

	it('refuses an empty collection with a message', () => {
		expect(() => combineFactFiles([])).toThrow(/at least one article/);
	});

	it('within one article, links only what the sentences themselves date and place', () => {
		const alone = combineFactFiles([SAMPLE], { regionPoints });
		const sources = alone.facts.events.flatMap((s) => s.sources);
		expect(sources).toHaveLength(SAMPLE.facts.events.length);
		// "Kim rencontrera Poutine cette semaine en Extrême-Orient russe" and
		// "devraient se rencontrer … à Vladivostok": one planned meeting, Vladivostok being in the Far East.
		const planned = alone.facts.events.filter((e) => e.kind === 'meeting' && e.status === 'planned');
		expect(planned).toHaveLength(1);
		expect(planned[0].sources).toHaveLength(2);
		// Statements by unnamed speakers ("Il a ajouté") are never taken for another's.
		const added = alone.facts.events.filter((e) => e.sources.some((x) => x.text.some((t) => t.includes('a ajouté'))));
		expect(added).toHaveLength(1);
		expect(added[0].sources).toHaveLength(1);
	});
});

