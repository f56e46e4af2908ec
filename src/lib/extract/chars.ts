/**
 * Unicode character classes by code point, for hot loops that would otherwise
 * run a `\p{…}` regex at every position. ASCII is decided by comparisons;
 * anything else is classified once by the regexes themselves and remembered,
 * so the answers are exactly those of the `u`-flag regexes they replace.
 */

const LETTER = 1;
const NUMBER = 2;
const LOWER = 4;
const UPPER = 8;
const LN_I = 16;
const WORD_I = 32;
const SPACE = 64;
const KNOWN = 128;
const MARK = 256;

const RE_L = /^\p{L}$/u;
const RE_N = /^\p{N}$/u;
const RE_LL = /^\p{Ll}$/u;
const RE_LU = /^\p{Lu}$/u;
const RE_LN_I = /^[\p{L}\p{N}]$/iu;
const RE_WORD_I = /^\w$/iu;
const RE_SPACE = /^\s$/u;
const RE_M = /^\p{M}$/u;

/** BMP classes, filled lazily (0 = not yet looked at). */
const bmp = new Uint16Array(0x10000);
const astral = new Map<number, number>();

function classify(cp: number): number {
	const ch = String.fromCodePoint(cp);
	let f = KNOWN;
	if (RE_L.test(ch)) f |= LETTER;
	if (RE_N.test(ch)) f |= NUMBER;
	if (RE_LL.test(ch)) f |= LOWER;
	if (RE_LU.test(ch)) f |= UPPER;
	if (RE_LN_I.test(ch)) f |= LN_I;
	if (RE_WORD_I.test(ch)) f |= WORD_I;
	if (RE_SPACE.test(ch)) f |= SPACE;
	if (RE_M.test(ch)) f |= MARK;
	return f;
}

function flags(cp: number): number {
	if (cp < 0x10000) {
		let f = bmp[cp];
		if (f === 0) bmp[cp] = f = classify(cp);
		return f;
	}
	let f = astral.get(cp);
	if (f === undefined) astral.set(cp, (f = classify(cp)));
	return f;
}

/** `\p{L}|\p{N}` (code point). */
export function isLetterOrNumber(cp: number): boolean {
	if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
	return (flags(cp) & (LETTER | NUMBER)) !== 0;
}

/** `[\p{L}\p{N}]` under the `iu` flags (case folding adds a few, e.g. U+0345). */
export function isLetterOrNumberI(cp: number): boolean {
	if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
	return (flags(cp) & LN_I) !== 0;
}

/** `\w` under the `iu` flags, as `\b` sees it (adds U+017F and U+212A). */
export function isWordCharI(cp: number): boolean {
	if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95;
	return (flags(cp) & WORD_I) !== 0;
}

/** `\s` (code unit or code point). */
export function isSpace(cp: number): boolean {
	if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
	return (flags(cp) & SPACE) !== 0;
}

/** `[\p{L}\p{M}\p{N}]` (code point). */
export function isLetterMarkOrNumber(cp: number): boolean {
	if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
	return (flags(cp) & (LETTER | MARK | NUMBER)) !== 0;
}

/** `\p{L}` (code point). */
export function isLetter(cp: number): boolean {
	if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
	return (flags(cp) & LETTER) !== 0;
}

/** `\p{Ll}` (code point). */
export function isLowerLetter(cp: number): boolean {
	if (cp < 128) return cp >= 97 && cp <= 122;
	return (flags(cp) & LOWER) !== 0;
}

/** `\p{Lu}` (code point). */
export function isUpperLetter(cp: number): boolean {
	if (cp < 128) return cp >= 65 && cp <= 90;
	return (flags(cp) & UPPER) !== 0;
}

/** `/[\p{L}\p{N}]/u.test(s)`: some letter or number in `s`. */
export function hasLetterOrNumber(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const cp = s.codePointAt(i)!;
		if (isLetterOrNumber(cp)) return true;
		if (cp > 0xffff) i++;
	}
	return false;
}

/** `/^\p{Lu}/u.test(s)`. */
export function startsUpper(s: string): boolean {
	return s.length > 0 && isUpperLetter(s.codePointAt(0)!);
}

/** `/^\p{Ll}/u.test(s)`. */
export function startsLower(s: string): boolean {
	return s.length > 0 && isLowerLetter(s.codePointAt(0)!);
}

