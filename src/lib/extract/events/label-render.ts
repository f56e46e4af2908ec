import type { Tok } from './clauses';
import { isSpace } from '../chars';

/**
 * Label text from kept tokens: the runs of contiguous tokens as the article
 * writes them, joined by one space, whitespace squeezed; and the same length
 * counted without making the string, for cutting a label to fit.
 */

/**
 * Render kept token runs as text: contiguous tokens keep their original spacing, squeezed. A token holds
 * no whitespace (see `renderedLength`), so when every gap inside a run is one plain space there is nothing
 * to squeeze, and the string is not read again to find that out (the usual case).
 */
export function render(toks: Tok[], keep: number[], text: string): string {
	// No closure per call: labels render many times while they are cut to length.
	let out = '';
	let runStart = -1;
	let prev = -2;
	let plain = true;
	for (const k of keep) {
		if (k !== prev + 1) {
			if (runStart >= 0) out += (out ? ' ' : '') + text.slice(toks[runStart].start, toks[prev].end);
			runStart = k;
		} else if (plain) {
			const gap = toks[prev].end;
			plain = toks[k].start === gap || (toks[k].start === gap + 1 && text.charCodeAt(gap) === 32);
		}
		prev = k;
	}
	if (runStart >= 0) out += (out ? ' ' : '') + text.slice(toks[runStart].start, toks[prev].end);
	return plain ? out : squeezeSpaces(out);
}

/**
 * `render(toks, keep.slice(0, n), text).length`, counted without making the string: a label is cut to
 * length by trying several token counts, and building, joining and squeezing each try was a quarter of
 * the label's time. A token holds no whitespace (tokens are what lies between spaces of `norm`, and no
 * fold of clean.ts makes a space of a non-space), so it counts its length; only the gaps between
 * contiguous tokens are read: each whitespace run there counts one space (`\u200b` is a space in `norm`
 * and not in `text`). Separate runs are joined by one space; none at either end, as `squeezeSpaces` does.
 */
export function renderedLength(toks: Tok[], keep: number[], n: number, text: string): number {
	let len = 0;
	let gap = false;
	for (let i = 0; i < n; i++) {
		const t = toks[keep[i]];
		if (i > 0) {
			if (keep[i] !== keep[i - 1] + 1) gap = true;
			else
				for (let p = toks[keep[i - 1]].end; p < t.start; p++) {
					if (isSpace(text.charCodeAt(p))) gap = true;
					else {
						if (gap) len++;
						gap = false;
						len++;
					}
				}
		}
		if (gap && len > 0) len++;
		gap = false;
		len += t.end - t.start;
	}
	return len;
}

/**
 * `s.replace(/\s+/g, ' ').trim()`, returning `s` itself when that changes
 * nothing (the usual case: single spaces between words), without the regex.
 */
export function squeezeSpaces(s: string): string {
	const n = s.length;
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i);
		if (isSpace(c) && (c !== 32 || i === 0 || i === n - 1 || isSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ').trim();
	}
	return s;
}

/** `s.replace(/[\s,;:–—-]+$/, '')`, read backwards instead of tried at every position of every label. */
export function dropTrailingPunctuation(s: string): string {
	let e = s.length;
	while (e > 0) {
		const c = s.charCodeAt(e - 1);
		if (c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 45 || isSpace(c)) e--;
		else break;
	}
	return e === s.length ? s : s.slice(0, e);
}
