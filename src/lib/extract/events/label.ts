import type { Tok, Trig } from './clauses';
import { startsLower, startsUpper } from '../chars';
import { dropTrailingPunctuation, render, renderedLength, squeezeSpaces } from './label-render';
import { CLOSE, OPEN, quotationAfter, quotationBefore, quotationSnippet, withQuotation } from './quote-label';

/**
 * A short human label in the article's language, built from the sentence:
 * `subject + verb group (+ object/place)`, at most ~80 characters.
 *
 *  - the subject is the span before the verb group back to a clause boundary,
 *    without leading connectors (`Cependant`, `However`) or time adverbials; an
 *    apposition that is a proper name wins (`Le porte-parole, Matthew Miller,`);
 *  - a relative clause takes its antecedent (`la Russie, qui a épuisé …`);
 *  - a lone `il`/`elle`/`he`/`she` becomes the only name around, if there is
 *    exactly one; otherwise the pronoun stays (a wrong name is worse);
 *  - clitics and negation before the verb are kept (`n'a pas`, `s'étaient`);
 *  - the tail runs to the next clause boundary, drops deictic dates (the
 *    timeline shows the date), and is only ever cut between words, outside
 *    names and quotations, with an ellipsis.
 *
 * Every loop walks the sentence's tokens a bounded number of times: linear.
 */
const MAX = 80;
const SUBJECT_MAX = 45;

type Lang = 'fr' | 'en';

const FR_HINT = ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'à', 'au', 'aux', 'été', 'que', 'qui', 'dans', 'pour', 'sur', 'avec', 'ont', 'sont', 'pas'];
const EN_HINT = ['the', 'of', 'and', 'to', 'was', 'is', 'in', 'has', 'have', 'had', 'said', 'that', 'for', 'by', 'with', 'were', 'are', 'from', 'it', 'not'];
/** Each hint word and the language it tells (the two lists share no word): one look-up per token, not two. */
const HINT = new Map<string, Lang>([...FR_HINT.map((w) => [w, 'fr'] as const), ...EN_HINT.map((w) => [w, 'en'] as const)]);
/** The longest hint word: a longer token is looked up in no map. */
const HINT_MAX = Math.max(...[...HINT.keys()].map((w) => w.length));
/**
 * The hint words by length and first code unit, a small number: a token is compared with the few that share
 * them rather than looked up by its string (hashing each token's fresh string was most of `countHints`).
 */
const HINT_BY_START = new Map<number, Array<[string, Lang]>>();
for (const [w, l] of HINT) {
	const key = w.length * 0x10000 + w.charCodeAt(0);
	const list = HINT_BY_START.get(key);
	if (list) list.push([w, l]);
	else HINT_BY_START.set(key, [[w, l]]);
}

/** `HINT.get(low)`. */
function hintOf(low: string): Lang | undefined {
	if (low.length > HINT_MAX) return undefined;
	const list = HINT_BY_START.get(low.length * 0x10000 + low.charCodeAt(0));
	if (list) for (const [w, l] of list) if (w === low) return l;
	return undefined;
}

/** The language each sentence's tokens were guessed to be in: a sentence's events share its tokens, so it is asked once. */
const guessed = new WeakMap<Tok[], Lang>();

/** The stage passes no language: the function words tell it. */
function guessLang(toks: Tok[]): Lang {
	let lang = guessed.get(toks);
	if (lang === undefined) guessed.set(toks, (lang = countHints(toks)));
	return lang;
}

function countHints(toks: Tok[]): Lang {
	let fr = 0;
	let en = 0;
	// A few dozen tokens tell it; reading them all for every event would be quadratic in the sentence.
	for (let k = 0; k < toks.length && k < 60; k++) {
		const t = toks[k];
		const low = t.low;
		const hint = hintOf(low);
		if (hint === 'fr' || (t.word && low.charCodeAt(low.length - 1) === 39)) fr++;
		else if (hint === 'en' || low === "'s" || low === "n't") en++;
	}
	return en > fr ? 'en' : 'fr';
}

/** Clitics and negation that belong to the verb group, before the auxiliary or verb. */
const FR_CLITIC = new Set(['ne', "n'", 'se', "s'", 'y', 'en', "l'", 'le', 'la', 'les', 'lui', 'leur', 'me', "m'", 'te', "t'"]);
const EN_PRE_VERB = new Set(['also', 'already', 'reportedly', 'then', 'later', 'still', 'never', 'just', 'now', 'finally', 'recently', 'first', 'not', 'only', 'again', 'quickly', 'allegedly']);

