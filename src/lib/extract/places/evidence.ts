/**
 * What the words around a name say about it being a place, beyond the cue
 * before it: a name in a list of places (`Reading and Bath`, `Nice, Cannes
 * et Antibes`) and a name followed by its region or country (`Paris,
 * Texas`, `Mobile, Alabama`). Pure functions of the mentions and the
 * normalised text; resolve.ts weighs them.
 */
import type { Mention } from './recognize';

/** Separators of two names in a list (the text between them, normalised). */
const LIST_SEPARATORS = new Set([', ', ' and ', ' et ', ' or ', ' ou ', ', and ', ', et ', ' & ']);

/** What may stand between a town and its region: `Paris, Texas`,
 * `Split, in Croatia`, `Orange, dans le Vaucluse`, `Valence (Drôme)`. */
const APPOSITION = /^(?:, (?:(?:in|en|au|aux|dans) (?:the |le |la |les |l')?)?| \()$/;

/** Index of the mention right after mentions[i] across an apposition, or -1. */
export function apposed(norm: string, mentions: readonly Mention[], i: number): number {
	const next = mentions[i + 1];
	if (!next || !APPOSITION.test(norm.slice(mentions[i].end, next.start))) return -1;
	return i + 1;
}

/** Indices of the mentions that share a list with mentions[i]: the one
 * before and the one after, when the text between is a list separator. */
export function listNeighbours(norm: string, mentions: readonly Mention[], i: number): number[] {
	const out: number[] = [];
	const prev = mentions[i - 1];
	const next = mentions[i + 1];
	if (prev && LIST_SEPARATORS.has(norm.slice(prev.end, mentions[i].start))) out.push(i - 1);
	if (next && LIST_SEPARATORS.has(norm.slice(mentions[i].end, next.start))) out.push(i + 1);
	return out;
}

/**
 * For each mention, whether it is in a list closed by a conjunction (`Nice, Cannes et Antibes`, `Dhubri and
 * Goalpara`) after the mention before it: a cue before the list is then every name's in it. A comma alone
 * does not make a list (`Cape Canaveral, Fla.`, `Paris, Texas` are a town and its region).
 */
export function conjoinedWithPrevious(norm: string, mentions: readonly Mention[]): boolean[] {
	const out = mentions.map(() => false);
	// Right to left: a comma joins two names when the list goes on to a conjunction.
	let closed = false;
	for (let i = mentions.length - 1; i > 0; i--) {
		const sep = norm.slice(mentions[i - 1].end, mentions[i].start);
		if (!LIST_SEPARATORS.has(sep)) {
			closed = false;
			continue;
		}
		if (sep !== ', ') closed = true;
		out[i] = closed;
	}
	return out;
}
