import type { Lang } from '$lib/model';
import { hasLetterOrNumber, isLetterOrNumber, isLetterOrNumberI, isSpace, isWordCharI, startsUpper } from '../chars';
import type { FormHit, FormTag, Lexicon, TriggerEntry } from './lexicon';
import { ExceptionCursor, type LowerUnits } from '../lower-units';

/**
 * A sentence as tokens, with what the event rules need to know about each:
 * inside a quotation or not, which clause, and what kind of clause. Triggers
 * are looked up here and classed strong (can head an event on their own) or
 * weak (a noun, a participle, an infinitive, a verb in a relative or
 * reported clause: an event only when a date of its own is attached).
 */

export interface Tok {
	start: number;
	end: number;
	/** Lower-cased text. */
	low: string;
	/** Text as in `norm`. */
	raw: string;
	word: boolean;
	quote: boolean;
	clause: number;
	region: Region;
	/** In a subordinate clause of its own (`alors que …`, `if …`): may tell an event, but not the story's main line. */
	sub: boolean;
}

/** main: a clause of its own; rel: relative clause; content: what a verb of saying or thinking reports; cause: because-clause. */
export type Region = 'main' | 'rel' | 'content' | 'cause';

export interface Trig {
	/** Token index of the head word, and one past the last token (tail included). */
	i: number;
	j: number;
	entry: TriggerEntry;
	tag: FormTag;
	strong: boolean;
	clause: number;
	region: Region;
	/** A verb of saying in an incise (`…, a rapporté l'agence`, `…, officials said`). */
	incise: boolean;
	/** Index of the auxiliary or modal governing the head, if any. */
	aux: number;
}

