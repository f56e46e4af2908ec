/**
 * Combines several articles' fact files into one: the texts laid end to
 * end, every offset, index and id moved so they stay unique, and events
 * that tell the same happening (see match.ts) gathered into one story event
 * that lists every source. Linking is agglomerative with complete linkage:
 * the surest pairs first, and two groups join only when every event of one
 * matches every event of the other, so that a chain of loose resemblances
 * (A like B, B like C) never glues A to an unlike C.
 */
import type { EventStatus, FactEvent, FactFile, Granularity, Lang, Place, Timex } from '$lib/model';
import { sentenceTexts } from '$lib/export/common';
import { DATE_PRECISIONS } from '$lib/corrections/date';
import { placeRefOf, type PlaceRef, type RegionPoints } from './geo';
import { matchEvents, type Candidate, type Match } from './match';
import { candidatePairs } from './pairs';
import type { CollectionFacts, CollectionMember, CombinedCollection, MemberSpan, StoryEvent, StorySource } from './model';

export interface CombineOptions {
	/** The collection's title, written as the combined fact file's title. */
	title?: string;
	/** Points outlining regions, from the gazetteer (see extent.ts). */
	regionPoints?: RegionPoints;
}

/** Between two articles in the combined text: a paragraph break no sentence spans. */
const SEPARATOR = '\n\n\n';

/** Finer first: the story is drawn at the most precise date one of its sources gives. */
const PRECISION: Granularity[] = [...DATE_PRECISIONS, 'reference', 'duration', 'set'];

/** Which source speaks for a story: the one closest to having seen it happen. */
const STATUS_RANK: Record<EventStatus, number> = { occurred: 0, reported: 1, planned: 2, hypothetical: 3, negated: 4 };
const PLACE_RANK: Record<Place['kind'], number> = { site: 0, city: 1, area: 2, region: 3, country: 4 };

function placeOf(facts: FactFile, event: FactEvent, byId: Map<string, Place>): PlaceRef | null {
	const where = event.where;
	if (!where || !Number.isFinite(where.lat) || !Number.isFinite(where.lon)) return null;
	const place = where.place ? byId.get(where.place) : undefined;
	if (place) return placeRefOf(place);
	return { gazetteerId: null, name: where.name, kind: where.kind, lat: where.lat, lon: where.lon, country: null };
}

function candidatesOf(members: readonly CollectionMember[]): Candidate[] {
	return members.flatMap(({ facts }, member) => {
		const byId = new Map(facts.places.map((p) => [p.id, p]));
		return facts.events.map((event) => ({ member, event, place: placeOf(facts, event, byId) }));
	});
}

/** Groups of candidate indexes, each one happening; and the pairs that contradict. */
function link(candidates: readonly Candidate[], regionPoints?: RegionPoints): { groups: number[][]; contradictions: [number, number][] } {
	const n = candidates.length;
	const matches = new Map<number, Match>();
	const pairs: Array<{ i: number; j: number; cross: boolean; score: number }> = [];
	for (const [i, j] of candidatePairs(candidates)) {
		const m = matchEvents(candidates[i], candidates[j], regionPoints);
		if (!m) continue;
		matches.set(i * n + j, m);
		if (!m.contradiction) pairs.push({ i, j, cross: candidates[i].member !== candidates[j].member, score: m.score });
	}
	const agree = (i: number, j: number) => {
		const m = matches.get(Math.min(i, j) * n + Math.max(i, j));
		return m !== undefined && !m.contradiction;
	};
	// Corroboration across articles is what a collection is for; links
	// inside one article (which its extractor kept apart) come after.
	pairs.sort((a, b) => Number(b.cross) - Number(a.cross) || b.score - a.score || a.i - b.i || a.j - b.j);

	const groupOf = Array.from({ length: n }, (_, i) => i);
	const groups = new Map<number, number[]>(Array.from({ length: n }, (_, i) => [i, [i]]));
	for (const { i, j } of pairs) {
		const gi = groupOf[i];
		const gj = groupOf[j];
		if (gi === gj) continue;
		const a = groups.get(gi)!;
		const b = groups.get(gj)!;
		if (!a.every((x) => b.every((y) => agree(x, y)))) continue;
		for (const y of b) groupOf[y] = gi;
		a.push(...b);
		groups.delete(gj);
	}
	const contradictions: [number, number][] = [];
	for (const [key, m] of matches) if (m.contradiction) contradictions.push([Math.floor(key / n), key % n]);
	return { groups: [...groups.values()].map((g) => g.sort((x, y) => x - y)), contradictions };
}

