/**
 * UAX #29 sentence boundaries for Latin text, without ICU. Intl.Segmenter
 * costs as much per article as chrono-node's whole date parser, and news
 * text is nearly always Latin script: for text made only of characters whose
 * Sentence_Break class we know exactly (ASCII, Latin-1, Latin Extended-A/B
 * and a few spaces and quotes) the rules are applied here; anything else
 * returns null and the caller asks ICU. The spec beside this file checks the
 * two agree on random text over this alphabet.
 */
import { isLetter, isLowerLetter, isUpperLetter } from './chars';

const OTHER = 0;
const CR = 1;
const LF = 2;
const SEP = 3;
const SP = 4;
const LOWER = 5;
const UPPER = 6;
const OLETTER = 7;
const NUMERIC = 8;
const ATERM = 9;
const STERM = 10;
const CLOSE = 11;
const SCONTINUE = 12;
/** A character this module does not classify: let ICU decide. */
const UNKNOWN = 255;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
	let k = OTHER;
	if (c === 13) k = CR;
	else if (c === 10) k = LF;
	else if (c === 9 || c === 11 || c === 12 || c === 32) k = SP;
	else if (c >= 97 && c <= 122) k = LOWER;
	else if (c >= 65 && c <= 90) k = UPPER;
	else if (c >= 48 && c <= 57) k = NUMERIC;
	else if (c === 46) k = ATERM;
	else if (c === 33 || c === 63) k = STERM;
	else if ('()[]{}"\''.includes(String.fromCharCode(c))) k = CLOSE;
	else if (',-:;'.includes(String.fromCharCode(c))) k = SCONTINUE;
	ASCII[c] = k;
}

/** Titlecase digraphs (`ǅ`): Sentence_Break Upper, though not `\p{Lu}`. */
const TITLECASE = new Set([0x1c5, 0x1c8, 0x1cb, 0x1f2]);

/** The class of a character below U+0250, worked out once. */
function latinClassOf(c: number): number {
	if (c < 128) return ASCII[c];
	if (c === 0x85) return SEP;
	if (c === 0xa0) return SP;
	// Soft hyphen is Format (attaches to the character before): rare, left to ICU.
	if (c === 0xad) return UNKNOWN;
	if (c === 0xaa || c === 0xba) return LOWER; // ª º: Other_Lowercase
	if (c === 0xab || c === 0xbb) return CLOSE; // « »
	if (isLowerLetter(c)) return LOWER;
	if (isUpperLetter(c) || TITLECASE.has(c)) return UPPER;
	if (isLetter(c)) return OLETTER;
	return OTHER;
}

/**
 * Every character below U+0250 classed ahead: `classOf` runs at each character of each paragraph, and the
 * letter tests behind it (chars.ts) were a third of `latinSentenceSegments`.
 */
const LATIN = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) LATIN[c] = latinClassOf(c);

function classOf(c: number): number {
	if (c < 0x250) return LATIN[c];
	if ((c >= 0x2000 && c <= 0x200a) || c === 0x202f) return SP;
	if (c === 0x2039 || c === 0x203a) return CLOSE; // ‹ ›
	if (c === 0x20ac || c === 0x2022) return OTHER; // € •
	return UNKNOWN;
}

/** Stops the SB8 look-ahead: what decides whether a period ended the sentence. */
function stopsLookahead(k: number): boolean {
	return k === OLETTER || k === UPPER || k === LOWER || k === CR || k === LF || k === SEP || k === ATERM || k === STERM;
}

/**
 * The sentence segments of `s` as Intl.Segmenter(…, 'sentence') returns them
 * (`index` and `segment`), or null when `s` holds a character outside the
 * alphabet handled here.
 */
export function latinSentenceSegments(s: string): Array<{ index: number; segment: string }> | null {
	const n = s.length;
	const cls = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const k = classOf(s.charCodeAt(i));
		if (k === UNKNOWN) return null;
		cls[i] = k;
	}
	const ends: number[] = [];
	let i = 0;
	while (i < n) {
		const c = cls[i];
		if (c === CR) {
			i += i + 1 < n && cls[i + 1] === LF ? 2 : 1; // SB3, SB4
			ends.push(i);
			continue;
		}
		if (c === LF || c === SEP) {
			ends.push(++i); // SB4
			continue;
		}
		if (c !== ATERM && c !== STERM) {
			i++; // SB998
			continue;
		}
		let j = i + 1;
		if (c === ATERM && j < n) {
			if (cls[j] === NUMERIC) {
				i = j; // SB6: `3.5`
				continue;
			}
			if (i > 0 && (cls[i - 1] === UPPER || cls[i - 1] === LOWER) && cls[j] === UPPER) {
				i = j; // SB7: `U.S`
				continue;
			}
		}
		while (j < n && cls[j] === CLOSE) j++; // SB9
		while (j < n && cls[j] === SP) j++; // SB10
		if (j >= n) break;
		if (c === ATERM) {
			// SB8: a period followed, past anything but letters and terminators, by a lower-case letter.
			let k = j;
			while (k < n && !stopsLookahead(cls[k])) k++;
			if (k < n && cls[k] === LOWER) {
				i = j;
				continue;
			}
		}
		const d = cls[j];
		if (d === SCONTINUE || d === ATERM || d === STERM) {
			i = j; // SB8a
			continue;
		}
		if (d === CR) j += j + 1 < n && cls[j + 1] === LF ? 2 : 1;
		else if (d === LF || d === SEP) j++;
		ends.push(j); // SB11
		i = j;
	}
	if (n > 0 && ends[ends.length - 1] !== n) ends.push(n);
	const out: Array<{ index: number; segment: string }> = [];
	let from = 0;
	for (const e of ends) {
		out.push({ index: from, segment: s.slice(from, e) });
		from = e;
	}
	return out;
}