/** The token patterns the hand scan in `tokenize` follows (checked against it in clauses.spec.ts). */
export const TOKEN_FR = /(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])'|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|\S/giu;
export const TOKEN_EN = /[\p{L}\p{N}]+(?=n't)|n't\b|'s\b|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|\S/giu;

/**
 * What `TOKEN_FR` / `TOKEN_EN` match in `norm.slice(start, end)`, by a hand
 * scan of code points: the regexes, run on every sentence, were one of the
 * costliest steps of the stage. The character classes come from the same
 * `iu` regexes (chars.ts), so the tokens are the same; the regexes stay as
 * the specification.
 */
/**
 * `lower`: `norm` lower-cased with the same offsets, sliced instead of lower-casing each token: the whole text
 * lower-cased (`lowerCased`), or lower-cased unit by unit (lower-units.ts), where a token holding one of its
 * exceptions is lower-cased on its own.
 */
export function tokenize(norm: string, start: number, end: number, lang: Lang, lower: string | LowerUnits | null = null): Tok[] {
	const out: Tok[] = [];
	const fr = lang === 'fr';
	const lowText = lower === null || typeof lower === 'string' ? lower : lower.text;
	const cursor = lower !== null && typeof lower !== 'string' && lower.exceptions.length > 0 ? new ExceptionCursor(lower.exceptions, start) : null;
	let p = start;
	while (p < end) {
		const c = cpAt(norm, p, end);
		const w = c > 0xffff ? 2 : 1;
		if (isSpace(c)) {
			p += w;
			continue;
		}
		const q = fr ? frTokenEnd(norm, p, end, c) : enTokenEnd(norm, p, end, c);
		const raw = norm.slice(p, q < 0 ? p + w : q);
		out.push({
			start: p,
			end: p + raw.length,
			// Most tokens are written in lower case already: one string serves as both.
			low: lowText === null || (cursor !== null && !cursor.clear(p, p + raw.length)) ? raw.toLowerCase() : lowText.startsWith(raw, p) ? raw : lowText.slice(p, p + raw.length),
			raw,
			// The first code point decides most tokens without scanning them.
			word: isLetterOrNumber(c) || hasLetterOrNumber(raw),
			quote: false,
			clause: 0,
			region: 'main',
			sub: false
		});
		p += raw.length;
	}
	return out;
}

/** Code point at p as seen in `slice(…, end)`: a pair cut by `end` is a lone surrogate. */
function cpAt(text: string, p: number, end: number): number {
	const c = text.charCodeAt(p);
	if (c >= 0xd800 && c <= 0xdbff && p + 1 < end) {
		const d = text.charCodeAt(p + 1);
		if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
	}
	return c;
}

/** End of a run of `[\p{L}\p{N}]` (under `iu`) from p. */
function runEnd(text: string, p: number, end: number): number {
	while (p < end) {
		const c = cpAt(text, p, end);
		if (!isLetterOrNumberI(c)) break;
		p += c > 0xffff ? 2 : 1;
	}
	return p;
}

/** ASCII letter `l` (lower case) under the `i` flag: its upper case, and `ſ` for `s`. */
function isI(c: number, l: number): boolean {
	return c === l || c === l - 32 || (l === 115 && c === 0x17f);
}

/** `\b` at q (bounded by end) after a word character. */
function boundaryAfterWord(text: string, q: number, end: number): boolean {
	return q >= end || !isWordCharI(cpAt(text, q, end));
}

const FR_ELIDED = ['jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'qu'];
/** c d j l m n s t: `FR_ELIDED_1[c | 32]` is `isI(c, l)` for one of them (the `| 32` folds A–Z only onto a–z). */
const FR_ELIDED_1 = new Uint8Array(128);
for (const l of [99, 100, 106, 108, 109, 110, 115, 116]) FR_ELIDED_1[l] = 1;

function frTokenEnd(text: string, p: number, end: number, c: number): number {
	// (?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])'
	// The long elisions start with j, l, p or q (either case; no `s`, so no `ſ`): most tokens try none.
	const lc = c | 32;
	// …and each ends with its apostrophe 2, 5 or 6 code units on (`qu'`, `jusqu'`, the others): `le`, `pour`, `que`
	// look no further than that.
	const apostrophe = text.charCodeAt(p + 2) === 39 || text.charCodeAt(p + 5) === 39 || text.charCodeAt(p + 6) === 39;
	if (apostrophe && (lc === 106 || lc === 108 || lc === 112 || lc === 113)) {
		for (const word of FR_ELIDED) {
			const n = word.length;
			if (p + n >= end) continue;
			let k = 0;
			while (k < n && isI(text.charCodeAt(p + k), word.charCodeAt(k))) k++;
			if (k === n && text.charCodeAt(p + n) === 39) return p + n + 1;
		}
	}
	// A table look-up rather than a closure and eight tests per token; `ſ` is the `i` flag's other `s`.
	if (p + 1 < end && text.charCodeAt(p + 1) === 39 && ((c < 128 && FR_ELIDED_1[c | 32] === 1) || c === 0x17f)) return p + 2;
	// [\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*
	if (!isLetterOrNumberI(c)) return -1;
	let q = runEnd(text, p, end);
	while (q + 1 < end) {
		const s = text.charCodeAt(q);
		if ((s !== 39 && s !== 45) || !isLetterOrNumberI(cpAt(text, q + 1, end))) break;
		q = runEnd(text, q + 1, end);
	}
	return q;
}

function enTokenEnd(text: string, p: number, end: number, c: number): number {
	if (isLetterOrNumberI(c)) {
		const e = runEnd(text, p, end);
		// [\p{L}\p{N}]+(?=n't): only the run's last letter can be the `n`.
		if (e - 1 > p && e + 1 < end && isI(text.charCodeAt(e - 1), 110) && text.charCodeAt(e) === 39 && isI(text.charCodeAt(e + 1), 116)) return e - 1;
		// n't\b
		if (p + 2 < end && isI(c, 110) && text.charCodeAt(p + 1) === 39 && isI(text.charCodeAt(p + 2), 116) && boundaryAfterWord(text, p + 3, end)) return p + 3;
		// [\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*
		let q = e;
		while (q + 1 < end) {
			const s = text.charCodeAt(q);
			if ((s !== 45 && s !== 46) || !isLetterOrNumberI(cpAt(text, q + 1, end))) break;
			q = runEnd(text, q + 1, end);
		}
		return q;
	}
	// 's\b
	if (c === 39 && p + 1 < end && isI(text.charCodeAt(p + 1), 115) && boundaryAfterWord(text, p + 2, end)) return p + 2;
	return -1;
}

// ------------------------------------------------------------------ word classes

/** French auxiliaries (and their inverted forms in incises): what a past participle needs to head a clause. */
export const FR_AUX = new Set([
	'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avait', 'avaient', 'avais', 'aura', 'auront', 'aurait', 'auraient', 'ait',
	'aient', 'eu', 'avoir', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'soit', 'soient',
	'été', 'fut', 'furent', 'suis', 'sommes', 'êtes', 'être', 'es',
	// inverted in incises: `», a-t-il déclaré`
	'a-t-il', 'a-t-elle', 'a-t-on', 'ont-ils', 'ont-elles', 'avait-il', 'avait-elle', 'avaient-ils', 'est-il', 'est-elle'
]);
const EN_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'being', "'s", 'am']);
/** Words that may sit between an auxiliary and its participle. */
const FR_BETWEEN = new Set([
	'ne', "n'", 'pas', 'jamais', 'plus', 'déjà', 'ensuite', 'aussi', 'y', "l'", 'la', 'le', 'les', "s'", 'se', 'lui', 'leur',
	'en', 'alors', 'ainsi', 'notamment', 'officiellement', 'finalement', 'bien', 'encore', 'été', 'tout', 'toujours',
	'également', 'pu', 'dû', 'fait', 'guère', 'quant', 'à', 'eux', 'elle', ',', 'au', 'contraire', 'dès', 'lors', 'effectivement',
	'enfin', 'donc', 'même', 'vite', 'rapidement', 'très', 'peu', 'beaucoup', 'récemment', 'longtemps', "m'", "t'", 'nous', 'vous',
	// Sentence adverbs of the press: `a par ailleurs annoncé`, `a de son côté affirmé`, `a pour sa part estimé`.
	'par', 'ailleurs', "d'ailleurs", 'de', 'son', 'sa', 'côté', 'pour', 'part', 'outre', 'entre-temps', 'aussitôt', 'immédiatement',
	'publiquement', 'formellement', 'brièvement', 'discrètement', 'personnellement', 'lui-même', 'elle-même', 'dernièrement',
	'directement', 'fermement', 'vivement', 'clairement', 'largement', 'seulement', 'presque', 'pourtant', 'cependant', 'toutefois', 'néanmoins'
]);
const EN_BETWEEN = new Set([
	'not', "n't", 'never', 'already', 'also', 'just', 'since', 'been', 'then', 'still', 'reportedly', 'now', 'finally', 'recently', 'later', 'first', 'being', 'largely', 'partly', 'all',
	'again', 'previously', 'repeatedly', 'publicly', 'formally', 'officially', 'briefly', 'quickly', 'immediately', 'subsequently', 'ever', 'only', 'even', 'long',
	'twice', 'once', 'jointly', 'allegedly', 'apparently', 'abruptly', 'secretly', 'quietly', 'initially', 'originally', 'eventually'
]);
/** Intention and expectation, before `de`/`à` or directly: `envisage de se rendre`, `est censé rencontrer`,
 * `s'apprête à signer`. Planned, as status.ts reads them. */
