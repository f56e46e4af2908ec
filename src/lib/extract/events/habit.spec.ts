import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

describe('dropHabits: a present with `every year` tells a habit, not a happening', () => {
	it('makes no event of a recurring present, in English and French', () => {
		const en = makeDoc('Assam is flooded almost every year during the monsoon season.', 'en', '2025-07-02');
		expect(findEvents(en, [tx(en, 'every year', 'P1Y', { type: 'SET' })], [])).toEqual([]);
		const fr = makeDoc('La vallée est inondée chaque été.', 'fr', '2026-07-22');
		expect(findEvents(fr, [tx(fr, 'chaque été', 'XXXX-SU', { type: 'SET' })], [])).toEqual([]);
	});

	it('keeps the past, and a present without a recurring time', () => {
		const past = makeDoc('The river flooded the town every summer.', 'en', '2025-07-02');
		expect(findEvents(past, [tx(past, 'every summer', 'XXXX-SU', { type: 'SET' })], [])).toHaveLength(1);
		const once = makeDoc('Assam is flooded again.', 'en', '2025-07-02');
		expect(findEvents(once, [], [])).toHaveLength(1);
	});
});
