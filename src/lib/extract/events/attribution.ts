import type { Lang } from '$lib/model';
import type { Tok, Trig } from './clauses';
import { startsLower, startsUpper } from '../chars';
import type { LowerWords } from '../lower-words';

/**
 * Who says so, and who the happening is about. Sources are named by a few
 * fixed frames (`selon X`, `a rapporté X`, `according to X`, `…, X said`);
 * actors are the proper names (or, failing that, the short noun phrase)
 * before the trigger in its clause.
 */

const STOP = new Set([',', '.', ';', ':', '(', ')', '«', '»', '"', '-']);

function phrase(toks: Tok[], from: number, maxWords: number, text: string): string | null {
	let end = from;
	let words = 0;
	while (end < toks.length && !STOP.has(toks[end].low) && words < maxWords) {
		if (toks[end].word) words++;
		end++;
	}
	if (end === from) return null;
	return text.slice(toks[from].start, toks[end - 1].end);
}

export function findAttribution(toks: Tok[], trigs: Trig[], lang: Lang, text: string): string | null {
	for (let k = 0; k < toks.length; k++) {
		const w = toks[k].low;
		if (lang === 'fr' && w === 'selon' && k + 1 < toks.length) return phrase(toks, k + 1, 6, text);
		if (lang === 'en' && w === 'according' && toks[k + 1]?.low === 'to' && k + 2 < toks.length) return phrase(toks, k + 2, 6, text);
	}
	for (const tr of trigs) {
		if (!tr.incise) continue;
		if (lang === 'fr') return phrase(toks, tr.j, 6, text);
		// English: the subject between the comma and the verb.
		const verb = tr.aux >= 0 ? Math.min(tr.aux, tr.i) : tr.i;
		let s = verb - 1;
		while (s >= 0 && !/^[,"»]$/.test(toks[s].low)) s--;
		if (s >= 0 && s + 1 < verb) return text.slice(toks[s + 1].start, toks[verb - 1].end);
	}
	return null;
}

// A set, not a regex of alternatives: asked of every capitalised word before each trigger.
const FUNCTION_WORD: ReadonlySet<string> = new Set(['cependant', 'toutefois', 'pourtant', 'néanmoins', 'however', 'meanwhile', 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'on', 'selon', 'après', 'avant', 'dans', 'en', 'au', 'aux', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'he', 'she', 'they', 'it', 'we', 'in', 'at', 'after', 'before', 'according', 'speaking', 'but', 'and', 'et', 'mais', 'pour', 'for', 'with', 'avec']);

const FR_PRONOUN = /^(il|elle|ils|elles|on)$/;
const EN_PRONOUN = /^(he|she|they|it|we)$/;

/** English demonyms by their endings (Russian, Korean, Chinese, Turkish, American) and the common irregular ones. */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|can)|German|French|Dutch|Greek|Swiss|Thai|Welsh|Czech|Afghan|Filipino|Israeli|Iraqi|Pakistani|Saudi|Kuwaiti|Qatari|Emirati|Yemeni|Omani|Somali|Nepali|Bangladeshi)$/u;

/** Proper names before the trigger in its clause (`Vladimir Poutine`, `Kim Jong Un`). */
export function findActors(toks: Tok[], tr: Trig, text: string, placeSpans: Array<[number, number]>, lowerWords: LowerWords = new Set()): string[] {
	const out: string[] = [];
	let k = tr.i - 1;
	const clause = toks[tr.i].clause;
	const names: Array<[number, number]> = [];
	let runEnd = -1;
	// A reported or relative clause names its own actors: the walk does not leave it
	// (`where Ukrainian authorities say Russian troops killed`, not the visitor before `where`).
	const region = toks[tr.i].region;
	const staysIn = region === 'content' || region === 'rel';
	for (; k >= 0 && toks[k].clause === clause && tr.i - k < 25 && (!staysIn || toks[k].region === region); k--) {
		const t = toks[k];
		// A capital opening the sentence is a name only if the word never appears in lower case (`Erdoğan`, not `Les`).
		// `Kim Jong Un`: a capital `Un` right after a name is part of it, not the article.
		// The tests run cheapest first and only as far as needed: most tokens walked are not capitalised, and
		// the demonym regex, the title test and the span search are asked of the few that are.
		const nameUn = t.raw === 'Un' && k > 0 && startsUpper(toks[k - 1].raw);
		const cap =
			t.word &&
			startsUpper(t.raw) &&
			!t.raw.endsWith("'") &&
			t.raw.length > 1 &&
			(!FUNCTION_WORD.has(t.low) || nameUn) &&
			(k > 0 || !lowerWords.has(t.low)) &&
			// `Russian troops`, `the Chinese leader`: an English demonym before a common noun is an adjective, not a name.
			!(DEMONYM.test(t.raw) && startsLower(toks[k + 1]?.raw ?? ''));
		// `Le Premier ministre`: a title, not a name.
		if (cap && !inSpan(placeSpans, t.start, t.end) && !(/^(premier|première)$/.test(t.low) && toks[k + 1]?.low === 'ministre')) {
			if (runEnd < 0) runEnd = k;
		} else if (runEnd >= 0) {
			names.push([k + 1, runEnd]);
			runEnd = -1;
		}
	}
	if (runEnd >= 0) names.push([Math.max(k + 1, 0), runEnd]);
	const own = names.filter(([a]) => !complementAt(toks, a));
	for (const [a, b] of own.length > 0 ? own : names) {
		const s = text.slice(toks[a].start, toks[b].end);
		if (!out.includes(s)) out.push(s);
		if (out.length >= 2) break;
	}
	return out;
}

