/**
 * A part of the day said with a weekday by words that are not a part-of-day noun: `early Wednesday` and
 * `first light Thursday` are that morning (the TimeBank's TMO, as `Wednesday morning`); `mardi à l'aube`,
 * `Tuesday at dawn` too. `early on Wednesday` is only the day, and stays so.
 */
import type { Pod } from './lexicon';
import { w, type RuleCtx } from './match';

/** Words before a weekday that make it that morning, and the token the weekday is at. */
export function podBeforeWeekday(c: RuleCtx, i: number): { pod: Pod; j: number } | null {
	if (c.lang !== 'en') return null;
	const x = w(c, i);
	if (x === 'early') return { pod: 'MO', j: i + 1 };
	if (x === 'first' && w(c, i + 1) === 'light') return { pod: 'MO', j: i + 2 };
	return null;
}

/** `à l'aube`, `at dawn` right after a weekday: its morning, and the token after. */
export function dawnAfter(c: RuleCtx, b: number): { pod: Pod; b: number } | null {
	if (c.lang === 'fr' && w(c, b) === 'à' && w(c, b + 1) === 'l' && w(c, b + 2) === "'" && w(c, b + 3) === 'aube') return { pod: 'MO', b: b + 4 };
	if (c.lang === 'en' && w(c, b) === 'at' && w(c, b + 1) === 'dawn') return { pod: 'MO', b: b + 2 };
	return null;
}
