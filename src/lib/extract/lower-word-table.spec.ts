import { describe, expect, it } from 'vitest';
import { LowerWordTable } from './lower-word-table';

/** The definition the table holds. */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}-]*/gu;

const PIECES = ['a', 'b', 'é', 'A', 'É', '1', '-', ' ', "'", '.', 'ab', 'le', 'x-y', 'ſ', 'ß', '😀', '𝑎', '\n', '\ud800'];

describe('LowerWordTable', () => {
	it('holds exactly the regex matches, on generated texts with surrogates', () => {
		let x = 11;
		const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let n = 0; n < 300; n++) {
			let text = '';
			const len = 1 + Math.floor(next() * 40);
			for (let k = 0; k < len; k++) text += PIECES[Math.floor(next() * PIECES.length)];
			const expected = new Set(text.match(LOWER_WORD) ?? []);
			const table = new LowerWordTable(text);
			const asked = new Set(['']);
			for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= Math.min(text.length, i + 8); j++) asked.add(text.slice(i, j));
			for (const w of asked) expect(table.has(w), `${JSON.stringify(w)} in ${JSON.stringify(text)}`).toBe(expected.has(w));
		}
	});

	it('keeps every word as it grows', () => {
		const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}x`);
		const table = new LowerWordTable(words.join(' ') + ' Capital');
		for (const w of words) expect(table.has(w)).toBe(true);
		expect(table.has('capital')).toBe(false);
		expect(table.has('wzzzzx')).toBe(false);
	});
});
