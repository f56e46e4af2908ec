/**
 * Names that contain a place but are not one (`Agence France-Presse`, `la
 * Maison Blanche`, lexicon.ts's NOT_PLACES): the token ranges they cover, so
 * that no place name may overlap them.
 *
 * The names are compiled once into word sequences, by first word and
 * longest first, and compared with the tokens word by word: no key string is
 * built per candidate (the keyOf of every length from 9 words down to 2, at
 * every `France`, was ~3.5% of the place stage on the sample article).
 */
import type { Words } from './words';
import { nameKey } from './normalize';
import { NOT_PLACES } from './lexicon';

interface Sequence {
	/** Folded words (a fold holds no space or apostrophe, so a key splits into them one way only). */
	words: string[];
	/** Separator after each word but the last, as a token's joinNext: ' ' or "'". */
	seps: string[];
}

function sequenceOf(key: string): Sequence {
	const words: string[] = [];
	const seps: string[] = [];
	let from = 0;
	for (let k = 0; k < key.length; k++) {
		const c = key.charAt(k);
		if (c !== ' ' && c !== "'") continue;
		words.push(key.slice(from, k));
		seps.push(c);
		from = k + 1;
	}
	words.push(key.slice(from));
	return { words, seps };
}

/** NOT_PLACES by first word, longest first (the longest name at a token wins). */
const BY_FIRST = new Map<string, Sequence[]>();
for (const key of new Set(NOT_PLACES.map(nameKey))) {
	const seq = sequenceOf(key);
	if (seq.words.length < 2) continue;
	const list = BY_FIRST.get(seq.words[0]);
	if (list) list.push(seq);
	else BY_FIRST.set(seq.words[0], [seq]);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

function matchesAt(words: Words, b: number, seq: Sequence): boolean {
	if (b + seq.words.length > words.length) return false;
	for (let d = 1; d < seq.words.length; d++) {
		if (words.joinNext(b + d - 1) !== seq.seps[d - 1] || words.fold(b + d) !== seq.words[d]) return false;
	}
	return true;
}

/** For each token inside a NOT_PLACES name, the token index just past that name; 0 elsewhere. */
export function blockedRanges(words: Words): Int32Array {
	const blockedTo = new Int32Array(words.length);
	for (let b = 0; b < words.length; b++) {
		if (!words.cap(b)) continue;
		const list = BY_FIRST.get(words.fold(b));
		if (list === undefined) continue;
		for (const seq of list) {
			if (!matchesAt(words, b, seq)) continue;
			const n = seq.words.length;
			for (let d = 0; d < n; d++) blockedTo[b + d] = b + n;
			break;
		}
	}
	return blockedTo;
}
