import { describe, expect, it } from 'vitest';
import { eventsBySentence, layoutText, piecesOf } from './text-segments';
import { FACTS, TEXT, TIMEXES } from './fixture';

describe('layoutText', () => {
	const paragraphs = layoutText(TEXT, FACTS);

	it('keeps paragraphs and the sentences in them', () => {
		expect(paragraphs.map((p) => p.sentences.map((s) => s.sentence.index))).toEqual([[0], [1, 2], [3], [4]]);
	});

	it('keeps the space between sentences of a paragraph', () => {
		expect(paragraphs[1].sentences[1].lead).toBe(' ');
		expect(paragraphs[1].sentences[0].lead).toBe('');
	});

	it('gives back the text exactly, pieces end to end', () => {
		for (const p of paragraphs)
			for (const s of p.sentences) {
				expect(s.pieces.map((x) => x.text).join('')).toBe(TEXT.slice(s.sentence.start, s.sentence.end));
			}
	});

	it('marks dates and places inside their sentence', () => {
		const pieces = paragraphs[0].sentences[0].pieces;
		expect(pieces.map((p) => [p.kind, p.text])).toEqual([
			['plain', 'Kim left '],
			['place', 'Pyongyang'],
			['plain', ' station on '],
			['timex', 'Sunday evening'],
			['plain', '.']
		]);
	});

	it('ties each sentence to the events it tells, main sentence or not', () => {
		expect(paragraphs[0].sentences[0].eventIds).toEqual(['e1', 'e5']);
		expect(paragraphs[3].sentences[0].eventIds).toEqual(['e5']);
		expect(eventsBySentence(FACTS).get(2)).toEqual(['e3']);
	});

	it('falls back to blank-line paragraphs when there are no sentences', () => {
		const raw = layoutText('One.\n\n  Two.  \n\n\n', { sentences: [], timexes: [], places: [], events: [] });
		expect(raw.map((p) => p.plain)).toEqual(['One.', 'Two.']);
	});
});

describe('piecesOf', () => {
	const t = TIMEXES[0];
	it('drops a mark that overlaps an earlier one', () => {
		const marks = [
			{ start: 0, end: 5, kind: 'timex' as const, timex: t },
			{ start: 3, end: 8, kind: 'timex' as const, timex: t }
		];
		expect(piecesOf('abcdefghij', 0, 10, marks).map((p) => p.text)).toEqual(['abcde', 'fghij']);
	});
	it('ignores marks that leave the range', () => {
		const marks = [{ start: 8, end: 12, kind: 'timex' as const, timex: t }];
		expect(piecesOf('abcdefghijkl', 0, 10, marks)).toEqual([{ kind: 'plain', text: 'abcdefghij' }]);
	});
});