/** Where a subject or a tail stops: a new clause begins. */
const FR_SUBORD = new Set(['que', "qu'", 'qui', 'dont', 'où', 'si', 'lorsque', "lorsqu'", 'quand', 'puisque', "puisqu'", 'car', 'alors', 'tandis', 'parce', 'afin', 'mais', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'duquel']);
const EN_SUBORD = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'whereas', 'if', 'when', 'where', 'but', 'although', 'though', 'unless']);
const RELATIVE = new Set(['qui', 'who', 'which', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);

/** Words a subject does not start with: connectors and sentence adverbs. */
const LEAD = new Set([
	'cependant', 'mais', 'et', 'or', 'donc', 'pourtant', 'toutefois', 'ainsi', 'enfin', 'puis', 'ensuite', 'néanmoins', 'par', 'ailleurs',
	'depuis', 'désormais', 'également', 'aussi', 'finalement', 'officiellement', 'notamment',
	'however', 'but', 'and', 'meanwhile', 'yet', 'so', 'then', 'also', 'still', 'moreover', 'meantime', 'separately', 'earlier', 'later', 'since', 'after', 'before', 'until', 'once'
]);

/** Deictic dates: the event carries its date, the label need not. */
const DAY = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DAYPART = /^(matin|soir|après-midi|midi|morning|afternoon|evening|night)$/;
const DEICTIC = /^(aujourd'hui|hier|demain|today|yesterday|tomorrow|tonight)$/;
/** Prepositions after which a date is an argument (`reportée à lundi`), not an adverbial. */
const GOVERNS_DATE = /^(à|au|jusqu'|jusqu'à|depuis|de|du|dès|avant|après|pour|until|till|to|since|from|before|after|by|for|of)$/;

/** Function words a label must not end on. */
const DANGLING = new Set([
	'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'à', 'au', 'aux', 'en', 'et', 'ou', 'que', "qu'", 'son', 'sa', 'ses', 'leur', 'leurs',
	'ce', 'cet', 'cette', 'ces', 'par', 'pour', 'sur', 'dans', 'avec', 'contre', 'vers', 'entre', 'chez', 'sans', 'sous', 'lors', 'dont', 'très',
	'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'with', 'by', 'from', 'into', 'its', 'his', 'her', 'their', 'our', 'that', 'as', 'than', 'about', 'some', 'more', 'over',
	'plusieurs', 'quelques', 'certains', 'certaines', 'plus', 'moins', 'tout', 'tous', 'toutes', 'several', 'many', 'most', 'few', 'nearly', 'very', 'almost', 'be', 'être', 'était', 'were', 'was', 'is', 'are'
]);
/** A good place to cut: before a preposition or conjunction. */
const PREP = new Set([
	'à', 'au', 'aux', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'contre', 'vers', 'chez', 'entre', 'depuis', 'lors', 'selon', 'sans', 'sous', 'après', 'avant', 'malgré', 'de', 'du', 'des', "d'", 'et', 'ou', 'dont',
		'parmi', 'durant', 'pendant', 'envers', 'auprès', 'face', 'jusqu\'à', 'outre',
	'in', 'at', 'on', 'to', 'for', 'with', 'by', 'from', 'into', 'after', 'before', 'since', 'near', 'across', 'against', 'during', 'among', 'of', 'and', 'or', 'as',
	'under', 'over', 'about', 'through', 'onto', 'around', 'without', 'within', 'until', 'amid', 'despite', 'toward', 'towards', 'behind', 'beyond', 'inside', 'outside', 'along'
]);
/** Genitive prepositions: a poor place to shorten a subject (`chefs| d'État`). */
const GENITIVE = new Set(['de', 'du', 'des', "d'", 'of']);
/** Finite auxiliaries and copulas: inside a subject span they mean a first verb (`Séoul est … et a vendu`). */
const VERBISH = new Set(['a', 'ont', 'est', 'sont', 'était', 'étaient', 'avait', 'avaient', 'été', 'sera', 'seront', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'will', 'would']);
/** Lower-case words that may sit inside a proper name (`Corée du Nord`, `Bab al-Hawa`, `Department of State`). */
const NAME_GLUE = new Set(['de', 'du', 'des', "d'", 'la', 'of', 'the', 'al', 'el', 'von', 'van', 'der', 'bin', 'ben', 'y', 'di', 'da']);
const DET_OR_PREP = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'à', 'au', 'aux', 'en', 'par', 'pour', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'of', 'to', 'in', 'as', 'by', 'for', 'a']);

const PRONOUN_SG = /^(il|elle|he|she)$/;
const PRONOUN = /^(il|elle|ils|elles|on|he|she|they|it|we|i|you|nous|vous|je)$/;


const cap = (t: Tok) => t.word && startsUpper(t.raw);

/** A comma or colon inside a number or a clock time (`7,000`, `4:17`) is no boundary. */
function inNumber(toks: Tok[], k: number): boolean {
	const a = toks[k - 1];
	const b = toks[k + 1];
	return !!a && !!b && a.end === toks[k].start && b.start === toks[k].end && /\d$/.test(a.raw) && /^\d/.test(b.raw);
}

/** `/^[,;:.!?()[\]«»"“”–—-]$/` as a set of code units: `isPunct` is asked of most tokens of every label. */
const PUNCT = new Set([...',;:.!?()[]«»"“”–—-'].map((c) => c.charCodeAt(0)));

