import type { BoilerplateKind, Lang, Sentence } from '$lib/model';
import { detectBoilerplate, type Block } from './boilerplate';
import { isLetter, isLetterMarkOrNumber, isSpace } from './chars';
import { latinSentenceSegments } from './sentence-breaks';

/**
 * Abbreviations after which a period does not end a sentence. Intl.Segmenter
 * knows some English ones; French press style (`M.`, `Mme`, `J.-C.`) it does
 * not, so a merge pass glues those pieces back.
 */
const ABBREVIATIONS = new Set(
	[
		// French
		'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'av', 'apr', 'j.-c', 'c', 'cf', 'etc',
		'env', 'p', 'art', 'n°', 'no', 'vol', 'éd', 'dir', 'gén', 'col', 'cdt', 'lt', 'sgt',
		// English
		'mr', 'mrs', 'ms', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'jr', 'sr', 'inc', 'ltd',
		'co', 'corp', 'vs', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'jan', 'feb', 'mar', 'aug', 'sept', 'sep',
		'oct', 'nov', 'dec', 'no', 'mt', 'ft'
	].map((a) => a.toLowerCase())
);

/** AP-style abbreviations of US states, as datelines write them (`Fla.`, `Calif.`, `N.J.`). */
const STATE_ABBREVIATIONS = new Set(
	'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo d.c'.split(' ')
);

const CLOSERS = /^[\s]*[»"”’)\]]/;
const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
	let s = segmenters.get(lang);
	if (!s) {
		s = new Intl.Segmenter(lang, { granularity: 'sentence' });
		segmenters.set(lang, s);
	}
	return s;
}

/** The word right before the final period of `piece`, lower-cased. */
function lastWordBeforePeriod(piece: string): string | null {
	// What `/([\p{L}.\-°]+)\.\s*$/u` captures, read backwards from the end: the
	// regex retried that pattern from every position of the piece.
	let q = piece.length;
	while (q > 0 && isSpace(piece.charCodeAt(q - 1))) q--;
	if (q === 0 || piece.charCodeAt(q - 1) !== 46) return null;
	let p = q - 1;
	while (p > 0) {
		let c = piece.charCodeAt(p - 1);
		let w = 1;
		if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
			const h = piece.charCodeAt(p - 2);
			if (h >= 0xd800 && h <= 0xdbff) {
				c = (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
				w = 2;
			}
		}
		if (c === 46 || c === 45 || c === 0xb0 || isLetter(c)) p -= w;
		else break;
	}
	return p < q - 1 ? piece.slice(p, q - 1).toLowerCase() : null;
}

/** Is the `word` ending `piece` (before its final period) written right after a digit? */
function afterDigit(piece: string, word: string): boolean {
	const at = piece.trimEnd().length - 1 - word.length;
	return at > 0 && /\d/.test(piece[at - 1]);
}

/** Capitalised words that open sentences and never continue a person's name after an initial. */
const SENTENCE_OPENERS = new Set(
	'Il Elle Ils Elles Le La Les Ce Cette Ces On Nous Mais He She It They We The This These Those There But'.split(' ')
);

