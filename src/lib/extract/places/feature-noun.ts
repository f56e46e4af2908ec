/**
 * Places named with their noun: islands (`Likoma Island`, `Tory Island`) and
 * administrative areas (`Gorkha district`, `Mineral County`, `Cundinamarca
 * province`). The noun after a capitalised name says the name is a place, so:
 *  - a run of capitalised words closed by an island noun is never a person's
 *    name (`Likoma Island` is not `Chelsea Clinton`: the word before stays a
 *    place in the whole story);
 *  - an island or area the gazetteer does not know is a site, placed like the
 *    other unlisted sites at the place the story names beside it (cities500
 *    holds towns, not islands or counties).
 * A name the gazetteer knows keeps its own reading: `Rhode Island` as a
 * whole, `Likoma` (the island's town, which lies on it), `Hatay province`.
 */
import type { Words } from './words';

/** Nouns after a name that make it an island. */
export const ISLAND_TAILS = new Set(['island', 'isle', 'islands', 'islet']);

/** Nouns after a name that make it an administrative area (`Gorkha district`). */
export const AREA_TAILS = new Set(['district', 'province', 'county']);

/** Words that open a capitalised run without being part of the name (`On Tory Island`, `The …`). */
const NOT_A_NAME_START = new Set(['on', 'in', 'at', 'the', 'to', 'from', 'off', 'near', 'of', 'and', 'a', 'an', 'for', 'by', 'with', 'as', 'but']);

/**
 * Token count of `X Island` / `X Y district` starting at token i when the name
 * before the noun is one the gazetteer does not know (`known(i, n)` says
 * whether tokens [i, i+n) are a name), else 0.
 */
export function unknownFeatureRun(words: Words, i: number, known: (first: number, n: number) => boolean): number {
	if (!words.cap(i) || NOT_A_NAME_START.has(words.fold(i))) return 0;
	for (let n = 2; n <= 3 && i + n <= words.length; n++) {
		const last = i + n - 1;
		if (words.joinNext(last - 1) === null) return 0;
		const tail = words.fold(last);
		// `Kurigram district`, `Cundinamarca province`, `Mineral County`: the press writes these tails either way.
		if (!words.cap(last)) {
			if (!AREA_TAILS.has(tail)) return 0;
		} else if (!ISLAND_TAILS.has(tail) && !AREA_TAILS.has(tail)) continue;
		// A capitalised word at a sentence start may be any word (`Police district`); an island noun says more.
		if (words.initial(i) && !ISLAND_TAILS.has(tail)) return 0;
		// `Rhode Island`, `Long Island`: the whole name is the gazetteer's; `Likoma Island`: the island's town is.
		if (known(i, n) || known(i, n - 1)) return 0;
		return n;
	}
	return 0;
}