function isPunct(toks: Tok[], k: number): boolean {
	const t = toks[k];
	if (t.word) return false;
	if ((t.low === ',' || t.low === ':' || t.low === '.') && inNumber(toks, k)) return false;
	// The full stop of an abbreviation (`the U.S. Geological Survey`, `M. Modi`, `on Feb. 8`) is no boundary.
	if (t.low === '.' && k > 0 && toks[k - 1].end === t.start && /^(\p{Lu}(\.\p{Lu})*|[ap]\.m|Mr|Mrs|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Nos)$/u.test(toks[k - 1].raw) && k + 1 < toks.length) return false;
	// A lone hyphen is a dash (`(AFP) - Le sommet`); inside a word it is no token of its own.
	return t.low.length === 1 && PUNCT.has(t.low.charCodeAt(0));
}

/** Between tokens k-1 and k is a space: cutting there does not split a word (`l'|Ukraine`). */
function spaceBefore(toks: Tok[], k: number): boolean {
	return k > 0 && toks[k - 1].end < toks[k].start;
}

/** Token k is inside a proper name that continues after it (`Corée du| Nord`). */
function insideName(toks: Tok[], k: number): boolean {
	if (k <= 0 || k >= toks.length) return false;
	if (cap(toks[k]) && cap(toks[k - 1])) return true;
	// A glue word between two capitals: `Corée du Nord`, `Département d'État`.
	if (NAME_GLUE.has(toks[k].low) && cap(toks[k - 1])) {
		let q = k + 1;
		if (q < toks.length && NAME_GLUE.has(toks[q].low)) q++;
		if (q < toks.length && cap(toks[q])) return true;
	}
	if (cap(toks[k]) && NAME_GLUE.has(toks[k - 1].low) && k >= 2 && cap(toks[k - 2])) return true;
	return false;
}

/** A function word a label must not end on, unless it closes a name (`Kim Jong Un`). */
function dangling(toks: Tok[], k: number): boolean {
	return DANGLING.has(toks[k].low) && !(cap(toks[k]) && k > 0 && cap(toks[k - 1]));
}

/** Every word an adverbial below can start with (the first test of each): most tokens start none. */
const ADVERBIAL_FIRST = new Set([
	"aujourd'hui", 'hier', 'demain', 'today', 'yesterday', 'tomorrow', 'tonight',
	'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
	'le', 'la', "l'", 'on', 'ce', 'cette', 'this', 'last'
]);

