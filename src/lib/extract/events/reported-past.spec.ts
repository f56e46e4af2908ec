import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

/** [when, status] of each event, in text order. */
function dates(text: string, lang: 'en' | 'fr', timex: string, value: string): Array<string | null> {
	const doc = makeDoc(text, lang, '2025-09-09');
	return findEvents(doc, [tx(doc, timex, value)], []).map((e) => e.when?.value ?? null);
}

describe('reportsOwnPast: a dated past happening inside a statement is a happening of its own', () => {
	it.each([
		['On Tuesday, police arrested a man. Haddad said the raid had been planned for months and that members of the gang had visited the museum twice in July.', 'en'],
		['Mardi, la police a arrêté un homme. Haddad a déclaré que le vol avait été préparé pendant des mois et que des membres du gang avaient visité le musée deux fois en juillet.', 'fr']
		// (A saying whose first complement is the dated visit itself is that one event: undated-saying.ts.)
	] as const)('the saying keeps the story’s day, the visit its month: %s', (text, lang) => {
		const [, ...rest] = dates(text, lang, lang === 'en' ? 'in July' : 'en juillet', '2025-07');
		expect(rest.sort()).toEqual(['2025-07', '2025-09-09']);
	});

	it('leaves a date on a noun of the report to the statement it completes', () => {
		expect(dates('Haddad announced a visit to the museum in July.', 'en', 'in July', '2025-07')).toEqual(['2025-07']);
	});
});
