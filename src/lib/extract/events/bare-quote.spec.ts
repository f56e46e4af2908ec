import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

function labels(text: string, dates: Array<[string, string]> = []): string[] {
	const doc = makeDoc(text, 'en', '2026-06-09');
	return findEvents(doc, dates.map(([t, v]) => tx(doc, t, v)), []).map((e) => e.label);
}

describe('bareQuoteIncise: a quotation closed by a bare "she said" holds no event', () => {
	it('drops the saying of a quotation', () => {
		expect(labels('Archaeologists lifted the boat on Monday. "It was the van of its day," she said.', [['Monday', '2026-06-08']])).toHaveLength(1);
	});

	it('drops the words of a quotation opened a sentence earlier', () => {
		expect(labels('"We paid the ransom once. We did not do so in this case," she said.')).toEqual([]);
	});

	it('keeps an incise that names an audience and a time', () => {
		const got = labels('"We have dreamed of a night like this," Keating told reporters after the session.');
		expect(got).toHaveLength(1);
	});
});
