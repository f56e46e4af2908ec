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

export function formIndex(lex: Lexicon): FormIndex {
	let index = formIndexCache.get(lex);
	if (!index) {
		const infos = new Map<string, FormInfo>();
		const keys = new Uint8Array(1 << (FORM_KEY_BITS - 3));
		for (const [form, hits] of lex) {
			infos.set(form, {
				hits,
				saying: hits.some((h) => h.entry.saying && h.tag !== 'noun' && h.tag !== 'inf' && h.tag !== 'ger' && !h.entry.tail),
				verb: hits.some((h) => h.tag === 'fin' || h.tag === 'past' || h.tag === 'fut')
			});
			const key = formKey(form);
			keys[key >>> 3] |= 1 << (key & 7);
		}
		index = { infos, keys };
		formIndexCache.set(lex, index);
	}
	return index;
}

/** The lexicon's reading of a lower-cased word, or undefined. */
export function formOfWord(index: FormIndex, low: string): FormInfo | undefined {
	const key = formKey(low);
	return (index.keys[key >>> 3] & (1 << (key & 7))) === 0 ? undefined : index.infos.get(low);
}