/** Should the segment ending with `prev` be glued to the one starting with `next`? */
function shouldMerge(prev: string, next: string): boolean {
	// A closing guillemet or bracket split off belongs to the sentence before; a straight quote glued to the
	// word after it opens the next sentence instead (`…without changing trains. "Our customers have asked…`).
	if (CLOSERS.test(next) && !/^\s*"[\p{L}\p{N}]/u.test(next)) return true;
	// A piece with no letter or digit (a stray `« .`) is debris of the one before.
	if (!/[\p{L}\p{N}]/u.test(next)) return true;
	const word = lastWordBeforePeriod(prev);
	// A letter glued to a number is a unit or a decade, never an initial (`since the 1920s. The company…`).
	if (word !== null && !afterDigit(prev, word)) {
		const opens = SENTENCE_OPENERS.has(/^\s*(\p{L}+)/u.exec(next)?.[1] ?? '');
		// `shortly after 5 a.m. The launch…`: a clock ends the sentence when a new one plainly starts.
		if (opens && (word === 'a.m' || word === 'p.m')) return false;
		if (ABBREVIATIONS.has(word)) return true;
		// An AP dateline's state: `CAPE CANAVERAL, Fla. (AP) —`, `AUSTIN, Texas —` is one line, not two sentences.
		if (STATE_ABBREVIATIONS.has(word) && /^\s*[(—–-]/.test(next)) return true;
		// A single capital initial: `Kim J. Un`, `J.-C.` pieces; but a name never goes on with a pronoun or an
		// article (`pour la zone A. Il a exclu…`, `in Group B. The team…`): that is a new sentence.
		// (After a capital only: `jusqu'à 17 h. Le bâtiment` keeps its reading.)
		const opener = opens && /\p{Lu}\.\s*$/u.test(prev);
		if (!opener && /^\p{Lu}$/u.test(word.toUpperCase()) && word.length === 1 && /\s\p{Lu}\.\s*$/u.test(prev)) return true;
		if (!opener && /^(\p{L}\.-)?\p{L}$/u.test(word)) return true;
	}
	// The next piece starts in lower case: the break was not a sentence end
	// (`à 18 h. environ`, an ellipsis followed by the rest of the headline).
	if (/^\s*\p{Ll}/u.test(next)) return true;
	return false;
}

/** Characters outside ASCII that can neither end nor separate a sentence (UAX #29). */
const NO_BREAK = new Set([0xa0, 0x202f, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014]);
/** What may follow the final `.`, `!` or `?` of a one-sentence block: closing quotes and brackets. */
const FINAL_CLOSE = new Set([0xbb, 0x201d, 0x2019, 39, 34, 41, 93]);

/**
 * A block the segmenter would return whole: no sentence terminator except at
 * its very end (closers after it, no space), and only characters that cannot
 * break a sentence. Headlines, bylines and one-sentence paragraphs are most
 * lines of an article, and ICU is the slowest step of the stage; anything
 * unusual still goes to it.
 */
function oneSentence(norm: string, start: number, end: number): boolean {
	let term = false;
	for (let i = start; i < end; i++) {
		const c = norm.charCodeAt(i);
		if (c === 46 || c === 33 || c === 63) {
			term = true;
			continue;
		}
		if (term) {
			if (FINAL_CLOSE.has(c)) continue;
			return false;
		}
		if (c >= 0x20 && c < 0x7f) continue;
		if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) return false;
		if (!NO_BREAK.has(c) && !isLetterMarkOrNumber(c)) return false;
	}
	return true;
}

/** `(text.slice(from, to).match(/\n/g)?.length ?? 0)`, without the slice. */
function newlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
	return n;
}

/**
 * Lines of the text with the paragraph each belongs to (blank lines separate paragraphs). Read with indexOf and
 * index arithmetic: each line was a regex match, then a slice trimmed three times.
 */
function blocks(text: string): Block[] {
	const out: Block[] = [];
	let paragraph = 0;
	let sawBlank = false;
	let lastEnd = 0;
	const n = text.length;
	for (let pos = 0; pos < n; ) {
		let nl = text.indexOf('\n', pos);
		if (nl < 0) nl = n;
		if (nl > pos) {
			// The line [pos, nl), what `/[^\n]+/g` matched.
			if (out.length > 0 && newlines(text, lastEnd, pos) >= 2) sawBlank = true;
			let start = pos;
			while (start < nl && isRegexSpace(text.charCodeAt(start))) start++;
			lastEnd = nl;
			if (start === nl) {
				sawBlank = true;
			} else {
				let end = nl;
				while (end > start && isRegexSpace(text.charCodeAt(end - 1))) end--;
				if (sawBlank || out.length > 0) paragraph = out.length === 0 ? 0 : paragraph + 1;
				sawBlank = false;
				out.push({ start, end, paragraph });
			}
		}
		pos = nl + 1;
	}
	return out;
}

/**
 * Splits the article into sentences. Each line of text is a block (news
 * sites put headlines, captions and bylines on lines of their own); blocks
 * are segmented by the UAX #29 rules (ours for Latin text, else
 * Intl.Segmenter), then pieces split after an abbreviation
 * or before a closing guillemet are merged back. Offsets point into `text`.
 */
