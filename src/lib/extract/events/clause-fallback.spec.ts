import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

describe('clause fallback: a clause with no listed verb reads its verb from its form', () => {
	it('finds the happening of a clause no lexicon word tells, beside a listed one', () => {
		const en = makeDoc('A storm pinned the party in their tents for eleven days; when it cleared, they found that the glacier had advanced.', 'en', '2025-07-02');
		expect(findEvents(en, [], []).map((e) => e.trigger.text)).toEqual(['pinned', 'found']);
		const since = makeDoc('Monsoon rains have pounded the region since June 24, and the weather office warned on Wednesday that more rain was expected.', 'en', '2025-07-02');
		const events = findEvents(since, [tx(since, 'June 24', '2025-06-24'), tx(since, 'Wednesday', '2025-07-02')], []);
		expect(events.map((e) => [e.trigger.text, e.when?.value])).toEqual([
			['pounded', '2025-06-24'],
			['warned', '2025-07-02']
		]);
	});

	it('leaves a clause a listed noun tells, and a subordinate clause, to the lexicon', () => {
		const noun = makeDoc("Monday's first shock was felt as far away as Lebanon.", 'en', '2023-02-07');
		expect(findEvents(noun, [tx(noun, 'Monday', '2023-02-06')], []).map((e) => e.trigger.text)).toEqual(['shock']);
		const sub = makeDoc('Shares of Lakeshore jumped 24% on Tuesday, while Prairie Pacific fell 3% in Toronto.', 'en', '2025-03-05');
		expect(findEvents(sub, [tx(sub, 'Tuesday', '2025-03-04')], []).map((e) => e.trigger.text)).toEqual(['jumped']);
	});
});
