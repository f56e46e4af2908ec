import { describe, expect, it } from 'vitest';
import { apposed, conjoinedWithPrevious, listNeighbours } from './evidence';
import { recognize } from './recognize';
import { makeDoc, testGazetteer } from './test-gazetteer';

const g = testGazetteer();
const mentionsOf = (text: string) => {
	const doc = makeDoc(text, 'en');
	return { doc, mentions: recognize(doc, g).mentions };
};

describe('apposed', () => {
	const cases: [string, string | null][] = [
		['an event in Paris, Texas, near the border', 'Texas'],
		['a ship heading for Bath, in the United Kingdom', 'United Kingdom'],
		['Paris and Texas', null],
		['Paris; Texas', null]
	];
	it.each(cases)('%s', (text, expected) => {
		const { doc, mentions } = mentionsOf(text);
		const j = apposed(doc.norm, mentions, 0);
		expect(j < 0 ? null : mentions[j].text).toBe(expected);
	});
});

describe('listNeighbours', () => {
	const cases: [string, number, string[]][] = [
		['in Bath and Manchester', 0, ['Manchester']],
		['Paris, Cannes et Nice', 1, ['Paris', 'Nice']],
		['Paris said Manchester', 0, []]
	];
	it.each(cases)('%s', (text, i, expected) => {
		const { doc, mentions } = mentionsOf(text);
		expect(listNeighbours(doc.norm, mentions, i).map((j) => mentions[j].text)).toEqual(expected);
	});
});

describe('conjoinedWithPrevious', () => {
	const cases: [string, boolean[]][] = [
		['in Bath and Manchester', [false, true]],
		// A comma joins names when the list goes on to a conjunction…
		['à Paris, Cannes et Nice', [false, true, true]],
		// …but alone it is a town and its region, or two clauses.
		['an event in Paris, Texas, near the border', [false, false]],
		['in Bath, Manchester said', [false, false]],
		['Paris said Manchester', [false, false]]
	];
	it.each(cases)('%s', (text, expected) => {
		const { doc, mentions } = mentionsOf(text);
		expect(conjoinedWithPrevious(doc.norm, mentions)).toEqual(expected);
	});
});
