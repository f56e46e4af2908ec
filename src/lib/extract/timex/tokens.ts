/**
 * One pass over the folded text into word, number and punctuation tokens.
 * The rules match on token sequences, never on raw-text regexes, so the
 * stage stays linear on any input (a regex with nested quantifiers over a
 * 1 MB article is how a date parser hangs).
 */

import { ExceptionCursor, type LowerUnits } from '../lower-units';

export type TokKind = 'w' | 'n' | 'p';

export interface Tok {
	/** Offsets into `doc.norm` (and so into `doc.text`). */
	s: number;
	e: number;
	/** Lower-cased; accents kept (`été` and `ete` are different words). */
	w: string;
	k: TokKind;
	/** Whitespace between this token and the previous one. */
	sp: boolean;
	/** Starts with an upper-case letter. */
	cap: boolean;
	/** A newline between this token and the previous one. */
	nl: boolean;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
	return c === 32 || c === 10 || c === 13 || c === 9 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a);
}

const LETTER = /\p{L}|\p{M}/u;

function isLetter(text: string, i: number, c: number): boolean {
	if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
	if (c < 0xc0) return false;
	if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
	// Surrogates (paired or lone) are never letters here: rare in news text,
	// and treating them as punctuation cannot throw.
	if (c >= 0xd800 && c <= 0xdfff) return false;
	return LETTER.test(text[i]);
}

/** Character classes below U+0250, worked out once from the tests above: the tokenizer reads one byte a character. */
const C_OTHER = 0;
const C_SPACE = 1;
const C_NEWLINE = 2;
const C_DIGIT = 3;
const C_LETTER = 4;
const LATIN = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
	LATIN[c] = c === 10 || c === 13 ? C_NEWLINE : isSpace(c) ? C_SPACE : isDigit(c) ? C_DIGIT : isLetter('', 0, c) ? C_LETTER : C_OTHER;
}

/** The class of the character at i (beyond U+024F, the tests themselves). */
function classAt(text: string, i: number, c: number): number {
	if (c < 0x250) return LATIN[c];
	return isSpace(c) ? C_SPACE : isLetter(text, i, c) ? C_LETTER : C_OTHER;
}

/**
 * The tokens of `norm`. `lower` is `norm` lower-cased with the same offsets:
 * as a whole (see `lowerCased`) or unit by unit (lower-units.ts, whose
 * exceptions a word holding one lower-cases on its own). Slicing it saves
 * lower-casing each word again.
 */
export function tokenize(norm: string, lowered: string | LowerUnits | null = null): Tok[] {
	const out: Tok[] = [];
	const lower = lowered === null || typeof lowered === 'string' ? lowered : lowered.text;
	const cursor = lowered !== null && typeof lowered !== 'string' && lowered.exceptions.length > 0 ? new ExceptionCursor(lowered.exceptions) : null;
	const n = norm.length;
	let i = 0;
	let sp = false;
	let nl = false;
	while (i < n) {
		const c = norm.charCodeAt(i);
		const cls = classAt(norm, i, c);
		if (cls === C_SPACE || cls === C_NEWLINE) {
			sp = true;
			if (cls === C_NEWLINE) nl = true;
			i++;
			continue;
		}
		const s = i;
		let k: TokKind;
		if (cls === C_DIGIT) {
			k = 'n';
			i++;
			while (i < n && isDigit(norm.charCodeAt(i))) i++;
		} else if (cls === C_LETTER) {
			k = 'w';
			i++;
			while (i < n) {
				const d = norm.charCodeAt(i);
				if (d < 0x250 ? LATIN[d] !== C_LETTER : !isLetter(norm, i, d)) break;
				i++;
			}
		} else {
			k = 'p';
			i++;
		}
		let w: string;
		let cap = false;
		if (k !== 'w') w = norm.slice(s, i);
		else if (lower !== null && (cursor === null || cursor.clear(s, i))) {
			w = lower.slice(s, i);
			cap = lower.charCodeAt(s) !== c;
		} else {
			const raw = norm.slice(s, i);
			w = raw.toLowerCase();
			cap = w !== raw && raw[0] !== w[0];
		}
		out.push({ s, e: i, w, k, sp, cap, nl });
		sp = false;
		nl = false;
	}
	return out;
}
