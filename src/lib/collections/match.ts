/**
 * When two events, from the same article or from two, describe the same
 * happening: the same kind of act, on the same day (or over overlapping
 * spans at their precision), at the same place (one gazetteer entry, two
 * points within NEAR_KM, or one place inside the other), by compatible
 * actors. Pure rules over fact-file fields; no rule names a word or a place.
 */
import type { EventStatus, FactEvent, Granularity } from '$lib/model';
import { placeRelation, type PlaceRef, type PlaceRelation, type RegionPoints } from './geo';

/** An event as the linker sees it: where it comes from and its resolved place. */
export interface Candidate {
	/** Index of the member article in the collection. */
	member: number;
	event: FactEvent;
	/** The gazetteer place of the event, when it has one. */
	place: PlaceRef | null;
}

/** Precisions fine enough to say which day: two of them match on the same calendar day. */
const DAY_OR_FINER: ReadonlySet<Granularity> = new Set(['minute', 'hour', 'part-of-day', 'day']);
/** Precisions with no place on the calendar. */
export const UNDATED: ReadonlySet<Granularity> = new Set(['reference', 'duration', 'set']);

export type DateRelation = 'same-value' | 'same-day' | 'overlap' | 'apart';

function dayOf(wallClock: string): string {
	return wallClock.slice(0, 10);
}

export function dateRelation(a: FactEvent, b: FactEvent): DateRelation {
	const wa = a.when;
	const wb = b.when;
	if (!wa?.interval || !wb?.interval || UNDATED.has(wa.granularity) || UNDATED.has(wb.granularity)) return 'apart';
	if (wa.value === wb.value) return 'same-value';
	// "Sunday afternoon" and "Sunday evening" are the same departure told
	// twice: at day precision the two parts of a day agree.
	if (DAY_OR_FINER.has(wa.granularity) && DAY_OR_FINER.has(wb.granularity)) {
		return dayOf(wa.interval.start) === dayOf(wb.interval.start) ? 'same-day' : 'apart';
	}
	// Wall-clock strings of one format compare as times: [start, end) overlap.
	const overlap = wa.interval.start < wb.interval.end && wb.interval.start < wa.interval.end;
	return overlap ? 'overlap' : 'apart';
}

/** Capitalised words of the actors (`Kim Jong Un` → kim, jong, un), accents folded. */
function actorWords(actors: readonly string[]): Set<string> {
	const words = actors.flatMap((a) => a.split(/[\s,;'’-]+/).filter((w) => w.length > 1 && /^\p{Lu}/u.test(w)));
	return new Set(words.map((w) => fold(w)));
}

function fold(s: string): string {
	return s
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
}

/**
 * Who moves or who speaks is the act itself: two movements or two
 * statements naming wholly different people are two acts. Meetings and the
 * rest are not checked: their other party is often not in `actors`.
 */
/** Each event's actor words, computed once: a collection compares every pair of events of a kind. */
const wordsCache = new WeakMap<FactEvent, Set<string>>();
function wordsOf(e: FactEvent): Set<string> {
	let w = wordsCache.get(e);
	if (!w) wordsCache.set(e, (w = actorWords(e.actors)));
	return w;
}

function actorsAgree(a: FactEvent, b: FactEvent): boolean {
	if (a.kind !== 'movement' && a.kind !== 'statement') return true;
	const wa = wordsOf(a);
	const wb = wordsOf(b);
	if (a.kind === 'statement' && (wa.size === 0 || wb.size === 0)) return false; // an unnamed speaker could be anyone
	if (wa.size === 0 || wb.size === 0) return true;
	for (const w of wa) if (wb.has(w)) return true;
	return false;
}

/** First letters of the trigger, enough to tell `duré` from `célébré` but not `tenu` from `tenue`. */
function triggerStem(e: FactEvent): string {
	return fold(e.trigger.text).replace(/[^\p{L}]/gu, '').slice(0, 4);
}

function sameKindOfAct(a: FactEvent, b: FactEvent): boolean {
	if (a.kind !== b.kind) return false;
	// "other" gathers unrelated acts; only the same trigger makes them one kind.
	return a.kind !== 'other' || triggerStem(a) === triggerStem(b);
}

/** A claim that it did not happen against one that it did, will, or was said to. */
export function statusesContradict(a: EventStatus, b: EventStatus): boolean {
	return (a === 'negated') !== (b === 'negated');
}

/** How many of date and place the sentence itself gives (not inherited from context). */
function stated(e: FactEvent): number {
	return (e.when && !e.when.inherited ? 1 : 0) + (e.where && !e.where.inherited ? 1 : 0);
}

export interface Match {
	date: DateRelation;
	place: PlaceRelation;
	/** Higher is surer; used to link the surest pairs first. */
	score: number;
	/** True when everything agrees but one says it did not happen. */
	contradiction: boolean;
}

const DATE_SCORE: Record<DateRelation, number> = { 'same-value': 3, 'same-day': 2, overlap: 1, apart: 0 };
const PLACE_SCORE: Record<PlaceRelation, number> = { same: 3, near: 2, within: 1, apart: 0 };

/**
 * Whether two events tell the same happening, or null when they do not.
 * Within one article the extractor already kept them apart, so a link there
 * needs one of them to state both its date and place and the other one of
 * them; across articles each must state at least one.
 */
export function matchEvents(a: Candidate, b: Candidate, regionPoints?: RegionPoints): Match | null {
	if (a.member === b.member && a.event.id === b.event.id) return null;
	if (!sameKindOfAct(a.event, b.event) || !a.place || !b.place) return null;
	const sa = stated(a.event);
	const sb = stated(b.event);
	if (a.member === b.member ? Math.max(sa, sb) < 2 || Math.min(sa, sb) < 1 : Math.min(sa, sb) < 1) return null;
	const date = dateRelation(a.event, b.event);
	if (date === 'apart') return null;
	const place = placeRelation(a.place, b.place, regionPoints);
	if (place === 'apart') return null;
	if (!actorsAgree(a.event, b.event)) return null;
	const contradiction = statusesContradict(a.event.status, b.event.status);
	// A contradiction is only worth raising on dates both sentences state:
	// an inherited date on a denial ("has not left since…") is a guess.
	if (contradiction && (a.event.when?.inherited || b.event.when?.inherited)) return null;
	return { date, place, score: DATE_SCORE[date] + PLACE_SCORE[place], contradiction };
}