export const FR_INTENT: ReadonlySet<string> = new Set([
	'envisage', 'envisagent', 'projette', 'projettent', 'apprête', 'apprêtent', 'censé', 'censée', 'censés', 'censées', 'prévu', 'prévue', 'prévus', 'prévues'
]);
/** `a fait rentrer l'ambassadeur`: the causative governs an infinitive but is no intention. */
const FR_CAUSATIVE = new Set(['fait', 'faire', 'fera']);
const FR_MODAL = new Set([
	'doit', 'doivent', 'devait', 'devaient', 'devrait', 'devraient', 'devra', 'devront', 'va', 'vont', 'allait', 'allaient',
	'pourrait', 'pourraient', 'peut', 'peuvent', 'pourra', 'pourront', 'compte', 'comptent', 'prévoit', 'prévoient',
	...FR_CAUSATIVE,
	...FR_INTENT
]);
/** `prévoit de`, `s'apprête à`: the preposition between an intention and its infinitive. */
const FR_INTENT_PREP = new Set(['de', "d'", 'à']);
const EN_MODAL = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', "'ll", 'did', 'does', 'do', 'shall']);
const EN_TO_PLANNED = new Set(['due', 'set', 'expected', 'going', 'scheduled', 'planning', 'plans', 'plan', 'poised', 'slated']);
/** Verbs whose object is asked or committed to do something later: `invited Putin to visit`, `agreed to meet`. */
const EN_TO_INTENT = new Set([
	'invited', 'invites', 'invite', 'agreed', 'agrees', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'intends', 'intend', 'intended',
	'aims', 'aim', 'hopes', 'hope', 'wants', 'want', 'decided', 'decides', 'asked', 'urged', 'ready', 'prepared', 'preparing', 'prepares', 'expects', 'expect'
]);

/**
 * `to` opening an infinitive of intention: right after `due`/`expected`/…,
 * or after an intent verb and at most its object (`invited Putin to`,
 * `agreed with Xi to`). Returns the index of the governing word, or -1.
 */
