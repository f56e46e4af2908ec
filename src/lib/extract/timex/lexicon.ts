/**
 * The words the timex rules look for, one table per language. Data only:
 * the matchers in rules.ts read these tables and never spell a word
 * themselves, so adding a language is adding a lexicon.
 */
import type { Lang } from '$lib/model';
import { FR } from './lexicon.fr';
import { EN } from './lexicon.en';

/** Calendar units a duration, an offset or a set counts in. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** TIMEX3 parts of day. DT = daytime ("dans la journée"). */
export type Pod = 'MO' | 'AF' | 'EV' | 'NI' | 'DT' | 'MI';

export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export interface Lexicon {
	months: Record<string, number>;
	/** Month words that are also ordinary words (`May`, `mars`): only taken with date context. */
	ambiguousMonths: Set<string>;
	/** 1 = Monday … 7 = Sunday (ISO). */
	weekdays: Record<string, number>;
	/** Weekday plurals (`jeudis`), for sets. */
	weekdayPlurals: Record<string, number>;
	pods: Record<string, Pod>;
	/** Cardinal number words; compounds (`dix-huit`, `twenty-five`) are summed. */
	numbers: Record<string, number>;
	/** Words for "several / a few", which make a duration vague (`PXY`). */
	vague: Set<string>;
	units: Record<string, Unit>;
	/** Single words (or first words) that are references by themselves. */
	refWords: Record<string, RefValue>;
	/** Words after a unit that point back (`dernier`, `last` handled separately by position). */
	last: Set<string>;
	next: Set<string>;
	/** Demonstratives: `ce`, `cette`, `this`. */
	this: Set<string>;
	/** Words before a number + `ans` that make it an age. */
	agePrefix: Set<string>;
	/** Nouns for people: `un homme de 30 ans` is an age. */
	personNouns: Set<string>;
	/** Possessives: `ses 75 ans` is an anniversary, not a duration. */
	possessives: Set<string>;
	/** Words that, placed before a bare number, make a duration of it (`pendant 48 h`). */
	durationCue: Set<string>;
	/** Words that, right before a bare 4-digit number, say it is a year. */
	yearCue: Set<string>;
	/** Nouns after a 4-digit number that make it a count, not a year. */
	countNouns: Set<string>;
	/** Every-words for sets (`chaque`, `every`). */
	every: Set<string>;
	/** Adjectives that are sets by themselves (`annuel` → P1Y). */
	setAdjectives: Record<string, string>;
	seasons: Record<string, 'SP' | 'SU' | 'FA' | 'WI'>;
	ordinals: Record<string, number>;
	/** `début`, `fin`, `mi`, `early`, `late`… */
	mods: Record<string, 'START' | 'MID' | 'END'>;
	/** Fixed-date holidays (one word): month and day. */
	holidays: Record<string, [number, number]>;
	/** Zone words after a clock time. */
	zones: Record<string, string>;
}

/**
 * A table of plain object literals inherits `constructor`, `toString`…:
 * `tables.holidays['constructor']` would be a function, and an article
 * with the word `Constructor` lost its dates. Every word table is looked up
 * with no prototype behind it.
 */
function withoutPrototypes(lex: Lexicon): Lexicon {
	const out: Record<string, unknown> = {};
	for (const [key, table] of Object.entries(lex)) {
		const plain = table !== null && typeof table === 'object' && Object.getPrototypeOf(table) === Object.prototype;
		out[key] = plain ? Object.assign(Object.create(null), table) : table;
	}
	return out as unknown as Lexicon;
}

const SAFE: Record<Lang, Lexicon> = { en: withoutPrototypes(EN), fr: withoutPrototypes(FR) };

export function lexiconFor(lang: Lang): Lexicon {
	return SAFE[lang] ?? SAFE.fr;
}
