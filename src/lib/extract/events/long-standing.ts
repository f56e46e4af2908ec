import type { Granularity, Lang } from '$lib/model';
import type { Draft } from './assemble';

/**
 * `Guides' associations have long argued that…`, `Les pays forestiers réclamaient depuis des mois un
 * engagement`: a stance held for a long time is background, not a happening a timeline can place. An English
 * perfect with `long` before its participle, or a French imperfect with `depuis longtemps`, `depuis des mois`
 * (years, decades) in its clause, tells no event. A draft with a date of a day, a week or a month of its own
 * stays; a wider one (`since the 1990s`, read off the clause before) does not make it a happening.
 */
const FR_LONG = /^(des|plusieurs)$/;
const FR_SPAN = /^(mois|années|ans|décennies|semaines|siècles)$/;

const PINNED: ReadonlySet<Granularity> = new Set(['minute', 'hour', 'part-of-day', 'day', 'weekend', 'week', 'month']);

export function dropLongStanding(drafts: Draft[], lang: Lang): Draft[] {
	return drafts.length === 0 ? drafts : drafts.filter((d) => !longStanding(d, lang));
}

function longStanding(d: Draft, lang: Lang): boolean {
	if (d.timex && !d.since && PINNED.has(d.timex.granularity)) return false;
	const toks = d.toks;
	const i = d.trig.i;
	if (lang === 'en') return d.trig.aux >= 0 && /^(have|has|had)$/.test(toks[d.trig.aux].low) && i > 0 && toks[i - 1].low === 'long';
	if (!/(ait|aient)$/.test(toks[i].low) || d.trig.aux >= 0) return false;
	for (let k = 0; k + 1 < toks.length; k++) {
		if (toks[k].low !== 'depuis' || toks[k].clause !== d.trig.clause) continue;
		const next = toks[k + 1].low;
		if (next === 'longtemps' || next === 'toujours') return true;
		if (FR_LONG.test(next) && k + 2 < toks.length && FR_SPAN.test(toks[k + 2].low)) return true;
	}
	return false;
}
