import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { impactVerb } from './impact-verbs';
import { makeDoc, pl } from './testkit';

describe('impact verbs: their direct object is the place', () => {
	it('knows the verbs by their forms, not words that merely start alike', () => {
		for (const w of ['swamped', 'inundated', 'submerged', 'engulfed', 'ravagé', 'inondé', 'dévasté', 'devastated']) expect(impactVerb(w)).toBe(true);
		for (const w of ['said', 'swam', 'inform', 'rang']) expect(impactVerb(w)).toBe(false);
	});

	it('places a flood at the ground it swamped, past a partitive', () => {
		const doc = makeDoc('The floods have also swamped large parts of Kaziranga National Park.', 'en', '2025-07-03');
		const ev = findEvents(doc, [], [pl(doc, 'Kaziranga National Park', 26.58, 93.17, { kind: 'region' })]);
		expect(ev.map((e) => e.where?.name ?? null)).toEqual(['Kaziranga National Park']);
	});
});
