import { firstNotBelow, itself } from './bisect';

/**
 * `norm` lower-cased code unit by code unit, for the tokenizers to slice: the
 * same length and offsets as `norm` even when the text holds a unit whose
 * lower case is not one unit of its own: `İ` (two units, `i̇`), `Σ` (`σ` or
 * `ς` by context), a surrogate (an astral letter, or half of one a token may
 * cut). Those units are left as written and listed in `exceptions`; a token
 * holding one is lower-cased on its own, as every token was before.
 *
 * `lowerCased` (clean.ts) gives up on the whole text for one such unit, and
 * then every token of every stage was lower-cased on its own: one Turkish
 * name (`İskenderun`) in a 1 MB text cost each tokenizer that slow path on
 * all its words. Outside the exceptions, lower-casing a unit alone gives what
 * lower-casing its token gives (only `Σ` depends on its neighbours).
 */
export interface LowerUnits {
	text: string;
	/** Offsets of the units left as written, ascending. */
	exceptions: readonly number[];
}

const NONE: readonly number[] = [];

/** Units whose lower case is not one unit of their own, worked out once when first needed (1: exception). */
let exceptionTable: Uint8Array | null = null;

function isException(c: number): boolean {
	if (c < 0x130) return false;
	if (c >= 0xd800 && c <= 0xdfff) return true;
	if (exceptionTable === null) {
		exceptionTable = new Uint8Array(0x10000);
		for (let u = 0x130; u < 0x10000; u++) {
			if (u >= 0xd800 && u <= 0xdfff) continue;
			if (u === 0x3a3 || String.fromCharCode(u).toLowerCase().length !== 1) exceptionTable[u] = 1;
		}
	}
	return exceptionTable[c] === 1;
}

/** `lower`: `lowerCased(norm)` when the caller has it (the whole text lower-cased keeps every offset), else null. */
export function lowerUnits(norm: string, lower: string | null): LowerUnits {
	if (lower !== null) return { text: lower, exceptions: NONE };
	const exceptions: number[] = [];
	let text = '';
	let from = 0;
	for (let k = 0; k < norm.length; k++) {
		if (!isException(norm.charCodeAt(k))) continue;
		// A run free of exceptions keeps its length lower-cased as a whole.
		text += norm.slice(from, k).toLowerCase() + norm[k];
		exceptions.push(k);
		from = k + 1;
	}
	text += norm.slice(from).toLowerCase();
	return { text, exceptions };
}

/**
 * Reads `exceptions` forward for a tokenizer that meets its tokens in text order: `clear(from, to)` says
 * whether [from, to) holds none, each call starting at or after the last one's `from`.
 */
export class ExceptionCursor {
	private readonly exceptions: readonly number[];
	private k: number;

	constructor(exceptions: readonly number[], from = 0) {
		this.exceptions = exceptions;
		this.k = firstNotBelow(exceptions, from, itself);
	}

	clear(from: number, to: number): boolean {
		const ex = this.exceptions;
		if (this.k === ex.length) return true;
		while (this.k < ex.length && ex[this.k] < from) this.k++;
		return this.k === ex.length || ex[this.k] >= to;
	}
}
