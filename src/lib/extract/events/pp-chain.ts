import type { Lang } from '$lib/model';
import { startsLower } from '../chars';
import type { Tok } from './clauses';

/**
 * `told supporters at a hotel in central Lisbon`, `watched the launch at a viewing site in Titusville`,
 * `s'est tenue au siège de l'entreprise à Saint-Denis`: the town completes the noun of a locative phrase
 * that opens closer to the verb. The happening is at the hotel, so in Lisbon: the place is as near its verb
 * as that phrase, not as its own name.
 */

/** Prepositions of the town's own phrase that may complete a noun (`a hotel in Lisbon`, `le siège à Saint-Denis`). */
const INNER: ReadonlySet<string> = new Set(['in', 'at', 'à', 'au', 'aux', 'dans']);
/** Prepositions of setting that open the outer phrase (`at a hotel`, `au siège`, `near a school`). */
const OUTER: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'à', 'au', 'aux', 'dans', 'près']);
/** Words that end a noun phrase: a relative, a conjunction, an auxiliary (a verb's phrase, not a noun's). */
const BREAKS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'where', 'que', 'qui', 'où', 'and', 'or', 'et', 'ou', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'est', 'sont', 'ont', 'été']);
/** How many words the outer phrase's noun may take (`au siège de l'entreprise`). */
const MAX_NOUN_WORDS = 5;

/**
 * Index of the preposition opening the locative phrase whose noun the place's phrase (its preposition at
 * `prepAt`) completes, or `prepAt` when there is none. `stops` marks tokens the walk may not cross (the
 * last word of each trigger: a verb ends the noun phrase).
 */
export function outerLocativeAt(toks: Tok[], prepAt: number, lang: Lang, stops: ReadonlySet<number>): number {
	if (prepAt <= 0 || !INNER.has(toks[prepAt].low)) return prepAt;
	let words = 0;
	for (let k = prepAt - 1; k >= 0 && words <= MAX_NOUN_WORDS; k--) {
		const t = toks[k];
		if (OUTER.has(t.low)) return words > 0 ? k : prepAt;
		// (`a` is the French auxiliary, the English article.)
		if (!t.word || stops.has(k) || !startsLower(t.raw) || BREAKS.has(t.low) || (lang === 'fr' && t.low === 'a')) return prepAt;
		words++;
	}
	return prepAt;
}