function intentBeforeTo(toks: Tok[], to: number): number {
	if (to > 0 && EN_TO_PLANNED.has(toks[to - 1].low)) return to - 1;
	for (let s = to - 1, n = 0; s >= 0 && n < 4; s--, n++) {
		if (EN_TO_INTENT.has(toks[s].low)) return s;
		if (!toks[s].word) return -1;
	}
	return -1;
}
const FR_REFLEXIVE = new Set(['se', "s'", 'me', "m'", 'te', "t'", 'nous', 'vous']);
const EN_DET = new Set(['another', 'every', 'each', 'new', 'last', 'the', 'a', 'an', 'of', 'with', 'by', 'from', 'for', 'in', 'on', 'at', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'to', 'into', 'first', 'second', 'two', 'three', 'and', 'or', 'newly', 'recently', 'partially', 'many', 'some', 'no']);
const FR_DET = new Set(['autre', 'autres', 'chaque', 'toute', 'nouvelle', 'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'au', 'aux', 'premier', 'première', 'dernier', 'dernière', 'prochain', 'prochaine', 'nouveau', 'nouvelle', 'deux', 'trois']);

const FR_REL = new Set(['qui', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels', 'duquel']);
const EN_REL = new Set(['who', 'which', 'whose', 'whom']);
/** Verbs that take a reported clause without being events themselves. */
const FR_COGNITION = /^(pens|croi|crai|craign|soupçonn|sai|sav|espèr|esp[eé]r|souhait|veu|voul|montr|jug|consid[eèé]r|redout|estim|affirm|sembl|appara|para[iî]t|est|était|serait|probable)/;
const EN_COGNITION = /^(think|thought|believ|fear|hope|know|knew|expect|show|suspect|seem|appear|feel|felt|worr)/;

/**
 * The two first characters the cognition prefixes open with (each alternative of `^(…|…)` starts with two
 * plain letters, as clauses.spec.ts checks): `markClauses` asks every word of every sentence, and most
 * (`le`, `de`, `pour`, `the`…) are ruled out by one look-up of a number instead of a regex run.
 */
export function cognitionAlternatives(re: RegExp): string[] {
	return re.source.slice(2, -1).split('|');
}
function firstTwo(re: RegExp): Set<number> {
	return new Set(cognitionAlternatives(re).map((alt) => alt.charCodeAt(0) * 0x10000 + alt.charCodeAt(1)));
}
const FR_COGNITION_START = firstTwo(FR_COGNITION);
const EN_COGNITION_START = firstTwo(EN_COGNITION);
export const COGNITION = { fr: FR_COGNITION, en: EN_COGNITION };

/** `FR_COGNITION` / `EN_COGNITION` on a lower-cased word. */
export function cognition(low: string, lang: Lang): boolean {
	const start = low.charCodeAt(0) * 0x10000 + low.charCodeAt(1);
	return lang === 'fr' ? FR_COGNITION_START.has(start) && FR_COGNITION.test(low) : EN_COGNITION_START.has(start) && EN_COGNITION.test(low);
}

/** FR subordinators opening a clause of its own (a new event may stand there), with `que`/`qu'` after
 * them: `alors que`, `tandis qu'`, `bien que`; temporal conjunctions too: `depuis que la Russie a lancé
 * son invasion` is a happening with its own subject. */
const FR_SUB_HEADS = new Set(['alors', 'tandis', 'pendant', 'bien', 'depuis', 'après', 'avant', 'dès']);
/** English words that are a preposition (`since 2019`) or open a clause (`since Russia launched`). */
const EN_TEMPORAL_SUB = new Set(['since', 'after', 'before', 'until', 'once']);
const EN_SUBJECT_PRONOUN = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * `since Russia launched`, `before he left`: a pronoun, or a name then a verb within a few words. A
 * determiner is left alone: `after the first quake was still burning` is a fire burning after the quake.
 */
function opensEnglishClause(toks: Tok[], k: number, isVerb: (t: Tok, k: number) => boolean): boolean {
	const next = toks[k + 1];
	if (!next?.word) return false;
	if (EN_SUBJECT_PRONOUN.has(next.low)) return true;
	if (!startsUpper(next.raw)) return false;
	for (let s = k + 2; s < Math.min(toks.length, k + 5); s++) {
		if (!toks[s].word) return false;
		if (isVerb(toks[s], s) || EN_AUX.has(toks[s].low)) return true;
	}
	return false;
}

/**
 * Marks quotes, clauses and regions on the tokens of one sentence.
 * A single left-to-right pass with a small state: linear in the sentence.
 */
export function markClauses(
	toks: Tok[],
	lang: Lang,
	isSaying: (t: Tok, k: number) => boolean,
	isVerb: (t: Tok, k: number) => boolean = () => false
): void {
	// A quotation opened in an earlier sentence closes in this one: what comes before its `»` is quoted.
	let inQuote = false;
	for (const t of toks) {
		const low = t.low;
		if (low === '«' || low === '“') break;
		if (low === '»' || low === '”') {
			inQuote = true;
			break;
		}
	}
	let dq = false;
	let clause = 0;
	let region: Region = 'main';
	let base: Region = 'main'; // region to return to when a relative clause ends at a comma
	let sawSaying = false; // a verb of saying/thinking earlier in this clause
	let sub = false;
	let relVerb = false; // a verb already seen in the current relative clause
	let pendingContent = false; // an English verb of saying waits for its reported subject
	for (let k = 0; k < toks.length; k++) {
		const t = toks[k];
		const low = t.low;
		const prev = k > 0 ? toks[k - 1].low : '';
		const next = k + 1 < toks.length ? toks[k + 1] : null;
		// quotes
		if (low === '«' || low === '“') {
			inQuote = true;
			t.clause = clause;
			t.region = region;
			continue;
		}
		if (low === '»' || low === '”') {
			inQuote = false;
			t.clause = clause;
			t.region = region;
			continue;
		}
		if (low === '"') {
			dq = !dq;
			t.clause = clause;
			t.region = region;
			continue;
		}
		t.quote = inQuote || dq;
		if (t.quote) {
			t.clause = clause;
			t.region = region;
			continue;
		}
		// clause boundaries
		if (low === ';' || (low === ':' && next && next.low !== '«' && next.low !== '"' && !clockColon(toks, k))) {
			clause++;
			region = base = 'main';
			sawSaying = false;
			pendingContent = false;
			sub = false;
		} else if (low === ',' && next) {
			if (region === 'rel') region = base;
			const after = next.low;
			const after2 = k + 2 < toks.length ? toks[k + 2] : null;
			const coord = lang === 'fr' ? after === 'et' || after === 'mais' : after === 'and' || after === 'but';
			// `…, and many families spent …`, `…, et le prochain sommet se tiendra …`: a new subject, a new clause;
			// `…, and said …` (a verb right after) coordinates within the clause.
			if (coord && after2 && after2.word && !isVerb(after2, k + 2) && !(lang === 'fr' ? FR_AUX : EN_AUX).has(after2.low) && !/^(ne|n'|se|s'|y|en|also|then|later|aussi|puis|ensuite)$/.test(after2.low)) {
				clause++;
				region = base = 'main';
				sawSaying = false;
				sub = false;
			}
			// `…, while`, `…, whereas`: a clause of its own.
			if (lang === 'en' && (after === 'while' || after === 'whereas')) {
				clause++;
				region = base = 'main';
				sawSaying = false;
				sub = true;
			}
			if (lang === 'en' && (after === 'where' || after === 'when')) {
				region = 'rel';
			}
		} else if (lang === 'fr' && (low === 'que' || low === "qu'") && FR_SUB_HEADS.has(prev)) {
			clause++;
			region = base = 'main';
			sawSaying = false;
			pendingContent = false;
			sub = true;
		} else if (region !== 'content' && lang === 'fr' && (low === 'si' || (low === "s'" && next && /^ils?$/.test(next.low)) || low === 'lorsque' || low === "lorsqu'" || low === 'quand')) {
			clause++;
			region = base = 'main';
			sawSaying = false;
			pendingContent = false;
			sub = true;
		} else if (region !== 'content' && lang === 'en' && (low === 'if' || low === 'whereas' || (low === 'while' && prev !== ',') || (EN_TEMPORAL_SUB.has(low) && opensEnglishClause(toks, k, isVerb)))) {
			clause++;
			region = base = 'main';
			sawSaying = false;
			pendingContent = false;
			sub = true;
		} else if ((lang === 'fr' && (low === 'car' || (prev === 'parce' && (low === 'que' || low === "qu'")))) || (lang === 'en' && low === 'because')) {
			region = base = 'cause';
		} else if (lang === 'fr' && FR_REL.has(low) && region !== 'content') {
			region = 'rel';
			relVerb = false;
		} else if (lang === 'en' && EN_REL.has(low) && region !== 'content') {
			region = 'rel';
			relVerb = false;
		} else if (
			region === 'rel' &&
			relVerb &&
			(lang === 'en' ? EN_AUX.has(low) : FR_AUX.has(low) && !/^(été|eu|être|avoir)$/.test(low)) &&
			!/^(and|or|,|that|which|who|et|ou|qui|que|qu')$/.test(prev) &&
			!(lang === 'en' ? EN_AUX : FR_AUX).has(prev)
		) {
			// `a fire that broke out … was still burning`, `les militaires qui ont pris le pouvoir … ont annoncé`:
			// a second verb after the relative clause's own is the main clause's.
			region = base;
		} else if (
			(lang === 'fr' && (low === 'après' || low === 'avant') && next && /^(s'|d'|de|être|avoir|l'|se)$/.test(next.low) && k > 2) ||
			(lang === 'en' && (low === 'after' || low === 'before') && next && /ing$/.test(next.low) && k > 2)
		) {
			// `…, après s'être recueilli au Raj Ghat`: a happening of its own.
			clause++;
			region = base = 'main';
			sawSaying = false;
			pendingContent = false;
			sub = true;
		} else if ((lang === 'fr' && (low === 'que' || low === "qu'")) || (lang === 'en' && low === 'that' && next && !EN_DET.has(next.low))) {
			if (sawSaying) region = base = 'content';
			else if (region !== 'content') region = 'rel';
		}
		if (pendingContent && region === 'main' && t.word && /^(it|he|she|they|we|i|you|the|a|an|this|these|there|its|his|her|their|\d[\d,.]*)$/.test(low) && !(k > 0 && /^(on|in|at|to|for|of|by|with)$/.test(prev))) {
			region = base = 'content';
			pendingContent = false;
		} else if (pendingContent && (low === 'that' || low === ',' || low === '.')) pendingContent = false;
		t.clause = clause;
		t.region = region;
		t.sub = sub;
		if (region === 'rel' && t.word && (isVerb(t, k) || (lang === 'en' ? EN_AUX : FR_AUX).has(low))) relVerb = true;
		if (t.word) {
			if (isSaying(t, k)) {
				sawSaying = true;
				// English reports without `that`: `said 70 countries had offered`, `said on Monday it was mobilising`.
				if (lang === 'en' && region === 'main') pendingContent = true;
			} else if (cognition(low, lang)) sawSaying = true;
		}
	}
}

// ------------------------------------------------------------------ triggers

/** A tail word's alternatives (`la|sa`), split once: the lexicon's tails are few and asked of every trigger. */
const tailAlts = new Map<string, string[]>();

function alternatives(w: string): string[] {
	let alts = tailAlts.get(w);
	if (!alts) tailAlts.set(w, (alts = w.split('|')));
	return alts;
}

function tailMatches(toks: Tok[], k: number, tail: string[] | undefined): number {
	if (!tail || tail.length === 0) return k + 1;
	let pos = k + 1;
	for (const w of tail) {
		let found = -1;
		const alts = alternatives(w);
		for (let s = pos; s < Math.min(toks.length, pos + 3); s++) {
			if (alts.some((alt) => toks[s].low === alt || toks[s].low === alt + 's')) {
				found = s;
				break;
			}
		}
		if (found < 0) return -1;
		pos = found + 1;
	}
	return pos;
}

const FR_MANNER = /^\p{Ll}{3,}ment$/u;
const EN_MANNER = /^\p{Ll}{3,}ly$/u;

/** A manner adverb (`définitivement`, `officially`): the regex only runs on words with the ending. */
export function mannerAdverb(raw: string, lang: Lang): boolean {
	return lang === 'fr' ? raw.endsWith('ment') && FR_MANNER.test(raw) : raw.endsWith('ly') && EN_MANNER.test(raw);
}

/** Index of an auxiliary before token k (skipping adverbs and clitics), or -1. */
function auxBefore(toks: Tok[], k: number, lang: Lang): number {
	const aux = lang === 'fr' ? FR_AUX : EN_AUX;
	const between = lang === 'fr' ? FR_BETWEEN : EN_BETWEEN;
	for (let s = k - 1, n = 0; s >= 0 && n < 6; s--, n++) {
		const w = toks[s].low;
		if (aux.has(w)) return s;
		// Any manner adverb too: `a été définitivement condamné`, `was officially sworn in`.
		if (!between.has(w) && !mannerAdverb(toks[s].raw, lang)) return -1;
	}
	return -1;
}

/** Words between a modal and its infinitive (sets made once, not array literals per word asked). */
const FR_BEFORE_INFINITIVE = new Set(['ne', "n'", 'pas', 'y', "l'", 'en', 'lui', 'se', 'donc', 'aussi', 'bientôt', 'ensuite', 'officiellement']);
const EN_BEFORE_INFINITIVE = new Set(['not', "n't", 'also', 'then', 'soon', 'now', 'still', 'be', 'have']);

function modalBefore(toks: Tok[], k: number, lang: Lang): number {
	for (let s = k - 1, n = 0; s >= 0 && n < 4; s--, n++) {
		const w = toks[s].low;
		if (lang === 'fr') {
			if (FR_MODAL.has(w)) return s;
			// The preposition only right after an intention verb: `prévoit de se rendre`, not `parlé de rencontrer`.
			if (FR_INTENT_PREP.has(w) && s > 0 && FR_MODAL.has(toks[s - 1].low) && !FR_CAUSATIVE.has(toks[s - 1].low)) return s - 1;
			if (!FR_REFLEXIVE.has(w) && !FR_BEFORE_INFINITIVE.has(w)) return -1;
		} else {
			if (EN_MODAL.has(w)) return s;
			if (w === 'to' && intentBeforeTo(toks, s) >= 0) return s;
			if (!EN_BEFORE_INFINITIVE.has(w)) return -1;
		}
	}
	return -1;
}

function reflexiveBefore(toks: Tok[], k: number): boolean {
	for (let s = k - 1, n = 0; s >= 0 && n < 5; s--, n++) {
		const w = toks[s].low;
		if (FR_REFLEXIVE.has(w)) return true;
		if (!FR_AUX.has(w) && !FR_BETWEEN.has(w) && !FR_MODAL.has(w)) return false;
	}
	return false;
}

/** The lexicon's hit lists are fixed: each is ordered once (a stable sort, tailed readings first). */
const orderedHits = new WeakMap<FormHit[], FormHit[]>();

const EN_ARTICLE = /^(the|a|an|its|their|his|her|this|these|that|those)$/;

/** 1 for a tailed or subject-bound reading. At module level: a named closure in `tailedFirst` cost a `__name` call (tsx's keepNames) per trigger. */
function narrow(h: FormHit): number {
	return h.entry.tail || h.entry.subjects ? 1 : 0;
}

/** Tailed and subject-bound readings (the narrower ones) before the others. */
function tailedFirst(hits: FormHit[]): FormHit[] {
	let ordered = orderedHits.get(hits);
	if (!ordered) orderedHits.set(hits, (ordered = [...hits].sort((a, b) => narrow(b) - narrow(a))));
	return ordered;
}

/** Words that may stand between a subject and its verb: `le feu s'est déclaré`, `l'incendie, qui s'était déclaré`. */
const BEFORE_VERB: ReadonlySet<string> = new Set([...FR_REFLEXIVE, ...FR_AUX, 'qui', ',', 'ne', "n'", 'y', 'était', 'étaient']);

/** Is the subject of the verb at k (the first word before it that is not an auxiliary, pronoun or `qui`) one of `nouns`? */
function subjectAmong(toks: Tok[], k: number, nouns: string[]): boolean {
	for (let s = k - 1, n = 0; s >= 0 && n < 6; s--, n++) {
		const w = toks[s].low;
		if (BEFORE_VERB.has(w)) continue;
		return nouns.includes(w);
	}
	return false;
}

/** Pick the reading of a word among its lexicon hits, or null. */
function pickHit(toks: Tok[], k: number, hits: FormHit[], lang: Lang): { hit: FormHit; j: number } | null {
	const prev = k > 0 ? toks[k - 1].low : '';
	const det = lang === 'fr' ? FR_DET : EN_DET;
	// Tailed readings first: `prendre la parole` before a bare `prendre`.
	const ordered = tailedFirst(hits);
	// `expected to visit`, `invited Putin to visit`: a verb, though `to` often opens a noun (`a trip to Kyiv`).
	const infinitiveTo = lang === 'en' && prev === 'to' && intentBeforeTo(toks, k - 1) >= 0;
	// `a no-confidence vote`, `a similar fire`, `a deadly attack`: an article, an adjective, the noun. Not a
	// plural in between (`the rebels attack`): that is a subject and its verb.
	const adjectiveAfterArticle = lang === 'en' && k > 1 && EN_ARTICLE.test(toks[k - 2].low) && /^\p{Ll}[\p{L}-]*$/u.test(toks[k - 1].raw) && !/s$/.test(toks[k - 1].low);
	const nounFirst = !infinitiveTo && (det.has(prev) || /^\d/.test(prev) || (lang === 'en' && prev === "'s") || adjectiveAfterArticle);
	const article = lang === 'fr' ? /^(le|la|les|l'|un|une|des|du|au|aux|ce|cette|ces|son|sa|ses|leur|leurs)$/ : /^(the|a|an|its|their|his|her|this|these)$/;
	let fallback: { hit: FormHit; j: number } | null = null;
	for (const hit of ordered) {
		const j = tailMatches(toks, k, hit.entry.tail);
		if (j < 0) continue;
		if (hit.entry.reflexive && lang === 'fr' && !reflexiveBefore(toks, k)) continue;
		if (hit.entry.subjects) {
			if (subjectAmong(toks, k, hit.entry.subjects)) return { hit, j };
			continue;
		}
		const isNoun = hit.tag === 'noun';
		if (nounFirst === isNoun) return { hit, j };
		if (!fallback && !(isNoun === false && article.test(prev) && hit.tag !== 'pp' && hit.tag !== 'past')) fallback = { hit, j };
	}
	return fallback;
}

/** `hitsAt[k]`: the lexicon's readings of word token k when the caller has looked them up already. */
export function findTriggers(toks: Tok[], lang: Lang, lex: Lexicon, hitsAt?: Array<FormHit[] | undefined>): Trig[] {
	const out: Trig[] = [];
	for (let k = 0; k < toks.length; k++) {
		const t = toks[k];
		if (!t.word || t.quote) continue;
		const hits = hitsAt ? hitsAt[k] : lex.get(t.low);
		if (!hits) continue;
		// A capitalised word inside the sentence is a name (`Forum économique`, `Fire Department`), not a trigger.
		if (k > 0 && startsUpper(t.raw) && !/^[«"(“:]$/.test(toks[k - 1].raw)) continue;
		// `à partir du 1er décembre` is a date, not a departure.
		if (t.low === 'partir' && k > 0 && toks[k - 1].low === 'à') continue;
		const picked = pickHit(toks, k, hits, lang);
		if (!picked) continue;
		const { hit, j } = picked;
		const { strong, aux } = strength(toks, k, j, hit.tag, lang);
		out.push({ i: k, j, entry: hit.entry, tag: hit.tag, strong: strong && t.region === 'main', clause: t.clause, region: t.region, incise: false, aux });
		k = j - 1;
	}
	markIncises(toks, out, lang);
	return out;
}

function strength(toks: Tok[], k: number, j: number, tag: FormTag, lang: Lang): { strong: boolean; aux: number } {
	const prev = k > 0 ? toks[k - 1].low : '';
	const next = j < toks.length ? toks[j].low : '';
	switch (tag) {
		case 'noun':
			return { strong: false, aux: -1 };
		case 'fin':
		case 'fut': {
			const a = auxBefore(toks, k, lang);
			return { strong: true, aux: a };
		}
		case 'pp': {
			const a = auxBefore(toks, k, lang);
			return { strong: a >= 0, aux: a };
		}
		case 'past': {
			const a = auxBefore(toks, k, lang);
			if (a >= 0) return { strong: true, aux: a };
			if (next === 'by') return { strong: false, aux: -1 };
			if (EN_DET.has(prev) && prev !== 'and') return { strong: false, aux: -1 };
			return { strong: true, aux: -1 };
		}
		case 'inf': {
			const m = modalBefore(toks, k, lang);
			if (m >= 0) return { strong: true, aux: m };
			if (lang === 'en') {
				// A bare English base form after a subject is a present tense: `families flee`.
				if (prev === 'to' || EN_DET.has(prev) || prev === ',' || k === 0) return { strong: false, aux: -1 };
				// `they meet`, `rescuers search`, `Turkey and Syria mourn`: a plural or named subject right before.
				const before = toks[k - 1];
				const plural = /^(they|we|i|you)$/.test(prev) || (/\p{L}{3,}s$/u.test(prev) && !/^(was|is|has|its|his|this|as|us|thus|less|unless|across|plus)$/.test(prev));
				// …and a complement right after (`search the rubble`, `Midland face Braga`), not a noun (`rescue group`).
				const complement = /^(the|a|an|for|to|in|on|at|with|from|into|that|his|her|their|its|our|back|out|up|down)$/.test(next) || (j < toks.length && startsUpper(toks[j].raw));
				return { strong: complement && (plural || (before.word && startsUpper(before.raw) && k > 1)), aux: -1 };
			}
			return { strong: false, aux: -1 };
		}
		case 'ger': {
			if (lang === 'en') {
				const a = auxBefore(toks, k, lang);
				if (a >= 0 && /^(is|are|was|were|been|be|'s|am)$/.test(toks[a].low)) return { strong: true, aux: a };
			}
			return { strong: false, aux: -1 };
		}
	}
	return { strong: false, aux: -1 };
}

/**
 * A verb of saying set off at the end of the sentence (`…, a rapporté
 * l'agence`, `…, the maritime authority said`, `» , a déclaré X`) attributes
 * what comes before rather than telling a happening of its own.
 */
/** What may follow an incise after a comma: a clause of its own (`, as it grapples`, `, adding that…`). */
const INCISE_TRAILER = /^(as|while|after|before|when|because|since|amid|adding|citing|saying|alors|tandis|après|avant|lorsque|quand|car|ajoutant|précisant|soulignant)$/;

function markIncises(toks: Tok[], trigs: Trig[], lang: Lang): void {
	let lastStrong = -1;
	for (const o of trigs) if (o.strong) lastStrong = Math.max(lastStrong, o.i);
	for (const tr of trigs) {
		if (!tr.entry.saying || tr.tag === 'noun') continue;
		const from = tr.aux >= 0 ? Math.min(tr.aux, tr.i) : tr.i;
		// Look back to the nearest comma or closing quote, over a short subject at most.
		let s = from - 1;
		let words = 0;
		while (s >= 0 && toks[s].low !== ',' && toks[s].low !== '»' && toks[s].low !== '"' && words < 7) {
			if (toks[s].word) words++;
			s--;
		}
		if (s < 2 || words >= 7) continue;
		if (toks[s].low !== ',' && toks[s].low !== '»' && toks[s].low !== '"') continue;
		// `, while Washington said …` is a clause of its own, not an incise.
		if (/^(while|and|but|whereas|who|which|where|when|alors|et|mais|qui|tandis|as|où|dont|que|qu')$/.test(toks[s + 1]?.low ?? '')) continue;
		if (lang === 'en' && words === 0) continue;
		// French incises invert: `, a déclaré X`; English keep the subject first: `, X said`.
		if (lang === 'fr' && words > 0) continue;
		// What follows is short: the source, maybe a date, then the end.
		const maxAfter = lang === 'en' ? 5 : 14;
		let after = 0;
		// …or a subordinate clause of its own after a comma (`, the company said on Monday, as it grapples…`).
		let end = toks.length;
		for (let q = tr.j; q < toks.length && after <= maxAfter; q++) {
			if (toks[q].low === ',' && INCISE_TRAILER.test(toks[q + 1]?.low ?? '')) {
				end = q;
				break;
			}
			if (toks[q].word) after++;
		}
		if (after > maxAfter) continue;
		if (lastStrong > tr.i && trigs.some((o) => o.strong && o.i > tr.i && o.i < end)) continue;
		tr.incise = true;
	}
}

/**
 * `lifted off at 3:12 a.m. from Kennedy Space Center`: a colon glued between two numbers writes a clock time,
 * not a break between clauses (which cut the place off from its verb).
 */
function clockColon(toks: Tok[], k: number): boolean {
	const prev = toks[k - 1];
	const next = toks[k + 1];
	return prev !== undefined && next !== undefined && prev.end === toks[k].start && next.start === toks[k].end && /^\d+$/.test(prev.low) && /^\d/.test(next.low);
}