/** Where each member's text, sentences, paragraphs and ids land in the combined file. */
interface Shift {
	text: number;
	sentence: number;
	paragraph: number;
	prefix: string;
}

function shiftSpan<T extends { start: number; end: number }>(span: T, by: number): T {
	return { ...span, start: span.start + by, end: span.end + by };
}

function mainSource(cands: Candidate[]): Candidate {
	const stated = (e: FactEvent) => (e.when && !e.when.inherited ? 1 : 0) + (e.where && !e.where.inherited ? 1 : 0);
	return [...cands].sort(
		(a, b) =>
			STATUS_RANK[a.event.status] - STATUS_RANK[b.event.status] ||
			stated(b.event) - stated(a.event) ||
			Number(a.event.secondary) - Number(b.event.secondary) ||
			a.member - b.member
	)[0];
}

/** The most precise stated date among the sources, else the main one's. */
function bestWhen(cands: Candidate[], main: Candidate): Candidate {
	const dated = cands.filter((c) => c.event.when?.interval && !c.event.when.inherited && c.event.status !== 'negated');
	if (dated.length === 0) return main;
	const rank = (c: Candidate) => PRECISION.indexOf(c.event.when!.granularity);
	// Part of a day is finer than the day, but "13 September" names the
	// happening better than "13:09", the minute one moment of it began:
	// a day or finer from the main source is kept as it is.
	const mainRank = main.event.when && !main.event.when.inherited ? PRECISION.indexOf(main.event.when.granularity) : Infinity;
	if (mainRank <= PRECISION.indexOf('day')) return main;
	return dated.sort((a, b) => rank(a) - rank(b) || a.member - b.member)[0];
}

/** The most specific place among the sources (a site over its country). */
function bestWhere(cands: Candidate[], main: Candidate): Candidate {
	const placed = cands.filter((c) => c.event.where && c.event.status !== 'negated');
	if (placed.length === 0) return main;
	return placed.sort(
		(a, b) =>
			PLACE_RANK[a.event.where!.kind] - PLACE_RANK[b.event.where!.kind] ||
			Number(a.event.where!.inherited) - Number(b.event.where!.inherited) ||
			a.member - b.member
	)[0];
}

function unique<T>(xs: readonly T[]): T[] {
	return [...new Set(xs)];
}

