import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { tokenize } from './clauses';
import { outerLocativeAt } from './pp-chain';
import { makeDoc, pl, tx } from './testkit';

/** [trigger, where] of each event, in text order. */
function placed(events: ReturnType<typeof findEvents>): Array<[string | undefined, string | null]> {
	return events.map((e) => [e.trigger?.text, e.where?.name ?? null]);
}

/** The word at the outer preposition found for the preposition `prep` of `text`. */
function outerOf(text: string, prep: string, lang: 'en' | 'fr'): string {
	const toks = tokenize(text, 0, text.length, lang);
	const at = toks.findIndex((t) => t.low === prep);
	return toks[outerLocativeAt(toks, at, lang, new Set())].low;
}

describe('pp-chain: a town completing the noun of a locative phrase', () => {
	it('finds the phrase the town completes, not across a verb, a relative or a conjunction', () => {
		expect(outerOf('told supporters at a hotel in central Lisbon', 'in', 'en')).toBe('at');
		expect(outerOf("s'est tenue au siège de l'entreprise à Saint-Denis", 'à', 'fr')).toBe('au');
		expect(outerOf('rescued people who were in Lisbon', 'in', 'en')).toBe('in');
		expect(outerOf('stayed at home and worked in Lisbon', 'in', 'en')).toBe('in');
		expect(outerOf('Il a dormi à Nice, il a parlé à Lyon', 'à', 'fr')).toBe('à');
	});

	it('places a happening told a long way before the town, at the phrase the town completes', () => {
		const doc = makeDoc('He watched the launch with about 200 employees and guests at a viewing site in Titusville.', 'en', '2025-11-07');
		const ev = findEvents(doc, [], [pl(doc, 'Titusville', 28.61, -80.81)]);
		expect(placed(ev)).toEqual([['watched', 'Titusville']]);
	});

	it('reads the phrase as the setting of a statement', () => {
		const doc = makeDoc('The party leader told cheering supporters at a hotel in central Lisbon late on Sunday night.', 'en', '2026-03-09');
		const ev = findEvents(doc, [tx(doc, 'late on Sunday night', '2026-03-08TNI', { type: 'TIME' })], [pl(doc, 'Lisbon', 38.72, -9.14)]);
		expect(placed(ev)).toEqual([['told', 'Lisbon']]);
	});
});
