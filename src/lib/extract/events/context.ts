import type { EventWhen, EventWhere, Place, Sentence } from '$lib/model';
import type { Doc } from '../document';
import { addDays, whenFromTimex, whereFromPlace, type Draft } from './assemble';
import type { Tok } from './clauses';
import { courtVenue, HEARING_DAYS, toldAtHearing } from './venue';
import { paragraphScenes } from './frame';
import { disasterSite } from './disaster-site';
import { isSpace } from '../chars';
import { firstNotBelow } from '../bisect';
import { settingFits, storySetting } from './setting';

/**
 * What a sentence leaves out, the story supplies. One pass in text order
 * keeps:
 *  - a statement in the simple present is dated to the publication day and
 *    placed only by its own sentence: it is said now, not on the story's day;
 *  - the story's reference date: moved by main-clause events dated to the day
 *    in the past or present (not by flashbacks in the pluperfect, plans, or
 *    `depuis` anchors); it starts at the publication date;
 *  - the date of the disaster itself, which dates its consequences;
 *  - the last event of each named actor (`Erdoğan … said`);
 *  - the scene of a meeting in progress (a summit's city);
 *  - the scene a paragraph opens on (`In Guwahati, …`), for its next happenings (frame.ts);
 *  - the court's town for what the hearing tells (venue.ts).
 */

/** Happenings with a scene of their own: a strike, a quake is told over several paragraphs at one place. */
const SCENE_KINDS: ReadonlySet<string> = new Set(['attack', 'disaster']);

/** How far (in sentences) an undated pluperfect still continues the last dated flashback. */
const FLASHBACK_SENTENCES = 2;

const DAY_OR_FINER = new Set(['minute', 'hour', 'part-of-day', 'day']);

function dayOf(w: EventWhen): EventWhen {
	if (!DAY_OR_FINER.has(w.granularity) || w.granularity === 'day') return { ...w, inherited: true };
	const day = w.value.slice(0, 10);
	return { value: day, timex: w.timex, granularity: 'day', interval: { start: `${day}T00:00`, end: `${addDays(day, 1)}T00:00` }, inherited: true };
}

function dayNumber(w: EventWhen | null): number | null {
	if (!w || !w.interval) return null;
	const t = Date.parse(`${w.interval.start.slice(0, 10)}T00:00:00Z`);
	return Number.isNaN(t) ? null : Math.round(t / 86400000);
}

/** One date within the other (a day inside a week, the same day). */
function compatible(a: EventWhen | null, b: EventWhen | null): boolean {
	if (!a?.interval || !b?.interval) return false;
	return within(a, b) || within(b, a);
}

function within(x: EventWhen, y: EventWhen): boolean {
	return x.interval!.start >= y.interval!.start && x.interval!.end <= y.interval!.end;
}

function dayOrFiner(w: EventWhen | null): boolean {
	return w !== null && DAY_OR_FINER.has(w.granularity);
}

/** Days between two dates given to the day or finer (Infinity when either is coarser or missing). */
function daysApart(a: EventWhen | null, b: EventWhen | null): number {
	const x = dayOrFiner(a) ? dayNumber(a) : null;
	const y = dayOrFiner(b) ? dayNumber(b) : null;
	return x === null || y === null ? Infinity : Math.abs(x - y);
}

interface Memory {
	when: EventWhen | null;
	where: EventWhere | null;
	sentence: number;
}

