/**
 * The words of an article as the place recogniser reads them: runs of
 * `[\p{L}\p{M}\p{N}]` with their fold (see normalize.ts), their case, whether
 * they open a sentence, and how they join the next word.
 *
 * A table of typed arrays, not an object a word: on the 1 MB text the stage
 * made ~200k token objects and as many fold strings, and they lived through
 * the whole stage (old-space garbage for the collector). A word's fold is
 * made only when asked: most words are lower case and only ever asked
 * whether their shape may be in a set (`mayBeIn`), which an ASCII word
 * answers from its offsets and the lower-cased text without a string.
 *
 * One scan of code points fills every field: case is noted while the word is
 * read, and the separator to the previous word is judged by char codes when
 * the next word starts.
 */
import type { Doc } from '../document';
import { isLetterMarkOrNumber, isLowerLetter, isUpperLetter } from '../chars';
import { foldNonAscii } from './normalize';
import type { WordShapes } from './word-shapes';

const CAP = 1;
const UPPER = 2;
const DIGIT = 4;
const INITIAL = 8;
const SPACE_NEXT = 16;
/** Every code point below 127: the fold is the lower-cased slice. */
const ASCII = 32;
/** ASCII with no capital: the fold is the slice itself. */
const PLAIN = 64;

/** Separators a name runs on across, as key fragments (`separatorKey`); index 0: none. */
const JOINS: readonly (string | null)[] = [null, ' ', "'"];
const JOIN_SPACE = 1;
const JOIN_APOSTROPHE = 2;

const MAX_TEXT_FOR_NAMES = 2_000_000;

/** Abbreviations that open a place name before a full stop (`St. Louis`, `Mt. Hood`, `Ft. Worth`). */
const ABBREVIATED_HEADS = new Set(['st', 'ste', 'mt', 'ft']);

export class Words {
	readonly length: number;
	/** Offsets into `doc.norm` (and so into `doc.text`). */
	readonly start: Int32Array;
	readonly end: Int32Array;
	private readonly flags: Uint8Array;
	private readonly joins: Uint8Array;
	private readonly folds: (string | undefined)[];
	private readonly norm: string;
	private readonly lower: string | null;

	constructor(norm: string, lower: string | null, length: number, start: Int32Array, end: Int32Array, flags: Uint8Array, joins: Uint8Array) {
		this.norm = norm;
		this.lower = lower;
		this.length = length;
		this.start = start;
		this.end = end;
		this.flags = flags;
		this.joins = joins;
		// Filled, not `new Array(length)`: a long array made with holes is kept as a dictionary by V8.
		const folds: (string | undefined)[] = [];
		for (let k = 0; k < length; k++) folds.push(undefined);
		this.folds = folds;
	}

	/** Fold of word k (0 ≤ k < length). */
	fold(k: number): string {
		let f = this.folds[k];
		if (f === undefined) {
			f = foldOf(this.norm, this.lower, this.flags[k], this.start[k], this.end[k]);
			this.folds[k] = f;
		}
		return f;
	}

	/** Fold of word k, or undefined when there is no word k. */
	foldAt(k: number): string | undefined {
		return k >= 0 && k < this.length ? this.fold(k) : undefined;
	}

	/** False when word k's fold is surely not among `shapes`' words; an ASCII word is judged without its fold. */
	mayBeIn(shapes: WordShapes, k: number): boolean {
		if ((this.flags[k] & ASCII) === 0 || this.folds[k] !== undefined) return shapes.mayHave(this.fold(k));
		const from = this.start[k];
		const last = this.end[k] - 1;
		return shapes.mayHaveCodes(last + 1 - from, asciiLower(this.norm.charCodeAt(from)), asciiLower(this.norm.charCodeAt(last)));
	}

	/** First character is an upper-case letter. */
	cap(k: number): boolean {
		return (this.flags[k] & CAP) !== 0;
	}

	/** Every letter is upper case (and there are at least two). */
	upper(k: number): boolean {
		return (this.flags[k] & UPPER) !== 0;
	}

	/** Holds an ASCII digit (`/\d/`). */
	digit(k: number): boolean {
		return (this.flags[k] & DIGIT) !== 0;
	}

	/** First word of a sentence, a line, or a quotation. */
	initial(k: number): boolean {
		return (this.flags[k] & INITIAL) !== 0;
	}

	/** Separator to the next word is a single space (names of people). */
	spaceNext(k: number): boolean {
		return (this.flags[k] & SPACE_NEXT) !== 0;
	}

	/** Separator to the next word as a key fragment, or null when a name cannot run on across it (punctuation, line break). */
	joinNext(k: number): string | null {
		return JOINS[this.joins[k]];
	}
}

function asciiLower(c: number): number {
	return c >= 65 && c <= 90 ? c + 32 : c;
}

/** `/[\n«"([]|[.!?:;] *$/.test(norm.slice(from, to))`, without the slice. */
function opensSentence(norm: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const c = norm.charCodeAt(k);
		if (c === 10 || c === 0xab || c === 34 || c === 40 || c === 91) return true;
	}
	let k = to - 1;
	while (k >= from && norm.charCodeAt(k) === 32) k--;
	if (k < from) return false;
	const c = norm.charCodeAt(k);
	return c === 46 || c === 33 || c === 63 || c === 58 || c === 59;
}

