import { isLetterOrNumber, isLowerLetter } from './chars';

/**
 * The words `text` writes in lower case (every match of
 * `/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}-]*\/gu`), as offsets into `text` in an
 * open-addressing hash table rather than a Set of strings: on the 1 MB text
 * the Set took a slice of every lower-case word (~150k strings) to keep a
 * few tens of thousands, and all of it was garbage once the stage was done.
 * A word is compared with the text where it occurs, never copied.
 */
export class LowerWordTable {
	private readonly text: string;
	/** Start offset + 1 of the word in each slot (0: empty), its length and hash. */
	private starts: Int32Array;
	private lengths: Int32Array;
	private hashes: Int32Array;
	private mask: number;
	private size = 0;

	constructor(text: string) {
		this.text = text;
		this.starts = new Int32Array(1024);
		this.lengths = new Int32Array(1024);
		this.hashes = new Int32Array(1024);
		this.mask = 1023;
		this.scan();
	}

	has(word: string): boolean {
		const n = word.length;
		if (n === 0) return false;
		const h = hashOf(word, 0, n);
		for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
			const at = this.starts[slot];
			if (at === 0) return false;
			if (this.hashes[slot] === h && this.lengths[slot] === n && this.text.startsWith(word, at - 1)) return true;
		}
	}

	/** One scan of code points, as `lowerCaseWords` did: each match's run ends on a character that is neither letter, number nor `-`. */
	private scan(): void {
		const text = this.text;
		const n = text.length;
		let prevLN = false;
		let i = 0;
		while (i < n) {
			const cp = text.codePointAt(i)!;
			const w = cp > 0xffff ? 2 : 1;
			if (!prevLN && isLowerLetter(cp)) {
				let j = i + w;
				while (j < n) {
					const c = text.codePointAt(j)!;
					if (c === 45 || isLetterOrNumber(c)) j += c > 0xffff ? 2 : 1;
					else break;
				}
				this.add(i, j - i);
				prevLN = false;
				i = j;
				continue;
			}
			prevLN = isLetterOrNumber(cp);
			i += w;
		}
	}

	private add(start: number, n: number): void {
		const text = this.text;
		const h = hashOf(text, start, n);
		let slot = h & this.mask;
		for (; this.starts[slot] !== 0; slot = (slot + 1) & this.mask) {
			if (this.hashes[slot] === h && this.lengths[slot] === n && sameAt(text, this.starts[slot] - 1, start, n)) return;
		}
		this.starts[slot] = start + 1;
		this.lengths[slot] = n;
		this.hashes[slot] = h;
		// At most half full, so that probes stay short.
		if (++this.size * 2 > this.mask) this.grow();
	}

	private grow(): void {
		const { starts, lengths, hashes } = this;
		const cap = starts.length * 2;
		this.starts = new Int32Array(cap);
		this.lengths = new Int32Array(cap);
		this.hashes = new Int32Array(cap);
		this.mask = cap - 1;
		for (let k = 0; k < starts.length; k++) {
			if (starts[k] === 0) continue;
			let slot = hashes[k] & this.mask;
			while (this.starts[slot] !== 0) slot = (slot + 1) & this.mask;
			this.starts[slot] = starts[k];
			this.lengths[slot] = lengths[k];
			this.hashes[slot] = hashes[k];
		}
	}
}

/** FNV-1a of the code units s[from, from + n). */
function hashOf(s: string, from: number, n: number): number {
	let h = 0x811c9dc5;
	for (let k = from; k < from + n; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
	return h;
}

function sameAt(text: string, a: number, b: number, n: number): boolean {
	for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
	return true;
}
