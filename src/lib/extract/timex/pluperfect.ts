/**
 * Whether a temporal expression sits in a pluperfect clause (`avaient été prévenus dès dimanche`, `had been
 * warned on Sunday`). The pluperfect tells something earlier than the story's day, an aside: the day it names
 * must not become the day later bare clocks and parts of the day (`en fin de matinée`) are told on.
 * Word-based like tense.ts: the past auxiliary and a participle within the expression's clause.
 */
import type { Lang } from '$lib/model';
import type { Tok } from './tokens';
import { FR_MOTION, FR_SKIP, frParticiple, nextContent, stem } from './tense';

const AUX_PAST: Record<Lang, ReadonlySet<string>> = {
	fr: new Set(['avait', 'avaient', 'avais', 'avions', 'aviez', 'était', 'étaient', 'étais', 'étions', 'étiez']),
	en: new Set(['had'])
};
const FR_ETRE_PAST = new Set(['était', 'étaient', 'étais', 'étions', 'étiez']);
const FR_REFLEXIVE = new Set(['s', 'se', 'm', 'me', 't', 'te', 'nous', 'vous']);
/** Between `had` and its participle: negation and adverbs (French uses tense.ts's FR_SKIP). */
const EN_SKIP = new Set(['not', 'already', 'also', 'been', 'just', 'never', 'previously']);
/** How far (in tokens) the auxiliary may stand from the expression. */
const REACH = 10;

function enParticiple(w: string): boolean {
	return w.length > 3 && (/(ed|en|wn|ght|ung|ust|eft|et|one|ade|id|ew)$/.test(w) || w === 'met' || w === 'won' || w === 'lost' || w === 'held');
}

function boundary(t: Tok): boolean {
	return t.k === 'p' && (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || t.w === ')' || t.w === '«' || t.w === '»' || t.w === '"');
}

/** A past auxiliary at i followed, past skippable words, by a participle (read as tense.ts reads one). */
function pluperfectAt(toks: Tok[], i: number, end: number, lang: Lang): boolean {
	if (toks[i].k !== 'w' || !AUX_PAST[lang].has(toks[i].w)) return false;
	const j = nextContent(toks, i, end, lang === 'fr' ? FR_SKIP : EN_SKIP, 4);
	if (j < 0 || toks[j].k !== 'w') return false;
	const w = toks[j].w;
	if (lang === 'en') return enParticiple(w);
	if (!frParticiple(w)) return false;
	// `étaient mobilisés mercredi` is a passive or a state in the imperfect: with `être`, only the verbs of
	// motion and the pronominal verbs make a pluperfect (`était arrivé`, `s'étaient massées`), as in tense.ts.
	if (!FR_ETRE_PAST.has(toks[i].w)) return true;
	const before = i > 0 ? toks[i - 1].w : '';
	const reflexive = FR_REFLEXIVE.has(before) || (before === "'" && i > 1 && FR_REFLEXIVE.has(toks[i - 2].w));
	return reflexive || FR_MOTION.has(stem(w));
}

/** The expression at tokens [from, to) of the sentence tokens [a, b) is governed by a pluperfect of its clause. */
export function inPluperfect(toks: Tok[], a: number, b: number, from: number, to: number, lang: Lang): boolean {
	for (let i = from - 1; i >= a && from - i <= REACH; i--) {
		if (boundary(toks[i])) break;
		if (pluperfectAt(toks, i, b, lang)) return true;
	}
	for (let i = to; i < b && i - to < REACH; i++) {
		if (boundary(toks[i])) break;
		if (pluperfectAt(toks, i, b, lang)) return true;
	}
	return false;
}
