import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

describe('trigger lexicons: a listing on the stock market is a happening', () => {
	it('reads `went public` and `entrer en Bourse` as events of their own', () => {
		const en = makeDoc('Cascade moved its headquarters to Seattle in 1994 and went public five years later.', 'en', '2025-10-23');
		const whens = findEvents(en, [tx(en, '1994', '1994'), tx(en, 'five years later', '1999')], []).map((e) => [e.trigger.text, e.when?.value]);
		expect(whens).toEqual([
			['moved', '1994'],
			['went public', '1999']
		]);
		const fr = makeDoc('Le groupe est entré en Bourse en 1999.', 'fr', '2025-10-23');
		expect(findEvents(fr, [tx(fr, '1999', '1999')], []).map((e) => e.trigger.text)).toEqual(['entré en Bourse']);
	});

	it('leaves `go` and `entrer` alone without the market', () => {
		const en = makeDoc('The talks will go on until Friday.', 'en', '2025-10-23');
		expect(findEvents(en, [tx(en, 'Friday', '2025-10-24')], []).map((e) => e.trigger.text)).not.toContain('go');
	});
});