export function applyContext(doc: Doc, drafts: Draft[], places: Place[], disasterHeads: Set<string>): void {
	const sentences = doc.sentences;
	const publication: EventWhen = {
		value: doc.dct,
		timex: null,
		granularity: 'day',
		interval: { start: `${doc.dct}T00:00`, end: `${addDays(doc.dct, 1)}T00:00` },
		inherited: true
	};
	let ref = publication;
	// The story's own day: the latest day its main line has reached (the lede's `on Tuesday`). A paragraph that
	// goes back to earlier days (`The launch had been scheduled for Oct. 28 … A third attempt on Tuesday night was
	// scrubbed`) moves `ref` only until it ends: what a later paragraph leaves undated is told on the story's day.
	let news: EventWhen | null = null;
	let refSentence = -1;
	/** Is `when`, told in sentence `told`, a day before the story's, in an earlier paragraph than `sentence`? */
	const behindTheStory = (when: EventWhen, told: number, sentence: number): boolean =>
		news !== null && when.interval!.start < news.interval!.start && paragraphOf(told) !== paragraphOf(sentence);
	// The last month, season or year told in the past (`in August 2023, when a Croatian fan group attacked`): the
	// next sentence of its paragraph, undated, goes on telling that past (`A Greek fan was stabbed to death`).
	// (`as`: declared `= null`, TypeScript would narrow it to null for the whole loop.)
	let background = null as Memory | null;
	let disaster: EventWhen | null = null;
	let last: Draft | null = null;
	let scene: { where: EventWhere; day: number } | null = null;
	/** The last city an event was placed in by its own sentence: where `sur place` points. */
	// (`as`: declared `= null`, TypeScript would narrow it to null for the whole loop.)
	let lastCity = null as { where: EventWhere; sentence: number } | null;
	// The last plan the story dated (`rencontrera … cette semaine`): a plan
	// told next without a date of its own is the same horizon, not "today".
	let plan: Memory | null = null;
	const planned = (sentence: number): EventWhen | null =>
		plan !== null && sentence - plan.sentence <= 3 ? plan.when : null;
	// The last flashback the story dated (`s'était écroulé le 15 novembre 2019`): the undated pluperfects
	// told right after it (`avaient péri`, `avaient dégagé`) belong to that past, not to the story's day.
	let flashback: (Memory & { actors: string[] }) | null = null;
	// …unless a person other than the flashback's is named (`Poutine avait, lui, rejoint…`): another thread.
	const sameThread = (d: Draft): boolean => {
		if (!flashback) return false;
		const named = d.actors.filter((a) => /\s\p{Lu}/u.test(a));
		if (named.length === 0) return true;
		const words = new Set(flashback.actors.flatMap((a) => a.toLowerCase().split(/\s+/)));
		return named.some((a) => a.toLowerCase().split(/\s+/).some((w) => w.length > 2 && words.has(w)));
	};
	const inFlashback = (d: Draft): boolean => d.pluperfect && flashback !== null && d.sentence - flashback.sentence <= FLASHBACK_SENTENCES && sameThread(d);
	const byActor = new Map<string, Memory>();
	const byNamePart = new Map<string, Memory>();
	// The last city (in the list's order) starting before `at`. Places come sorted by start, so a binary
	// search over the cities finds it: scanning them all for every such event was quadratic in the article.
	const cities = places.filter((p) => p.kind === 'city' && !p.metonym);
	const citiesSorted = cities.every((p, k) => k === 0 || cities[k - 1].start <= p.start);
	const cityBefore = (at: number): Place | null => {
		if (!citiesSorted) {
			let found: Place | null = null;
			for (const p of cities) if (p.start < at) found = p;
			return found;
		}
		const lo = firstNotBelow(cities, at, (p) => p.start);
		return lo > 0 ? cities[lo - 1] : null;
	};
	const paragraphOf = (i: number): number => sentences[i]?.paragraph ?? -1;
	const dct = dayNumber(ref);
	const venue = courtVenue(doc, places);
	const framed = paragraphScenes(doc, places);
	const site = disasterSite(doc, places);
	const setting = storySetting(doc, drafts, places);
	const tomorrow = `${addDays(doc.dct, 1)}T00:00`;

	for (const d of drafts) {
		const s: Sentence | undefined = sentences[d.sentence];
		const actorKeys = keysOf(d.actors);
		const actorMemory = memoryOf(d, actorKeys, byActor, byNamePart);
		// Asked once: `flashback` changes only in the update at the end of this draft.
		const flashbackGoesOn = inFlashback(d);
		const continuing = d.continues && last !== null && d.sentence - last.sentence <= 2 && last.sentence !== d.sentence;

		// when
		const planWhen = d.future ? planned(d.sentence) : null;
		if (d.timex) d.when = whenFromTimex(d.timex, false);
		// `Since then, Tokyo has imposed…`: it runs from an earlier happening to now, no day of the story's.
		else if (d.since) d.when = null;
		// `She was born in Aberdeen, the daughter of…`: a birth the article does not date is no day of the story's.
		else if (d.trig.entry.ownDate) d.when = null;
		// `Les autorités nient…`, `officials say…`: the present speaks at the publication date, not on the story's last day.
		else if (d.saysNow) d.when = publication;
		else if (flashbackGoesOn) d.when = { ...flashback!.when!, inherited: true };
		// …but a plan's date does not carry over to what is told as done (`doit repartir mercredi. Il s'était rendu…`).
		else if (continuing && last?.when && (d.future || !last.future)) d.when = { ...last.when, inherited: true };
		else if (d.kind === 'disaster' && disaster) d.when = dayOf(disaster);
		// …only a day of the story's: `Lakeshore traces its roots to a line founded in 1846` is history, and `Unions
		// representing Lakeshore's workers said…` is not said then.
		else if (actorMemory?.when && !d.future && dayOrFiner(actorMemory.when) && !behindTheStory(actorMemory.when, actorMemory.sentence, d.sentence))
			d.when = dayOf(actorMemory.when);
		else if (planWhen) d.when = { ...planWhen, inherited: true };
		else if (background && !d.future && d.kind !== 'statement' && d.sentence === background.sentence + 1 && paragraphOf(d.sentence) === paragraphOf(background.sentence))
			d.when = { ...background.when!, inherited: true };
		else d.when = dayOf(behindTheStory(ref, refSentence, d.sentence) ? news! : ref);

		// `un sommet la semaine prochaine`: a happening dated wholly after the publication has not occurred yet.
		if (d.status === 'occurred' && d.timex?.interval && d.timex.interval.start >= tomorrow) d.status = 'planned';

		// where
		if (d.place && !d.placeList) d.where = whereFromPlace(d.place, false);
		else if (d.placeList || (d.saysNow && !d.timex)) d.where = null;
		// A seat (`Brussels welcomed …`) is where its subject acts, not a scene the next sentences share.
		else if (continuing && last?.where && !last.seated && (d.future || !last.future) && (!d.timex || compatible(last.when, d.when))) d.where = { ...last.where, inherited: true };
		else if (d.onScene && lastCity && d.sentence - lastCity.sentence <= 4) d.where = { ...lastCity.where, inherited: true };
		else if (d.sameCity && s) {
			const c = cityBefore(s.start);
			d.where = c ? whereFromPlace(c, true) : null;
		} else if (actorMemory?.where && (compatible(actorMemory.when, d.when) || (actorMemory.where.kind === 'city' && daysApart(actorMemory.when, d.when) <= 2)))
			// `Yoon arrived in Tokyo on Thursday … Mr Yoon will meet Kishida on Friday`: a visitor stays in the city
			// he reached for the next days, unless the sentence names another place.
			d.where = { ...actorMemory.where, inherited: true };
		else if (
			last &&
			last.where &&
			!last.seated &&
			last.sentence !== d.sentence &&
			// A flashback's place is not the story's (`He had met him in Beijing. The ministry said…`).
			last.pluperfect === d.pluperfect &&
			// The same paragraph, or the next one telling the same kind of happening on the same day (`une frappe
			// sur un marché de Khartoum … ¶ le bombardement a visé le marché de Qouro vers 07h00`).
			(paragraphOf(last.sentence) === paragraphOf(d.sentence) || (SCENE_KINDS.has(d.kind) && last.kind === d.kind && !last.where.inherited && daysApart(last.when, d.when) === 0)) &&
			d.sentence - last.sentence <= 2 &&
			(compatible(last.when, d.when) || (last.when?.inherited === true && Math.abs((dayNumber(last.when) ?? 1e9) - (dayNumber(d.when) ?? -1e9)) <= 2)) &&
			!d.since
		)
			d.where = { ...last.where, inherited: true };
		// `In Guwahati, … since Saturday. Schools were ordered shut on Monday`: the paragraph's scene, for what
		// happens in those days (not a flashback, not a state running since some day).
		else if (framed[d.sentence] && !d.since && !d.pluperfect && (dayOrFiner(d.when) || d.when?.granularity === 'week'))
			d.where = { ...framed[d.sentence]!, inherited: true };
		else if (scene && !d.since) {
			const n = dayNumber(d.when);
			const dayish = d.when && (DAY_OR_FINER.has(d.when.granularity) || d.when.granularity === 'week');
			if (n !== null && dayish && Math.abs(n - scene.day) <= 2) d.where = { ...scene.where, inherited: true };
		}

		if (flashbackGoesOn && !d.timex && !d.where && flashback!.where && !d.placeList) d.where = { ...flashback!.where, inherited: true };
		// `Le bâtiment s'était écroulé le 15 novembre 2019`: the lede's disaster retold as a flashback happened where
		// the lede put it (`l'effondrement d'un immeuble … à Valence`); the flashback's next events follow it there.
		if (!d.where && site && d.kind === 'disaster' && d.pluperfect && !d.placeList) d.where = whereFromPlace(site, true);
		// `la cour a entendu l'expert`, `a-t-il affirmé à la barre`: the hearing is in the court's town.
		if (!d.where && venue && dct !== null && Math.abs((dayNumber(d.when) ?? Infinity) - dct) <= HEARING_DAYS && toldAtHearing(d)) d.where = venue;
		// What the story tells of its own days without a place happens at its setting (setting.ts).
		if (!d.where && setting && dct !== null && (dayOrFiner(d.when) || d.when?.granularity === 'week') && settingFits(d, dayNumber(d.when)! - dct))
			d.where = { ...setting };

		// update the story
		if (d.pluperfect && d.timex && d.when && !d.since && !d.secondary) flashback = { when: d.when, where: d.where, sentence: d.sentence, actors: d.actors };
		else if (flashbackGoesOn && d.when?.inherited) flashback = { ...flashback!, sentence: d.sentence };
		else if (!d.pluperfect && d.mainLine && !d.secondary && flashback && flashback.sentence !== d.sentence) flashback = null;
		const ownDay = d.timex && DAY_OR_FINER.has(d.timex.granularity);
		if (ownDay && !d.pluperfect && !d.future && !d.since && !d.secondary && d.timex!.interval!.start <= `${doc.dct}T23:59`) {
			const day = dayOf(d.when!);
			// Before any main verb has dated the story, the first day it tells is its day, whatever tells it (`Les
			// familles … de l'effondrement …, ont retrouvé lundi le chemin du tribunal`): not the publication's.
			if (d.mainLine || refSentence < 0) {
				ref = day;
				refSentence = d.sentence;
			}
			// The story's day is the latest one it has told, by a main verb or not (`a écouté … la lecture du verdict,
			// jeudi en fin d'après-midi`: a noun, dated, tells the day the story is about).
			if (!news || day.interval!.start > news.interval!.start) news = day;
		}
		if (d.kind === 'disaster' && d.timex && !d.since) {
			// The disaster is the subject, not a reference point (`after the first quake`).
			for (let k = d.trig.i; k >= 0 && d.trig.i - k < 40 && d.toks[k].clause === d.trig.clause; k--) {
				if (disasterHeadAt(d.toks, k, disasterHeads)) {
					disaster = d.when;
					break;
				}
			}
		}
		if (d.where && !d.where.inherited && !d.seated && d.kind === 'meeting' && d.mainLine && !d.future && !d.pluperfect && d.when) {
			// Only a meeting of the story's days sets the scene, not a past one recalled.
			const n = dayNumber(d.when);
			if (n !== null && dct !== null && Math.abs(n - dct) <= 7) scene = { where: d.where, day: n };
		}
		if (d.mainLine && !d.future && ((d.timex && !d.since) || (d.where && !d.where.inherited))) {
			const memory = { when: d.when, where: d.seated ? null : d.where, sentence: d.sentence };
			for (const k of actorKeys) byActor.set(k, memory);
			for (const a of d.actors) for (const part of a.toLowerCase().split(/\s+/)) if (part.length > 2) byNamePart.set(part, memory);
		}
		if (d.timex && d.when && !d.since && !d.future && !d.secondary) {
			const coarse = !DAY_OR_FINER.has(d.when.granularity) && d.when.interval !== null && d.when.interval.end <= `${doc.dct}T00:00`;
			background = coarse ? { when: d.when, where: d.where, sentence: d.sentence } : null;
		}
		if (d.future && d.timex && d.when) plan = { when: d.when, where: d.where, sentence: d.sentence };
		if (d.where && !d.where.inherited && !d.seated && d.where.kind === 'city') lastCity = { where: d.where, sentence: d.sentence };
		// A pronoun picks up the main clause's subject, not an aside's (`after addressing …`).
		if (!d.secondary && (d.mainLine || !last || last.sentence !== d.sentence)) last = d;
	}
}

