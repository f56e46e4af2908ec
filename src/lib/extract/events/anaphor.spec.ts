import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { nounCandidates, placeAnaphors } from './anaphor';
import { makeDoc, pl, tx } from './testkit';

describe('anaphor: `the state`, `la commune` point back to the last place of their kind', () => {
	it('stands in for the last place of the noun’s kind, with its name and point', () => {
		const doc = makeDoc('Assam is flooded every year, unlike Guwahati. In 2022, floods killed 190 people in the state.', 'en', '2025-07-02');
		const places = [pl(doc, 'Assam', 26.2, 92.9, { kind: 'region' }), pl(doc, 'Guwahati', 26.14, 91.74)];
		const stand = placeAnaphors(doc, places).get(1) ?? [];
		expect(stand.map((p) => [p.text, p.name, p.sentence])).toEqual([['the state', 'Assam', 1]]);
	});

	it('knows an island by how the article introduced it, and skips a noun followed by its name', () => {
		const doc = makeDoc('Boats reached the island of Lampedusa on Sunday. Survivors were taken to the island. The city of Derna was hit.', 'en', '2025-10-14');
		const places = [pl(doc, 'Lampedusa', 35.5, 12.6), pl(doc, 'Derna', 32.76, 22.64)];
		const stand = placeAnaphors(doc, places);
		expect((stand.get(1) ?? []).map((p) => p.name)).toEqual(['Lampedusa']);
		expect(stand.get(2)).toBeUndefined();
	});

	it('does not reach further back than two sentences', () => {
		const doc = makeDoc('Il est arrivé à Gaza. Il a vu Doha. Il a parlé. Il a signé. Il est revenu dans la région.', 'fr', '2025-04-10');
		expect(placeAnaphors(doc, [pl(doc, 'Gaza', 31.5, 34.47, { kind: 'region' })]).size).toBe(0);
	});

	it('places a happening told `in the state`', () => {
		const doc = makeDoc('Assam is flooded almost every year. In 2022, floods and landslides killed more than 190 people in the state.', 'en', '2025-07-02');
		const ev = findEvents(doc, [tx(doc, '2022', '2022')], [pl(doc, 'Assam', 26.2, 92.9, { kind: 'region' })]);
		expect(ev.map((e) => [e.when?.value, e.where?.name ?? null])).toContainEqual(['2022', 'Assam']);
	});
});

describe('nounCandidates: one pass for every place noun after a space or an apostrophe', () => {
	const NOUNS = ['state', 'province', 'region', 'région', 'département', 'city', 'town', 'ville', 'commune', 'country', 'pays', 'island', 'île', 'capital', 'capitale'];
	/** The specification: an `indexOf` of each noun through the text, kept where a space or an apostrophe precedes it. */
	function reference(lower: string): Array<[number, string]> {
		const out: Array<[number, string]> = [];
		for (const noun of NOUNS) {
			for (let at = lower.indexOf(noun); at >= 0; at = lower.indexOf(noun, at + noun.length)) {
				const b = lower.charAt(at - 1);
				if (at > 0 && (b === ' ' || b === "'" || b === '’')) out.push([at, noun]);
			}
		}
		return out.sort((a, b) => a[0] - b[0] || a[1].length - b[1].length);
	}
	/** Each position's longest noun: the letter after `capital` in `capitale` rules the shorter one out anyway. */
	function longestAt(list: Array<[number, string]>): Array<[number, string]> {
		const out: Array<[number, string]> = [];
		for (const x of list) {
			if (out.length > 0 && out[out.length - 1][0] === x[0]) out[out.length - 1] = x;
			else out.push(x);
		}
		return out;
	}

	it('finds what an indexOf per noun finds, on random texts of nouns, parts of them and separators', () => {
		const pieces = [...NOUNS, 'capit', 'ale', 'pay', 'sage', 'ville', 'la ', 'le ', 'the ', "l'", 'l’', ' ', "'", '-', 'x', 'é', '\n', 'statement', 'towns'];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 500; n++) {
			let text = '';
			for (let k = 0; k < 12; k++) text += pieces[Math.floor(next() * pieces.length)];
			expect(nounCandidates(text)).toEqual(longestAt(reference(text)));
		}
	});

	it('reads `capitale` whole and `capital` alone', () => {
		expect(nounCandidates("la capitale, the capital's, l'île")).toEqual([
			[3, 'capitale'],
			[17, 'capital'],
			[30, 'île']
		]);
	});
});
