/**
 * The fact file: what the extraction pipeline produces, what the database
 * stores, what the views draw and what the export writes. One source of truth
 * for its shape; `../shared/eval/README.md` defines the fields the scorer
 * reads, everything else here is ours.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the article
 * text exactly as given; `end` is exclusive.
 */

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A piece of the article text. */
export interface Span {
	start: number;
	end: number;
	text: string;
}

/** Why a sentence is not part of the story itself. */
export type BoilerplateKind =
	| 'headline' // stray headline of another article
	| 'caption' // photo caption with an agency credit
	| 'byline' // author name or bio
	| 'comment-form' // "Laisser un commentaire", "Leave a reply"
	| 'pull-quote'; // a short quoted fragment standing alone between paragraphs

export interface Sentence {
	index: number;
	start: number;
	end: number;
	/** Index of the paragraph (blank-line separated block) the sentence is in. */
	paragraph: number;
	/** Set when the sentence is site furniture rather than reporting. */
	boilerplate: BoilerplateKind | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How fine a resolved date is; drives how it is drawn. */
export type Granularity =
	| 'minute'
	| 'hour'
	| 'part-of-day'
	| 'day'
	| 'weekend'
	| 'week'
	| 'month'
	| 'season'
	| 'quarter'
	| 'half-year'
	| 'year'
	| 'decade'
	| 'century'
	| 'reference' // PRESENT_REF, PAST_REF, FUTURE_REF
	| 'duration'
	| 'set';

export type Tense = 'past' | 'present' | 'future' | 'conditional';

/** TIMEX3 modifiers we produce (START = "début de", END = "fin de", …). */
export type TimexMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER';

/**
 * A half-open interval in local wall-clock time of the article
 * (`YYYY-MM-DDTHH:MM`, no zone): `[start, end)`.
 */
export interface Interval {
	start: string;
	end: string;
}

/** What the value was computed from, chrono-node style: stated vs implied. */
export interface TimexResolution {
	/** `absolute`: the text says it all (`13 septembre 2023`); `dct`: relative
	 * to the publication date; `reference`: relative to the date the story was
	 * last talking about; `event`: anchored on an event we cannot date. */
	anchor: 'absolute' | 'dct' | 'reference' | 'event' | 'none';
	/** The anchor date used, when there was one. */
	anchorValue: string | null;
	/** Tense of the governing verb, when it decided the direction. */
	tense: Tense | null;
	/** A short human sentence: "Sunday before the publication date (past tense)". */
	note: string;
}

export interface Timex extends Span {
	id: string;
	sentence: number;
	type: TimexType;
	/** TIMEX3 value: `2023-09-10TEV`, `2023-W37`, `P3Y`, `PRESENT_REF`, `XXXX-XX-XX` … */
	value: string;
	granularity: Granularity;
	/** The calendar interval the value covers; null for durations, sets,
	 * references and unresolved expressions. */
	interval: Interval | null;
	mod: TimexMod | null;
	/** Clock times given with a zone (`09h38 GMT`): the zone as written. */
	zone: string | null;
	resolution: TimexResolution;
	/** True when the value could not be placed on the calendar. */
	unresolved: boolean;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'site' | 'area';

export interface Place extends Span {
	id: string;
	sentence: number;
	/** Preferred name in the article's language. */
	name: string;
	lat: number;
	lon: number;
	kind: PlaceKind;
	/** `geonames:2013348`, `iso:RU`, `curated:extreme-orient-russe` … */
	gazetteerId: string;
	/** ISO 3166-1 alpha-2 of the country the place is in, when known. */
	country: string | null;
	/** 0..1, how sure the resolver is of this reading. */
	confidence: number;
	/** Stands for a government or team (`Moscou souhaite…`), not the place. */
	metonym: boolean;
}

export type EventStatus = 'occurred' | 'planned' | 'reported' | 'negated' | 'hypothetical';
export const EVENT_STATUSES: readonly EventStatus[] = ['occurred', 'planned', 'reported', 'negated', 'hypothetical'];

export type EventKind =
	| 'movement'
	| 'meeting'
	| 'statement'
	| 'attack'
	| 'decision'
	| 'disaster'
	| 'founding'
	| 'transaction'
	| 'other';

export interface EventWhen {
	value: string;
	/** Id of the timex the date comes from. */
	timex: string | null;
	granularity: Granularity;
	interval: Interval | null;
	/** True when the date was taken from context rather than the sentence. */
	inherited: boolean;
}

export interface EventWhere {
	name: string;
	lat: number;
	lon: number;
	kind: PlaceKind;
	/** Id of the place mention the location comes from. */
	place: string | null;
	inherited: boolean;
	/** The gazetteer entry, when a person chose the place (see $lib/corrections). */
	gazetteerId?: string;
}

export interface FactEvent {
	id: string;
	/** The main sentence; `sentences` lists every sentence that tells it. */
	sentence: number;
	sentences: number[];
	label: string;
	kind: EventKind;
	/** The word(s) that signal the happening. */
	trigger: Span;
	when: EventWhen | null;
	where: EventWhere | null;
	status: EventStatus;
	/** Who the happening is about, as written. */
	actors: string[];
	/** Who says so (`l'AFP`, `KCNA`), when the text names a source. */
	attribution: string | null;
	/** True when it comes from boilerplate such as a photo caption. */
	secondary: boolean;
	/** Set when a person corrected the event (see $lib/corrections). */
	corrected?: boolean;
	/** Which parts they corrected; `added` for an event a person added. */
	correctedFields?: CorrectedField[];
}

export type CorrectedField = 'label' | 'when' | 'where' | 'status' | 'sentences' | 'added';

export interface ArticleMeta {
	lang: Lang;
	/** Publication date, `YYYY-MM-DD`. */
	dct: string;
	title?: string;
}

export interface FactFile {
	article: ArticleMeta;
	sentences: Sentence[];
	timexes: Timex[];
	places: Place[];
	events: FactEvent[];
	generator: { name: 'factline'; version: string };
}

/** An article as stored in the library: its input and the facts drawn from it. */
export interface ArticleRecord {
	/** Stable, URL-safe id (`/articles/{id}`). */
	id: string;
	title: string;
	lang: Lang;
	dct: string;
	text: string;
	/** ISO timestamp of when it was added. */
	createdAt: string;
}

/** What the article page's `load` returns. */
export interface ArticlePageData {
	article: ArticleRecord;
	facts: FactFile;
}