function isDateAdverbial(toks: Tok[], k: number): number {
	// Returns how many tokens the adverbial spans at k, or 0.
	const t = toks[k];
	if (!ADVERBIAL_FIRST.has(t.low)) return 0;
	const prev = k > 0 ? toks[k - 1].low : '';
	if (GOVERNS_DATE.test(prev)) return 0;
	if (DEICTIC.test(t.low)) return 1;
	// A bare French weekday is an adverbial (`arrivé lundi`); in English `spent Monday night` is an object.
	// `mardi prochain`, `lundi dernier`: the weekday and its qualifier go together.
	if (DAY.test(t.low) && startsLower(t.raw)) return DAYPART.test(toks[k + 1]?.low ?? '') || /^(prochain|dernier|suivant|précédent)$/.test(toks[k + 1]?.low ?? '') ? 2 : 1;
	// `le mois dernier`, `la semaine dernière`, `l'an dernier`
	if (/^(le|la|l')$/.test(t.low) && /^(mois|semaine|an|année|week-end)$/.test(toks[k + 1]?.low ?? '') && /^(dernier|dernière|passé|passée)$/.test(toks[k + 2]?.low ?? '')) return 3;
	// `on Monday (night)`
	if (t.low === 'on' && DAY.test(toks[k + 1]?.low ?? '')) return DAYPART.test(toks[k + 2]?.low ?? '') ? 3 : 2;
	// `ce matin`, `cette semaine`, `ce mois-ci`, `this week`, `last night`
	if (/^(ce|cette|this|last)$/.test(t.low) && /^(matin|soir|week-end|mois-ci|semaine|semaine-ci|morning|afternoon|evening|week|night|weekend|month)$/.test(toks[k + 1]?.low ?? '')) return 2;
	// `ce mardi`, `this Tuesday`: the determiner goes with the weekday.
	if (/^(ce|this)$/.test(t.low) && DAY.test(toks[k + 1]?.low ?? '')) return DAYPART.test(toks[k + 2]?.low ?? '') ? 3 : 2;
	return 0;
}

/** Start of the relative clause that token k ends (`a fire [that broke out …] was`), or -1. */
function relStart(toks: Tok[], k: number): number {
	let r = k;
	while (r > 0 && toks[r - 1].region === 'rel' && k - r < 30) r--;
	return RELATIVE.has(toks[r].low) || /^(that|où|dont|where|whose)$/.test(toks[r].low) ? r : -1;
}

/** Subject span [a, b) before the verb group at `vg`, or null. */
function subjectSpan(toks: Tok[], vg: number, lang: Lang): [number, number] | null {
	const subord = lang === 'fr' ? FR_SUBORD : EN_SUBORD;
	const clause = toks[vg].clause;
	const region = toks[vg].region;
	let a = vg;
	let end = vg;
	// A subject is a few words; the bound keeps every event's walk short.
	while (a > 0 && vg - a < 40) {
		const t = toks[a - 1];
		if (t.region === 'rel' && region !== 'rel' && a === end) {
			// The subject's own relative clause is left out: `a fire that broke out … was still burning`.
			const r = relStart(toks, a - 1);
			if (r > 0) {
				a = end = r;
				continue;
			}
		}
		if (t.clause !== clause || isPunct(toks, a - 1) || subord.has(t.low)) break;
		if (t.region !== region && !(t.region === 'main' && region === 'rel')) break;
		a--;
	}
	// Two verbs share the subject (`Séoul est un exportateur et a vendu`), or a second clause brings its own
	// (`un tapis a été déroulé et une garde l'a accompagné`).
	let verbAt = -1;
	for (let k = a; k < end; k++) {
		if (VERBISH.has(toks[k].low) && k > a) {
			verbAt = k;
			break;
		}
	}
	if (verbAt >= 0) {
		const last = toks[end - 1].low;
		if (last === 'et' || last === 'and') end = verbAt;
		else {
			let co = -1;
			for (let k = end - 1; k > verbAt; k--) if (toks[k].low === 'et' || toks[k].low === 'and') {
				co = k;
				break;
			}
			if (co >= 0) a = co + 1;
			else return null;
		}
	}
	// Strip connectors, deictic dates and `Selon X` left at the start.
	while (a < end) {
		const n = isDateAdverbial(toks, a);
		if (n > 0) a += n;
		else if (LEAD.has(toks[a].low)) a++;
		else break;
	}
	return a < end ? [a, end] : null;
}

/** The noun phrase ending just before token e, back to a comma or a preposition: the antecedent. */
function antecedent(toks: Tok[], e: number): [number, number] | null {
	if (e > 0 && toks[e - 1].low === ',') e--;
	let a = e;
	while (a > 0 && e - a < 8 && !isPunct(toks, a - 1) && !(PREP.has(toks[a - 1].low) && !insideName(toks, a - 1))) {
		if (VERBISH.has(toks[a - 1].low)) break;
		a--;
	}
	return a < e ? [a, e] : null;
}

/** Comma-separated segments before a comma at `c`, nearest first: `X, Y, a déclaré`; relative clauses left out. */
function segmentsBefore(toks: Tok[], c: number, lang: Lang): Array<[number, number]> {
	const subord = lang === 'fr' ? FR_SUBORD : EN_SUBORD;
	const out: Array<[number, number]> = [];
	let end = c;
	for (let n = 0; n < 5 && end > 0 && out.length < 3; n++) {
		let a = end;
		while (a > 0 && !isPunct(toks, a - 1) && !subord.has(toks[a - 1].low) && end - a < 20) a--;
		if (a > 0 && subord.has(toks[a - 1].low) && (RELATIVE.has(toks[a - 1].low) || /^(that|où|dont|where|whose)$/.test(toks[a - 1].low))) {
			// `, a fortress that had stood …,`: keep what the relative clause hangs on.
			end = a - 1;
			continue;
		}
		if (a < end) out.push([a, end]);
		if (a === 0 || toks[a - 1].low !== ',') break;
		end = a - 1;
	}
	return out;
}

/** A segment opening on a participle (`measured at …`, `proclamé le …`, `Prenant la parole`) is no subject. */
function participial(toks: Tok[], a: number): boolean {
	const next = toks[a + 1]?.low ?? '';
	return /\p{L}(ant|ing|ed|é|ée|és|ées|is|ise|u|ue)$/u.test(toks[a].low) && (PREP.has(next) || DET_OR_PREP.has(next));
}

function allName(toks: Tok[], a: number, b: number): boolean {
	let caps = 0;
	if (PREP.has(toks[a].low) || LEAD.has(toks[a].low)) return false;
	for (let k = a; k < b; k++) {
		const t = toks[k];
		if (!t.word) {
			if (t.low !== '-' && t.low !== '.') return false;
			continue;
		}
		if (cap(t)) caps++;
		else if (!NAME_GLUE.has(t.low)) return false;
	}
	return caps > 0;
}

/** Shorten a long subject at a preposition, keeping names whole: `Des images vidéo diffusées par …` → `Des images vidéo diffusées`. */
function trimSubject(toks: Tok[], a: number, b: number): number {
	// Lengths read inline, not through a closure made per call (labels are built per event).
	const from = toks[a].start;
	if (toks[b - 1].end - from > SUBJECT_MAX) {
		let best = -1;
		let genitive = -1;
		for (let k = a + 2; k < b; k++) {
			if (!PREP.has(toks[k].low) || !spaceBefore(toks, k) || insideName(toks, k) || toks[k - 1].end - from > SUBJECT_MAX) continue;
			if (GENITIVE.has(toks[k].low)) genitive = k;
			else best = k;
		}
		if (best < 0) best = genitive;
		if (best > 0) b = best;
	}
	while (b - a > 1 && dangling(toks, b - 1)) b--;
	return b;
}

/**
 * The subject of a sentence: up to three leading comma-separated phrases
 * (`Speaking in Ankara on Tuesday,`), then a title before the name is allowed
 * (`le président américain Joe Biden`); other nouns are not (`le train de Kim`).
 */
const LEAD_FR = /^(?:[^,]{1,80},\s*){0,3}?(?:(?:[Ll]e |[Ll]a |[Ll]['’])?(?:président|présidente|ministre|Premier ministre|chef|dirigeant|dirigeante|porte-parole|secrétaire|chancelier|chancelière|roi|reine|pape|général|préfet|préfète|maire|procureur|procureure|juge|gouverneur|ambassadeur|ambassadrice|député|députée|sénateur|sénatrice|M\.|Mme)(?: [\p{Ll}-]+){0,2} )?(\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]*|Un))*) (?:ne |n['’])?\p{Ll}/u;
const LEAD_EN = /^(?:[^,]{1,80},\s*){0,3}?(?:(?:[Tt]he )?(?:[\p{Ll}-]+ ){0,2}(?:president|prime minister|minister|leader|chief|secretary|spokesman|spokeswoman|spokesperson|chancellor|king|queen|pope|general)(?: [\p{Ll}-]+)? )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]*)*) \p{Ll}/u;

