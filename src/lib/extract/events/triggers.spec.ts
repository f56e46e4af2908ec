import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

/** Sentences whose only happening is told by an irregular verb the generic guess cannot read (`rebuilt`, `fait irruption`). */
describe('trigger lexicons: irregular verbs of classes the gold marks', () => {
	it.each([
		['Two years later, the owner rebuilt the embankment in 1998.', 'en', 'in 1998', '1998'],
		['Trois hommes armés avaient fait irruption dans la boutique le 14 mai.', 'fr', 'le 14 mai', '2025-05-14']
	] as const)('%s', (text, lang, timex, value) => {
		const doc = makeDoc(text, lang, '2025-09-09');
		const ev = findEvents(doc, [tx(doc, timex, value)], []);
		expect(ev.map((e) => e.when?.value)).toEqual([value]);
	});
});

/** British spellings: `cancel` doubles its `l` (`cancelled`), which the regular English forms do not make. */
describe('trigger lexicons: British forms', () => {
	it('reads cancelled as the happening, not the incise that reports it', () => {
		const text = 'Hospitals in Leeds have cancelled more than 600 operations since Monday night, health bosses have said.';
		const doc = makeDoc(text, 'en', '2026-09-17');
		const ev = findEvents(doc, [tx(doc, 'Monday night', '2026-09-14TNI')], []);
		expect(ev.map((e) => e.trigger?.text)).toEqual(['cancelled']);
	});
});
