/**
 * The event lexicon's forms as the stage reads them, word by word: one
 * look-up per word of every sentence gives its readings and whether it is a
 * finite verb (of saying), with a bit filter in front of the map that turns
 * most words away without hashing them.
 */
import type { FormHit, Lexicon } from './lexicon';

/** What the stage asks of a word form: its lexicon readings and the two tests `markClauses` makes. */
export interface FormInfo {
	hits: FormHit[];
	/** A finite form of a verb of saying (not a noun, infinitive, gerund or tail). */
	saying: boolean;
	/** A finite, past or future verb form. */
	verb: boolean;
}

/**
 * The lexicon's forms read for the stage: one look-up per word of every sentence answers all three
 * questions (readings, saying, verb), read off the lexicon once rather than asked of three maps per token.
 */
interface FormIndex {
	infos: Map<string, FormInfo>;
	/** Bit `formKey(w)` is set for every form `w`: a word whose bit is clear is not in `infos`. */
	keys: Uint8Array;
	/** The same with `secondKey(w)`: a word must pass both (see `secondKey`). */
	keys2: Uint8Array;
}

const formIndexCache = new WeakMap<Lexicon, FormIndex>();

const FORM_KEY_BITS = 16;

/**
 * A 16-bit digest of a word's length, two first and last code units. The lexicon holds thousands of forms:
 * looking every word of every sentence up in it was the stage's costliest line (10% of its time, the map and
 * its keys out of cache); 8 KB of bits rule out most words (`le`, `de`, names, numbers) before it.
 */
function formKey(w: string): number {
	const n = w.length;
	const h = (n * 31 + w.charCodeAt(0) * 977 + w.charCodeAt(n > 1 ? 1 : 0) * 131 + w.charCodeAt(n - 1) * 7919) >>> 0;
	return (h ^ (h >>> FORM_KEY_BITS)) & ((1 << FORM_KEY_BITS) - 1);
}

/**
 * A second digest, independent of `formKey` (multiplicative mixing of the length and the first two and
 * last two code units). One filter lets a fixed share of words through to the map whatever they are, and
 * an article's most frequent words decide what that costs: in the dev articles `la` and `au` fell on set
 * bits of the first, and 13% of French words were looked up in vain. A word must pass both, as in a Bloom
 * filter of two hashes: the few words that still pass by chance cost a map look-up each, as before.
 */
function secondKey(w: string): number {
	const n = w.length;
	let h = Math.imul(n, 0x9e3779b1) ^ w.charCodeAt(0);
	h = Math.imul(h, 0x85ebca6b) ^ w.charCodeAt(n > 1 ? 1 : 0);
	h = Math.imul(h, 0xc2b2ae35) ^ w.charCodeAt(n - 1);
	h = Math.imul(h, 0x27d4eb2f) ^ w.charCodeAt(n > 1 ? n - 2 : 0);
	h ^= h >>> 15;
	h = Math.imul(h, 0x2c1b3c6d);
	h ^= h >>> 13;
	return h & ((1 << FORM_KEY_BITS) - 1);
}

export function formIndex(lex: Lexicon): FormIndex {
	let index = formIndexCache.get(lex);
	if (!index) {
		const infos = new Map<string, FormInfo>();
		const keys = new Uint8Array(1 << (FORM_KEY_BITS - 3));
		const keys2 = new Uint8Array(1 << (FORM_KEY_BITS - 3));
		for (const [form, hits] of lex) {
			infos.set(form, {
				hits,
				saying: hits.some((h) => h.entry.saying && h.tag !== 'noun' && h.tag !== 'inf' && h.tag !== 'ger' && !h.entry.tail),
				verb: hits.some((h) => h.tag === 'fin' || h.tag === 'past' || h.tag === 'fut')
			});
			const key = formKey(form);
			keys[key >>> 3] |= 1 << (key & 7);
			const key2 = secondKey(form);
			keys2[key2 >>> 3] |= 1 << (key2 & 7);
		}
		index = { infos, keys, keys2 };
		formIndexCache.set(lex, index);
	}
	return index;
}

/** The lexicon's reading of a lower-cased word, or undefined. */
export function formOfWord(index: FormIndex, low: string): FormInfo | undefined {
	const key = formKey(low);
	if ((index.keys[key >>> 3] & (1 << (key & 7))) === 0) return undefined;
	const key2 = secondKey(low);
	return (index.keys2[key2 >>> 3] & (1 << (key2 & 7))) === 0 ? undefined : index.infos.get(low);
}