interface Piece {
	start: number;
	end: number;
	paragraph: number;
}

export function splitSentences(text: string, norm: string, lang: Lang): Sentence[] {
	const pieces: Piece[] = [];
	const lines = blocks(norm);
	for (const block of lines) {
		if (oneSentence(norm, block.start, block.end)) {
			pieces.push(trimmed(norm, block.start, block.end, block.paragraph));
			continue;
		}
		const blockText = norm.slice(block.start, block.end);
		let current: { start: number; end: number } | null = null;
		for (const seg of latinSentenceSegments(blockText) ?? segmenter(lang).segment(blockText)) {
			const segStart = block.start + seg.index;
			const segEnd = segStart + seg.segment.length;
			if (current && shouldMerge(norm.slice(current.start, current.end), seg.segment)) {
				current.end = segEnd;
				continue;
			}
			if (current) pieces.push(trimmed(norm, current.start, current.end, block.paragraph));
			current = { start: segStart, end: segEnd };
		}
		if (current) pieces.push(trimmed(norm, current.start, current.end, block.paragraph));
	}
	const kept: Piece[] = [];
	for (const piece of pieces) splitAfterClosingQuote(norm, piece, kept);
	const kinds: Array<BoilerplateKind | null> = detectBoilerplate(norm, kept, lines);
	void text;
	return kept.map((p, index) => ({
		index,
		start: p.start,
		end: p.end,
		paragraph: p.paragraph,
		boilerplate: kinds[index] ?? null
	}));
}

/**
 * ICU does not end a sentence at `partirons. » Puis`: a quotation that closes
 * on a full stop and is followed by a capital starts a new sentence.
 */
const QUOTE_END = /[.!?]\s*[»"”]\s+(?=[\p{Lu}«"“])/gu;

/** Appends `p` to `out` unless it is empty (a function, not a closure per piece: see `altPrior` in places/resolve.ts). */
function keep(p: Piece, out: Piece[]): void {
	if (p.end > p.start) out.push(p);
}

/** Appends the piece's sentences that are not empty to `out`. */
function splitAfterClosingQuote(norm: string, piece: Piece, out: Piece[]): void {
	// Most sentences close no quotation on a full stop: skip the Unicode regex for them.
	if (!quoteAfterTerminator(norm, piece.start, piece.end)) {
		keep(trimmed(norm, piece.start, piece.end, piece.paragraph), out);
		return;
	}
	const body = norm.slice(piece.start, piece.end);
	let from = 0;
	for (const m of body.matchAll(QUOTE_END)) {
		const cut = (m.index ?? 0) + m[0].trimEnd().length;
		keep(trimmed(norm, piece.start + from, piece.start + cut, piece.paragraph), out);
		from = cut;
	}
	keep(trimmed(norm, piece.start + from, piece.end, piece.paragraph), out);
}

/** `\s` of a JavaScript regex, one code unit. */
function isRegexSpace(c: number): boolean {
	return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether [start, end) holds what QUOTE_END needs first: a `.`, `!` or `?`, white space, then a closing quote.
 * Without it the regex cannot match: skipping it there spares its run on the many sentences that quote
 * someone mid-sentence (`a déclaré « … » mardi`), which the former test (any quote mark) let through.
 */
function quoteAfterTerminator(norm: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = norm.charCodeAt(i);
		if (c !== 0xbb && c !== 34 && c !== 0x201d) continue;
		let k = i - 1;
		while (k >= start && isRegexSpace(norm.charCodeAt(k))) k--;
		if (k < start) continue;
		const t = norm.charCodeAt(k);
		if (t === 46 || t === 33 || t === 63) return true;
	}
	return false;
}

/** [start, end) without the white space at either end (`\s`, one code unit at a time). */
function trimmed(s: string, start: number, end: number, paragraph: number): Piece {
	while (start < end && isSpace(s.charCodeAt(start))) start++;
	while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
	return { start, end, paragraph };
}