/** `lead` with exactly `skip` opening phrases, compiled once per pattern and count: labels ask for it per event. */
const leadCache = new Map<RegExp, RegExp[]>();
function leadWithSkip(lead: RegExp, skip: number): RegExp {
	let list = leadCache.get(lead);
	if (!list) leadCache.set(lead, (list = []));
	return (list[skip] ??= new RegExp(lead.source.replace('{0,3}?', `{${skip}}`), 'u'));
}

/** The only proper name before token `until` in the sentence, or the previous sentence's subject if a name. */
function resolvePronoun(toks: Tok[], until: number, text: string, lang: Lang): string | null {
	const names = new Map<string, string>();
	for (let k = Math.max(0, until - 60); k < until; k++) {
		if (!cap(toks[k]) || k === 0 || OPEN.has(toks[k - 1].low) || insideName(toks, k)) continue;
		let e = k + 1;
		while (e < until && insideName(toks, e)) e++;
		const s = text.slice(toks[k].start, toks[e - 1].end);
		names.set(s.split(/\s+/).pop()!, s);
		k = e - 1;
	}
	if (names.size === 1) return [...names.values()][0];
	if (names.size > 1) return null;
	// The previous sentence, when its subject is a name: `Kim n'a pas quitté … . Il …`.
	const from = toks[0].start;
	const before = text.slice(Math.max(0, from - 400), from).trimEnd();
	const m = /(?:^|[.!?»"]\s+)([^.!?»"]{3,})[.!?»"]?$/u.exec(before);
	if (!m) return null;
	// Up to three leading comma-separated phrases (`Speaking in Ankara on Tuesday,`) before the subject.
	// A title before the name is allowed (`le président américain Joe Biden`); other nouns are not (`le train de Kim`).
	const lead = lang === 'fr' ? LEAD_FR : LEAD_EN;
	const sentence = m[1].trim();
	// Try the longest prefix first: the subject is after the opening phrases, not a capital inside them.
	let n: RegExpExecArray | null = null;
	for (let skip = 3; skip >= 0 && !n; skip--) {
		const re = leadWithSkip(lead, skip);
		const hit = re.exec(sentence);
		if (hit && !/^(Le|La|Les|Des|Un|Une|Il|Elle|Ils|Elles|On|Ce|Cette|Son|Sa|Ses|Selon|En|Hier|Aujourd|Demain|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Depuis|Puis|Mais|Alors|The|A|An|He|She|They|It|We|This|His|Her|Their|In|On|At|According|Speaking|After|Before|When|While|But|However|Yesterday|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|Earlier|Later)$/.test(hit[1].split(' ')[0])) n = hit;
	}
	if (!n) return null;
	// `China's foreign minister arrived …. He …`: the name owns the subject, it is not the subject.
	if (/['’]s$/.test(n[1]) || /^['’]s\b/.test(sentence.slice(n.index + n[0].length))) return null;
	// `M. Modi` and `President X`: the name is enough.
	return n[1].replace(/^M\.\s*/, '');
}

export function makeLabel(toks: Tok[], tr: Trig, actors: string[], text: string): string {
	try {
		return build(toks, tr, actors, text);
	} catch {
		// A label is furniture: never let it cost the event.
		const t = toks[tr.i];
		return t ? text.slice(t.start, t.end) : '';
	}
}

function build(toks: Tok[], tr: Trig, actors: string[], text: string): string {
	const lang = guessLang(toks);
	const noun = tr.tag === 'noun';
	// Verb group: auxiliary or modal, clitics and negation before it.
	let vg = tr.aux >= 0 && tr.aux < tr.i ? tr.aux : tr.i;
	if (noun) {
		// A noun keeps its determiner and adjectives: `Sa dernière visite`.
		// English adjectives come first too (`two powerful earthquakes`): lower-case words back to a preposition or verb.
		while (vg > 0 && vg > tr.i - 4 && !isPunct(toks, vg - 1) && !toks[vg - 1].quote && !PREP.has(toks[vg - 1].low) && (DET_OR_PREP.has(toks[vg - 1].low) || nounAdjective(toks[vg - 1], lang))) {
			vg--;
			// A determiner opens the noun phrase: `faces [a presidential election]`.
			if (DET_OR_PREP.has(toks[vg].low)) break;
		}
		// `Monday's first shock`, `Kim's train`: the possessor is part of it.
		if (vg > 1 && toks[vg - 1].low === "'s" && cap(toks[vg - 2])) {
			vg -= 2;
			while (vg > 0 && insideName(toks, vg)) vg--;
		}
	} else {
		// `avait été accueilli`, `n'a pas`, `had already been`: the whole verb group, back to its first auxiliary.
		const pre = lang === 'fr' ? FR_CLITIC : EN_PRE_VERB;
		while (vg > 0 && (pre.has(toks[vg - 1].low) || VERBISH.has(toks[vg - 1].low) || (lang === 'fr' && /^(pas|jamais|plus|déjà|ensuite|aussi|bien)$/.test(toks[vg - 1].low) && vg < tr.i))) vg--;
	}

	// Subject.
	let subject = '';
	let invertedSubject = false;
	/** Where the subject (or the incise's verb) begins: a quotation closing just before it is what was said. */
	let clauseStart = vg;
	if (!noun) {
		const span = subjectSpan(toks, vg, lang);
		if (span) clauseStart = span[0];
		let boundary = vg - 1;
		while (boundary >= 0 && LEAD.has(toks[boundary].low)) boundary--;
		// English `past` forms are mostly finite (`the quake, …, struck`); French `pp` without auxiliary is a participle.
		const participle = tr.tag === 'pp' && tr.aux < 0;
		// `», a déclaré Olivier Faure`: a French verb of saying after a quotation or an incise names its speaker after it.
		if (span) {
			subject = render(toks, range(span[0], trimSubject(toks, span[0], span[1])), text);
		} else if (boundary >= 0 && (RELATIVE.has(toks[boundary].low) || (toks[boundary].low === 'that' && toks[boundary].region === 'rel'))) {
			// `à la Russie, qui a épuisé …`: the antecedent.
			const np = antecedent(toks, boundary);
			if (np) subject = render(toks, range(np[0], trimSubject(toks, np[0], np[1])), text);
		} else if (boundary >= 0 && toks[boundary].low === ',' && participle) {
			// `le Maroc, frappé par un séisme`: the participle tells of the noun before it.
			const np = antecedent(toks, boundary);
			if (np && !PRONOUN.test(toks[np[0]].low)) subject = render(toks, range(np[0], trimSubject(toks, np[0], np[1])), text);
		} else if (boundary >= 0 && toks[boundary].low === ',' && !invertedSpeaker(toks, tr, boundary, lang)) {
			const segs = segmentsBefore(toks, boundary, lang);
			// A name in apposition is the clearest subject: `Le porte-parole, Matthew Miller, a déclaré`.
			const named = [...segs].reverse().find(([a, b]) => allName(toks, a, b));
			const clean = segs.filter(([a, b]) => !(LEAD.has(toks[a].low) || (PREP.has(toks[a].low) && !GENITIVE.has(toks[a].low)) || /^(selon|according|speaking|interrogé|interrogée|prenant)$/.test(toks[a].low) || isDateAdverbial(toks, a) === b - a || participial(toks, a)));
			const pick = named ?? clean[clean.length - 1];
			if (pick) subject = render(toks, range(pick[0], trimSubject(toks, pick[0], pick[1])), text);
		}
		const speaker = subject ? null : invertedSpeaker(toks, tr, boundary, lang);
		if (speaker) {
			// French inversion in an incise: `», a déclaré X` / `, a-t-il ajouté`.
			subject = render(toks, speaker, text).replace(/[-–]+$/, '');
			invertedSubject = true;
		}
		if (!subject && actors.length > 0 && tr.region !== 'content' && !participle) {
			// An infinitive with no subject of its own: the actor the stage found.
			subject = actors[0];
		}
		// Lower-casing never shortens a string: a subject longer than `elle` is no pronoun, and is not lower-cased to say so.
		if (subject.length <= 4 && PRONOUN_SG.test(subject.toLowerCase())) {
			const name = resolvePronoun(toks, span0(toks, vg), text, lang);
			if (name) subject = name;
		}
	}

	// Verb group and tail.
	const keep: number[] = range(vg, tr.j);
	let cut = false;
	const cuts: number[] = []; // positions in `keep` where a label may end
	const subjLen = subject ? subject.length + 1 : 0;
	let k = tr.j;
	let contentAt = -1; // `que`/`that` after a verb of saying: what was said may be left out
	if (!invertedSubject) {
		while (k < toks.length) {
			const t = toks[k];
			if (OPEN.has(t.low) && !(t.low === '"' && t.quote)) {
				// A quotation is kept whole or not at all; a short embedded one (`le « soutien … »`) reads as text.
				let q = k + 1;
				while (q < toks.length && !CLOSE.has(toks[q].low)) q++;
				const whole = q < toks.length ? text.slice(toks[k].start, toks[q].end) : '';
				const prevLow = k > 0 ? toks[k - 1].low : '';
				if (whole && subjLen + renderedLength(toks, keep, keep.length, text) + whole.length + 1 <= MAX) {
					cuts.push(keep.length);
					for (let x = k; x <= q; x++) keep.push(x);
					cuts.push(keep.length);
					k = q + 1;
					continue;
				}
				if (whole && DET_OR_PREP.has(prevLow)) {
					// Too long to quote: keep its words, cut later at a phrase boundary, without the marks.
					for (let x = k + 1; x < q && toks[x].start - toks[k].end < MAX + 40; x++) {
						if (PREP.has(toks[x].low) && spaceBefore(toks, x) && !insideName(toks, x)) cuts.push(keep.length);
						if (!isPunct(toks, x)) keep.push(x);
						else break;
					}
					cut = true;
					break;
				}
				if (keep.length > tr.j - vg) cut = true;
				break;
			}
			if (isPunct(toks, k)) {
				if (t.low === '(') {
					// A short aside (`(mardi)`, `(AFP)`) is skipped; a long one ends the label.
					let q = k + 1;
					while (q < toks.length && q - k < 6 && toks[q].low !== ')') q++;
					if (q < toks.length && toks[q].low === ')' && q - k <= 5) {
						k = q + 1;
						continue;
					}
				}
				break;
			}
			// A noun keeps its relative clause (`earthquakes that have killed …`): it tells what the happening was.
			if (noun && /^(qui|that|which)$/.test(t.low) && k === keep[keep.length - 1] + 1) {
				cuts.push(keep.length);
				keep.push(k++);
				continue;
			}
			if ((lang === 'fr' ? FR_SUBORD : EN_SUBORD).has(t.low) && !(t.low === 'that' && k > 0 && !tr.entry.saying)) {
				if (tr.entry.saying && /^(que|qu'|that)$/.test(t.low) && contentAt < 0) {
					contentAt = keep.length;
					cuts.push(keep.length);
					keep.push(k++);
					continue;
				}
				break;
			}
			if (t.low === 'that' && !tr.entry.saying) break;
			// English reported speech without `that`: `said the country was …`.
			if (tr.entry.saying && contentAt < 0 && t.region === 'content' && toks[tr.i].region !== 'content') {
				contentAt = keep.length;
				cuts.push(keep.length);
			}
			const n = isDateAdverbial(toks, k);
			if (n > 0) {
				cuts.push(keep.length);
				k += n;
				continue;
			}
			if (noun && /^(il|depuis|since|ago)$/.test(t.low)) break;
			if (spaceBefore(toks, k) && !insideName(toks, k) && (PREP.has(t.low) || t.low === 'à')) cuts.push(keep.length);
			keep.push(k++);
			if (subjLen + (toks[keep[keep.length - 1]].end - toks[keep[0]].start) > MAX + 40) break;
		}
		if (k < toks.length && !isPunct(toks, k) && !(lang === 'fr' ? FR_SUBORD : EN_SUBORD).has(toks[k].low)) cut = true;
	}

	let n = keep.length;
	if (labelLength(toks, keep, subject, text, n) > MAX) {
		cut = true;
		const minN = tr.j - vg;
		const fit = lastFitting(toks, keep, subject, text, minN, n - 1);
		let pickN = -1;
		for (const c of cuts) if (c >= minN && c <= n && c <= fit && saysEnough(toks, keep, contentAt, c)) pickN = Math.max(pickN, c);
		if (pickN < 0 || (contentAt >= 0 && pickN <= contentAt)) {
			// No phrase boundary fits: the last word boundary that does, outside names.
			for (let c = Math.min(n - 1, fit); c > Math.max(minN - 1, pickN); c--) {
				if (spaceBefore(toks, keep[c]) && !insideName(toks, keep[c]) && !toks[keep[c]].quote && saysEnough(toks, keep, contentAt, c)) {
					pickN = c;
					break;
				}
			}
		}
		n = pickN >= minN ? pickN : minN;
	}
	// Never end on a dangling function word (`le`, `de la`, `the`).
	while (n > tr.j - vg && dangling(toks, keep[n - 1])) {
		n--;
		cut = true;
	}
	// The string is made once, for the count chosen by lengths alone.
	let label = dropTrailingPunctuation(composeLabel(toks, keep, subject, text, n)).trim();
	if (label.length > MAX) {
		// Only an overlong subject gets here (no preposition to shorten it at): the last space that fits.
		const sp = label.lastIndexOf(' ', MAX - 1);
		label = label.slice(0, sp > 20 ? sp : MAX - 1) + '…';
	} else if (cut && (n < keep.length || (contentAt >= 0 && n <= contentAt)) && !label.endsWith('…')) label += '…';
	else if (tr.entry.saying && contentAt < 0 && !keep.some((x) => OPEN.has(toks[x].low))) label = quoted(label, toks, invertedSubject ? null : k, clauseStart, text, lang);
	return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A statement that says nothing of what was said (`Il a ajouté`, `X a déclaré aux journalistes`) takes the
 * quotation beside it: after its colon (`after`: the token where the label's tail stopped), else the one
 * closing before its subject or incise. Unchanged when there is none or no room for one.
 */
function quoted(label: string, toks: Tok[], after: number | null, clauseStart: number, text: string, lang: Lang): string {
	const q = (after !== null ? quotationAfter(toks, after) : null) ?? quotationBefore(toks, clauseStart - 1);
	if (!q) return label;
	const snippet = quotationSnippet(text, toks, q, MAX - label.length - (lang === 'fr' ? 3 : 2), (w) => DANGLING.has(w));
	return snippet ? withQuotation(label, snippet, lang) : label;
}

// The helpers below were closures inside `build`, made afresh for every event; as functions of their
// inputs they cost no allocation per label.

/** An English or French adjective a noun trigger keeps before it (`Sa dernière visite`, `two powerful earthquakes`). */
function nounAdjective(t: Tok, lang: Lang): boolean {
	return (
		/^(dernière|dernier|première|premier|nouvelle|nouveau|last|first|new|previous)$/.test(t.low) ||
		(lang === 'en' && t.word && /^[\p{Ll}\d]/u.test(t.raw) && !VERBISH.has(t.low) && !EN_SUBORD.has(t.low) && !EN_PRE_VERB.has(t.low) && !/(ed|ing)$/.test(t.low) && !/^(said|says|say)$/.test(t.low))
	);
}

/** `», a déclaré Olivier Faure`: a French verb of saying after a quotation or an incise names its speaker after it. The speaker's tokens, or null. */
function invertedSpeaker(toks: Tok[], tr: Trig, boundary: number, lang: Lang): number[] | null {
	if (!(tr.incise || tr.entry.saying) || boundary < 0 || !/^[,»"”]$/.test(toks[boundary].low)) return null;
	const quoted = /^[»"”]$/.test(toks[boundary].low) || /^[»"”]$/.test(toks[boundary - 1]?.low ?? '');
	// English inverts only after a quotation: `"…," said Takeshi Mori`.
	if (lang === 'en' ? !quoted || tr.aux >= 0 : !quoted && !tr.incise) return null;
	let e = tr.j;
	// `a déclaré à la sortie Thomas Cavel`, `racontait lundi Camille`: a place or a date between the verb and the
	// speaker is skipped to the name.
	if (e < toks.length && (PREP.has(toks[e].low) || DAY.test(toks[e].low) || DEICTIC.test(toks[e].low))) {
		while (e < toks.length && e - tr.j < 6 && !isPunct(toks, e) && !cap(toks[e])) e++;
		if (e >= toks.length || !cap(toks[e])) return null;
		// `de son côté le PDG du groupe`: the speaker's article comes with him.
		if (e - 1 > tr.j && /^(le|la|les|l'|the)$/.test(toks[e - 1].low)) e--;
	}
	const inverted: number[] = [];
	for (; e < toks.length && inverted.length < 6 && !isPunct(toks, e); e++) inverted.push(e);
	return inverted.length > 0 && !PREP.has(toks[inverted[0]].low) && inverted.some((q) => cap(toks[q])) ? inverted : null;
}

/**
 * The label with the first `n` kept tokens after the subject, whitespace squeezed. `render` squeezes the
 * body already: joined to a subject with nothing to squeeze (the usual case), the label has none either,
 * and is not read again for it.
 */
function composeLabel(toks: Tok[], keep: number[], subject: string, text: string, n: number): string {
	const body = render(toks, keep.slice(0, n), text);
	if (!subject) return body;
	const label = `${subject} ${body}`;
	return body !== '' && squeezeSpaces(subject) === subject ? label : squeezeSpaces(label);
}

/** `composeLabel(…).length`, without making the label. */
function labelLength(toks: Tok[], keep: number[], subject: string, text: string, n: number): number {
	const body = renderedLength(toks, keep, n, text);
	return subject ? subject.length + 1 + body : body;
}

/**
 * The largest c in [lo, hi] whose label fits in MAX characters, or lo - 1. A label only grows with c
 * (each kept token adds words; whitespace is squeezed), so a binary search finds it in a few lengths
 * where trying every cut and every word boundary rendered the label once each.
 */
function lastFitting(toks: Tok[], keep: number[], subject: string, text: string, lo: number, hi: number): number {
	let a = lo;
	let b = hi;
	while (a <= b) {
		const mid = (a + b) >> 1;
		if (labelLength(toks, keep, subject, text, mid) <= MAX) a = mid + 1;
		else b = mid - 1;
	}
	return a - 1;
}

/** What was said is kept with four content words at least (`said hundreds…` says nothing), or left out whole. */
function saysEnough(toks: Tok[], keep: number[], contentAt: number, c: number): boolean {
	if (contentAt < 0 || c <= contentAt) return true;
	let w = 0;
	for (let q = contentAt; q < c; q++) if (toks[keep[q]].word && !DANGLING.has(toks[keep[q]].low)) w++;
	return w >= 4;
}

function range(a: number, b: number): number[] {
	const out: number[] = [];
	for (let k = a; k < b; k++) out.push(k);
	return out;
}

/** Index of the subject pronoun before the verb group (names before it may resolve it). */
function span0(toks: Tok[], vg: number): number {
	let k = vg - 1;
	while (k > 0 && vg - k < 40 && !PRONOUN.test(toks[k].low)) k--;
	return Math.max(k, 0);
}