/** Fold of the word [from, to) whose flags are `flags`. */
function foldOf(norm: string, lower: string | null, flags: number, from: number, to: number): string {
	if ((flags & ASCII) === 0) return foldNonAscii(norm.slice(from, to));
	// An ASCII word's fold is its slice of the lower-cased text (one string, not a slice lower-cased).
	if ((flags & PLAIN) !== 0) return norm.slice(from, to);
	return lower !== null ? lower.slice(from, to) : norm.slice(from, to).toLowerCase();
}

/**
 * How the word ending at `from` joins the word at `next`, from the separator
 * norm[from, next): `separatorKey` of the five separators a name runs on
 * across (` `, `-`, ` - `, `'`, `' `), and `. ` after an abbreviation
 * (`St. Louis`: the full stop stays inside the name). Anything else ends a
 * name. Returns the join with SPACE_NEXT above its bits.
 */
function joinOf(norm: string, lower: string | null, prevFlags: number, prevStart: number, from: number, next: number): number {
	const len = next - from;
	if (len > 3) return 0;
	const c0 = norm.charCodeAt(from);
	if (len === 1) {
		if (c0 === 32) return JOIN_SPACE | (SPACE_NEXT << 8);
		if (c0 === 45) return JOIN_SPACE;
		if (c0 === 39) return JOIN_APOSTROPHE;
	} else if (len === 2) {
		const c1 = norm.charCodeAt(from + 1);
		if (c0 === 39 && c1 === 32) return JOIN_APOSTROPHE;
		// (A one-unit slice of the next word, as before: a surrogate half is no capital.)
		if (c0 === 46 && c1 === 32 && ABBREVIATED_HEADS.has(foldOf(norm, lower, prevFlags, prevStart, from)) && isUpperLetter(norm.charCodeAt(next))) return JOIN_SPACE;
	} else if (c0 === 32 && norm.charCodeAt(from + 1) === 45 && norm.charCodeAt(from + 2) === 32) return JOIN_SPACE;
	return 0;
}

/** Grows a typed array to twice its size, keeping its contents. */
function grown<T extends Int32Array | Uint8Array>(a: T): T {
	const b = new (a.constructor as new (n: number) => T)(a.length * 2);
	b.set(a);
	return b;
}

export function readWords(doc: Doc): Words {
	const norm = doc.norm.length > MAX_TEXT_FOR_NAMES ? doc.norm.slice(0, MAX_TEXT_FOR_NAMES) : doc.norm;
	const sentences = doc.sentences;
	// Same offsets as norm (see clean.ts's lowerCased), or null. Only ASCII words are sliced from it, and they hold
	// none of the units `lowerUnits` leaves as written (lower-units.ts): its text serves when `lower` cannot.
	const whole = doc.lowerUnits?.text ?? doc.lower;
	const lower = whole === undefined || whole === null || doc.norm.length !== norm.length ? null : whole;
	const n = norm.length;
	// About one word in six characters of news text; grown when short.
	let cap = 16 + (n >> 2);
	let starts = new Int32Array(cap);
	let ends = new Int32Array(cap);
	let flags = new Uint8Array(cap);
	let joins = new Uint8Array(cap);
	let count = 0;
	let sentence = 0;
	let p = 0;
	while (p < n) {
		const c = norm.codePointAt(p)!;
		if (!isLetterMarkOrNumber(c)) {
			p += c > 0xffff ? 2 : 1;
			continue;
		}
		const from = p;
		let ascii = c < 127;
		let anyUpper = c >= 65 && c <= 90;
		let anyLower = isLowerLetter(c);
		let digit = c >= 48 && c <= 57;
		p += c > 0xffff ? 2 : 1;
		while (p < n) {
			const d = norm.codePointAt(p)!;
			if (d < 127) {
				if (d >= 97 && d <= 122) anyLower = true;
				else if (d >= 65 && d <= 90) anyUpper = true;
				else if (d >= 48 && d <= 57) digit = true;
				else break;
				p++;
				continue;
			}
			if (!isLetterMarkOrNumber(d)) break;
			ascii = false;
			if (!anyLower && isLowerLetter(d)) anyLower = true;
			p += d > 0xffff ? 2 : 1;
		}
		if (count === cap) {
			cap *= 2;
			starts = grown(starts);
			ends = grown(ends);
			flags = grown(flags);
			joins = grown(joins);
		}
		const isCap = isUpperLetter(c);
		while (sentence < sentences.length && sentences[sentence].end <= from) sentence++;
		const s = sentences[sentence];
		const prevEnd = count === 0 ? 0 : ends[count - 1];
		let f = 0;
		if (isCap) f |= CAP;
		if (isCap && p - from >= 2 && !anyLower) f |= UPPER;
		if (digit) f |= DIGIT;
		if (ascii) f |= anyUpper ? ASCII : ASCII | PLAIN;
		if (count === 0 || opensSentence(norm, prevEnd, from) || (s !== undefined && s.start > prevEnd && s.start <= from)) f |= INITIAL;
		if (count > 0) {
			const j = joinOf(norm, lower, flags[count - 1], starts[count - 1], prevEnd, from);
			joins[count - 1] = j & 0xff;
			flags[count - 1] |= j >> 8;
		}
		starts[count] = from;
		ends[count] = p;
		flags[count] = f;
		count++;
	}
	return new Words(norm, lower, count, starts.subarray(0, count), ends.subarray(0, count), flags.subarray(0, count), joins.subarray(0, count));
}