/** Some span holds [start, end) (a place or a date: not an actor). */
function inSpan(spans: Array<[number, number]>, start: number, end: number): boolean {
	for (const [a, b] of spans) if (start >= a && end <= b) return true;
	return false;
}

/**
 * `l'université Kookmin`, `du Département d'État`: a name starting at token `a` that completes a noun is that
 * noun's, not an actor; it is kept only when the clause names no one else (`Le sommet du G20 s'est achevé`).
 * A function, not a closure made per trigger.
 */
function complementAt(toks: Tok[], a: number): boolean {
	const before = a > 0 ? toks[a - 1] : null;
	if (!before) return false;
	// `(AFP)`: a source in brackets, not who the happening is about.
	if (/^(de|du|des|d'|\()$/.test(before.low)) return true;
	return /^(université|university|ministère|ministry|département|department|agence|agency|institut|institute|école|school|hôpital|hospital)$/.test(before.low);
}

/** Does the clause of the trigger start with a personal pronoun subject (continuing the last story)? */
export function pronounSubject(toks: Tok[], tr: Trig, lang: Lang): boolean {
	const re = lang === 'fr' ? FR_PRONOUN : EN_PRONOUN;
	for (let k = tr.i - 1, n = 0; k >= 0 && n < 5; k--, n++) {
		if (re.test(toks[k].low)) return true;
		if (toks[k].low === ',') break;
	}
	// French `y` before the verb: `Il y avait été accueilli`.
	return false;
}

/**
 * An opening frame that points back at the occasion just told (`Présent lors de l'annonce, Biden a qualifié…`,
 * `À cette occasion`, `At the ceremony,`): the sentence goes on with the previous happening, like a pronoun.
 */
const FR_OCCASION =
	/(^| )(à|lors|pendant|durant|au cours) (de )?(cette|ce|cet|l'|la|le|les) ?(occasion|annonce|cérémonie|réunion|rencontre|signature|conférence|sommet|visite|entretien|entretiens|séance|discours)( |$)|(^| )ce jour-là( |$)/;
const EN_OCCASION =
	/(^| )(at|during) (the|that|this) (occasion|announcement|ceremony|meeting|signing|conference|summit|visit|talks|session|speech|event)( |$)|(^| )on that (occasion|day)( |$)/;

/** The words the patterns above open on, each a whole token (`(^| )` before it, a space after): a frame with
 * none of them is no occasion, and its words are not joined and searched (asked of every head). */
const FR_OCCASION_OPENERS = new Set(['à', 'lors', 'pendant', 'durant', 'au', 'ce']);
const EN_OCCASION_OPENERS = new Set(['at', 'during', 'on']);

export function recallsOccasion(toks: Tok[], tr: Trig, lang: Lang): boolean {
	const openers = lang === 'fr' ? FR_OCCASION_OPENERS : EN_OCCASION_OPENERS;
	const words: string[] = [];
	let opens = false;
	for (let k = 0; k < tr.i && toks[k].low !== ','; k++) {
		words.push(toks[k].low);
		if (openers.has(toks[k].low)) opens = true;
	}
	if (words.length === tr.i && tr.i > 0) return false; // no comma closes a frame before the trigger
	if (!opens) return false;
	return (lang === 'fr' ? FR_OCCASION : EN_OCCASION).test(words.join(' ').replace(/' /g, "'"));
}

/** French clitic `y` before the trigger: the place of the previous sentence. */
export function cliticY(toks: Tok[], tr: Trig): boolean {
	for (let k = tr.i - 1, n = 0; k >= 0 && n < 5; k--, n++) if (toks[k].low === 'y') return true;
	return false;
}