// Per-draft tests, as functions rather than closures made for every draft.

// The two below are plain loops rather than `map`/`filter`/`find` chains: V8 inlined those chains for the
// array kinds it had seen and deoptimised the whole of `applyContext` on every new one (three times over
// the first 500 runs of one article), each time running it unoptimised until it was compiled again.

/** The last word of each actor, lower-cased, when longer than two letters: what the story remembers them by. */
function keysOf(actors: string[]): string[] {
	const keys: string[] = [];
	for (const a of actors) {
		const k = lastWord(a).toLowerCase();
		if (k.length > 2) keys.push(k);
	}
	return keys;
}

/** `a.split(/\s+/).pop()`, read back from the end: no regex and no array per actor of every draft. */
function lastWord(a: string): string {
	let k = a.length;
	while (k > 0 && !isSpace(a.charCodeAt(k - 1))) k--;
	return k === 0 ? a : a.slice(k);
}

/**
 * The recent memory of one of the draft's actors, by its key; else, a name told in full first and by one of
 * its words after (`Yoon Suk Yeol` … `M. Yoon`, family name first): a one-word actor also finds the memory
 * of any full name holding that word.
 */
function memoryOf(d: Draft, keys: string[], byActor: Map<string, Memory>, byNamePart: Map<string, Memory>): Memory | null {
	for (const k of keys) {
		const m = byActor.get(k);
		if (recentBefore(m, d.sentence)) return m;
	}
	for (const a of d.actors) {
		const m = /\s/.test(a) ? undefined : byNamePart.get(a.toLowerCase());
		if (recentBefore(m, d.sentence)) return m;
	}
	return null;
}

/** A memory from the 12 sentences before `sentence`. */
function recentBefore(m: Memory | undefined, sentence: number): m is Memory {
	return !!m && m.sentence < sentence && sentence - m.sentence <= 12;
}

/** The disaster is the subject at token k, not a reference point (`after the first quake`). */
function disasterHeadAt(toks: Tok[], k: number, disasterHeads: ReadonlySet<string>): boolean {
	return (
		disasterHeads.has(toks[k].low) &&
		!/^(of|by|par|de|du)$/.test(toks[k - 1]?.low ?? '') &&
		![1, 2, 3].some((n) => /^(after|since|before|après|depuis|avant)$/.test(toks[k - n]?.low ?? ''))
	);
}
