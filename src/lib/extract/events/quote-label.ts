import type { Tok } from './clauses';
import { isSpace } from '../chars';
import { squeezeSpaces } from './label-render';

/**
 * What a statement's label says when its sentence quotes the speaker:
 * `Il a ajouté` and `Lankov a déclaré` tell a reader only that someone
 * spoke; `Lankov a déclaré : « La principale préoccupation du gouvernement
 * russe… »` tells what. The quotation is the one beside the verb of saying
 * (after its colon, `a déclaré : « … »`, or before the incise, `« … », a
 * déclaré X`), opening words first, cut between words to the room left.
 */

/** Each opening mark's closing one, and back: a quotation nested inside (`« … “ … ” … »`) is not the one that closes. */
const CLOSER: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
const OPENER: Record<string, string> = { '»': '«', '”': '“', '"': '"' };
/** Quotation marks, opening and closing (label.ts keeps a quotation whole by them too). */
export const OPEN = new Set(Object.keys(CLOSER));
export const CLOSE = new Set(Object.keys(OPENER));
/** Below this many characters a quotation says too little to be worth its marks. */
const MIN_ROOM = 24;

/** The quotation opened right after `k` (`: « …`, `: "…`), as [open, close] token indexes, or null. */
export function quotationAfter(toks: Tok[], k: number): [number, number] | null {
	let o = k;
	if (o < toks.length && toks[o].low === ':') o++;
	if (o >= toks.length || !OPEN.has(toks[o].low)) return null;
	const close = CLOSER[toks[o].low];
	for (let q = o + 1; q < toks.length; q++) if (toks[q].low === close) return q > o + 1 ? [o, q] : null;
	return null;
}

/** The quotation that closes at or just before `boundary` (`« … », a déclaré`, `"…," said`), or null. */
export function quotationBefore(toks: Tok[], boundary: number): [number, number] | null {
	let c = boundary;
	// `»,` or `,"`: the comma may sit on either side of the closing mark.
	if (c >= 0 && !CLOSE.has(toks[c].low)) c--;
	if (c < 1 || !CLOSE.has(toks[c].low)) return null;
	const open = OPENER[toks[c].low];
	for (let o = c - 1; o >= 0; o--) if (toks[o].low === open) return o < c - 1 ? [o, c] : null;
	return null;
}

/**
 * The quotation's words in its own marks, in at most `room` characters: whole
 * if it fits, else cut at the last word boundary that fits and not after a
 * function word (`isDangling`), with an ellipsis inside the marks. Null when
 * the room is too small to say anything.
 */
export function quotationSnippet(text: string, toks: Tok[], [o, c]: [number, number], room: number, isDangling: (low: string) => boolean): string | null {
	const open = text.slice(toks[o].start, toks[o].end);
	const close = text.slice(toks[c].start, toks[c].end);
	// French marks take a space inside them; English ones none.
	const pad = open === '«' ? ' ' : '';
	const inner = room - open.length - close.length - 2 * pad.length;
	if (inner < MIN_ROOM) return null;
	const body = withoutTrailing(squeezeSpaces(text.slice(toks[o].end, toks[c].start)), false);
	if (!body) return null;
	if (body.length <= inner) return `${open}${pad}${body}${pad}${close}`;
	// The last words that fit with the ellipsis, ending on a word that carries meaning.
	const words = body.slice(0, inner).split(' ');
	words.pop(); // cut inside it, or the space before the next
	while (words.length > 1 && isDangling(words[words.length - 1].toLowerCase())) words.pop();
	const cut = withoutTrailing(words.join(' '), true);
	return cut.length >= MIN_ROOM / 2 ? `${open}${pad}${cut}…${pad}${close}` : null;
}

/**
 * `s.replace(/[\s,;:.]+$/, '')`, or with `dashes` `s.replace(/[\s,;:.–—-]+$/, '')`, read backwards: the
 * regex was tried at every position of the quotation.
 */
export function withoutTrailing(s: string, dashes: boolean): string {
	let e = s.length;
	while (e > 0) {
		const c = s.charCodeAt(e - 1);
		if (c === 44 || c === 59 || c === 58 || c === 46 || isSpace(c) || (dashes && (c === 0x2013 || c === 0x2014 || c === 45))) e--;
		else break;
	}
	return e === s.length ? s : s.slice(0, e);
}

/** `label : « … »` in French, `label: "…"` in English. */
export function withQuotation(label: string, snippet: string, lang: 'fr' | 'en'): string {
	return `${label}${lang === 'fr' ? ' : ' : ': '}${snippet}`;
}
