import type { Doc } from '../document';
import type { FactEvent, Lang, Place, Timex } from '$lib/model';
import { buildLexicon, type Lexicon } from './lexicon';
import { FR_DISASTER_HEADS, FR_NOUNS, FR_VERBS } from './triggers.fr';
import { EN_DISASTER_HEADS, EN_NOUNS, EN_VERBS } from './triggers.en';
import { sameCityWords, sentenceDrafts, type Draft } from './assemble';
import { applyContext } from './context';
import { placeAnaphors } from './anaphor';
import { mergeRepeats } from './merge';
import { bareQuoteIncise } from './bare-quote';
import { dropLongStanding } from './long-standing';
import { makeLabel } from './label';
import { isSpace } from '../chars';
import { lowerWordsOf } from '../lower-words';

/**
 * The event stage: triggers found per sentence (lexicons by kind), dated by
 * the nearest date of their sentence or by the story's context, placed by the
 * place they are the location of, merged when two sentences tell one
 * happening. Site furniture (headlines of other articles, bylines, comment
 * forms, pull-quotes) holds no events; photo captions give secondary ones.
 */

const lexicons = new Map<Lang, Lexicon>();

function lexicon(lang: Lang): Lexicon {
	let lex = lexicons.get(lang);
	if (!lex) {
		lex = lang === 'fr' ? buildLexicon('fr', FR_VERBS, FR_NOUNS) : buildLexicon('en', EN_VERBS, EN_NOUNS);
		lexicons.set(lang, lex);
	}
	return lex;
}

/** `/[.!?»"')\]]\s*$/.test(norm.slice(start, end))`, read backwards instead of tried at every position. */
function endsWithPunctuation(norm: string, start: number, end: number): boolean {
	let k = end;
	while (k > start && isSpace(norm.charCodeAt(k - 1))) k--;
	if (k === start) return false;
	const c = norm.charCodeAt(k - 1);
	return c === 46 || c === 33 || c === 63 || c === 0xbb || c === 34 || c === 39 || c === 41 || c === 93;
}

/** The items of `list` inside sentence `s` (a new array, as `filter` gives). */
function within<T extends { start: number; end: number }>(list: T[] | undefined, s: { start: number; end: number }): T[] {
	const out: T[] = [];
	if (list) for (const x of list) if (x.start >= s.start && x.end <= s.end) out.push(x);
	return out;
}

/** The sentence's places and the stand-ins of its place anaphors (anaphor.ts), in text order. */
function withAnaphors(own: Place[], stand: Place[] | undefined): Place[] {
	return !stand ? own : [...own, ...stand].sort((a, b) => a.start - b.start);
}

export function findEvents(doc: Doc, timexes: Timex[], places: Place[]): FactEvent[] {
	try {
		return run(doc, timexes, places);
	} catch {
		// Never let one odd article break the whole fact file.
		return [];
	}
}

function run(doc: Doc, timexes: Timex[], places: Place[]): FactEvent[] {
	const lang: Lang = doc.lang === 'en' ? 'en' : 'fr';
	const lex = lexicon(lang);
	const heads = lang === 'fr' ? FR_DISASTER_HEADS : EN_DISASTER_HEADS;
	const drafts: Draft[] = [];
	// Words the article writes in lower case somewhere: a capital at a sentence start on one of them is no name.
	const lowerWords = lowerWordsOf(doc.norm, typeof doc.lower === 'string');
	// Where `même` and `same` occur, read once through the article (assemble.ts).
	const seen = sameCityWords();
	// Index dates and places by sentence once: linear overall.
	const tBy = new Map<number, Timex[]>();
	for (const t of timexes) {
		const list = tBy.get(t.sentence);
		if (list) list.push(t);
		else tBy.set(t.sentence, [t]);
	}
	const pBy = new Map<number, Place[]>();
	for (const p of places) {
		const list = pBy.get(p.sentence);
		if (list) list.push(p);
		else pBy.set(p.sentence, [p]);
	}
	const anaphors = placeAnaphors(doc, places);
	for (const s of doc.sentences) {
		if (s.boilerplate && s.boilerplate !== 'caption') continue;
		// A line without final punctuation is a title or a stray headline: gold
		// marks at most optional events there, so stay silent rather than guess.
		if (!s.boilerplate && !endsWithPunctuation(doc.norm, s.start, s.end)) continue;
		if (bareQuoteIncise(doc.norm.slice(s.start, s.end), lang, lex)) continue;
		const ts = within(tBy.get(s.index), s);
		const ps = withAnaphors(within(pBy.get(s.index), s), anaphors.get(s.index));
		try {
			drafts.push(...sentenceDrafts(doc, s, lex, ts, ps, lowerWords, seen));
		} catch {
			// One sentence the rules cannot read costs its events, not the article's.
		}
	}
	applyContext(doc, drafts, places, heads);
	// After the context pass: a stance held long is no event, but it still sets the story's time for what follows.
	const merged = mergeRepeats(dropLongStanding(drafts, lang));
	return merged.map(({ draft: d, sentences }, k) => {
		const t0 = d.toks[d.trig.i];
		const t1 = d.toks[d.trig.j - 1];
		return {
			id: `e${k}`,
			sentence: sentences[0],
			sentences,
			label: makeLabel(d.toks, d.trig, d.actors, doc.text),
			kind: d.kind,
			trigger: { start: t0.start, end: t1.end, text: doc.text.slice(t0.start, t1.end) },
			when: d.when,
			where: d.where,
			status: d.status,
			actors: d.actors,
			attribution: d.attribution,
			secondary: d.secondary
		};
	});
}