export function combineFactFiles(members: readonly CollectionMember[], options: CombineOptions = {}): CombinedCollection {
	if (members.length === 0) throw new Error('A collection needs at least one article to combine.');

	// Lay the texts end to end and move every member's offsets and ids.
	const shifts: Shift[] = [];
	const spans: MemberSpan[] = [];
	let text = '';
	let sentence = 0;
	let paragraph = 0;
	members.forEach(({ article, facts }, m) => {
		if (m > 0) text += SEPARATOR;
		shifts.push({ text: text.length, sentence, paragraph, prefix: `a${m + 1}-` });
		spans.push({
			id: article.id,
			title: article.title || facts.article.title || article.id,
			lang: article.lang,
			dct: article.dct,
			textStart: text.length,
			textEnd: text.length + article.text.length,
			sentenceStart: sentence,
			sentenceEnd: sentence + facts.sentences.length,
			eventCount: facts.events.length
		});
		text += article.text;
		sentence += facts.sentences.length;
		paragraph += Math.max(-1, ...facts.sentences.map((s) => s.paragraph)) + 1;
	});

	const sentences = members.flatMap(({ facts }, m) =>
		facts.sentences.map((s) => ({
			...shiftSpan(s, shifts[m].text),
			index: s.index + shifts[m].sentence,
			paragraph: s.paragraph + shifts[m].paragraph
		}))
	);
	const timexes: Timex[] = members.flatMap(({ facts }, m) =>
		facts.timexes.map((t) => ({ ...shiftSpan(t, shifts[m].text), id: shifts[m].prefix + t.id, sentence: t.sentence + shifts[m].sentence }))
	);
	const places: Place[] = members.flatMap(({ facts }, m) =>
		facts.places.map((p) => ({ ...shiftSpan(p, shifts[m].text), id: shifts[m].prefix + p.id, sentence: p.sentence + shifts[m].sentence }))
	);

	const candidates = candidatesOf(members);
	const { groups, contradictions } = link(candidates, options.regionPoints);

	const source = (c: Candidate): StorySource => {
		const { article, facts } = members[c.member];
		const e = c.event;
		return {
			articleId: article.id,
			articleTitle: spans[c.member].title,
			articleDct: article.dct,
			eventId: e.id,
			label: e.label,
			status: e.status,
			date: e.when?.value ?? null,
			place: e.where?.name ?? null,
			sentences: unique(e.sentences.length > 0 ? e.sentences : [e.sentence]).sort((a, b) => a - b),
			text: sentenceTexts(article, facts, e)
		};
	};

	const storyOf = new Map<number, string>();
	const events: StoryEvent[] = groups.map((group, k) => {
		const id = `s${k + 1}`;
		for (const i of group) storyOf.set(i, id);
		const cands = group.map((i) => candidates[i]);
		const main = mainSource(cands);
		const dated = bestWhen(cands, main);
		const placed = bestWhere(cands, main);
		const sh = (c: Candidate) => shifts[c.member];
		const when = dated.event.when && {
			...dated.event.when,
			timex: dated.event.when.timex && sh(dated).prefix + dated.event.when.timex,
			// Taken from another telling than the main one: not this sentence's own.
			inherited: dated.event.when.inherited
		};
		const where = placed.event.where && {
			...placed.event.where,
			place: placed.event.where.place && sh(placed).prefix + placed.event.where.place
		};
		return {
			...main.event,
			id,
			sentence: main.event.sentence + sh(main).sentence,
			sentences: unique(cands.flatMap((c) => (c.event.sentences.length > 0 ? c.event.sentences : [c.event.sentence]).map((s) => s + sh(c).sentence))).sort(
				(a, b) => a - b
			),
			trigger: shiftSpan(main.event.trigger, sh(main).text),
			when,
			where,
			actors: unique(cands.flatMap((c) => c.event.actors)),
			attribution: main.event.attribution,
			secondary: cands.every((c) => c.event.secondary),
			sources: cands.map(source),
			contradicts: []
		};
	});
	for (const [i, j] of contradictions) {
		const a = events.find((e) => e.id === storyOf.get(i))!;
		const b = events.find((e) => e.id === storyOf.get(j))!;
		if (a !== b && !a.contradicts.includes(b.id)) a.contradicts.push(b.id);
		if (a !== b && !b.contradicts.includes(a.id)) b.contradicts.push(a.id);
	}

	const langs = members.map((m) => m.article.lang);
	const count = (l: Lang) => langs.filter((x) => x === l).length;
	// The language most members are in; a tie goes to the first article's.
	const lang: Lang = count('en') === count('fr') ? langs[0] : count('en') > count('fr') ? 'en' : 'fr';
	const facts: CollectionFacts = {
		article: {
			lang,
			// The latest publication date: what "today" is for the story as a whole.
			dct: members.map((m) => m.article.dct).sort().at(-1)!,
			...(options.title ? { title: options.title } : {})
		},
		sentences,
		timexes,
		places,
		events,
		generator: members[0].facts.generator,
		members: spans
	};
	return { text, facts };
}
