import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

describe('oneDraftPerReport: a statement told for a happening already told is not a second event', () => {
	it('keeps one event for the reported happening, with the place', () => {
		const text =
			'Midland fans set off on Monday. The club said 14 charter flights would leave Birmingham Airport on Tuesday, while hundreds of fans were travelling by road and ferry through Italy.';
		const doc = makeDoc(text, 'en', '2025-05-19');
		const ev = findEvents(doc, [tx(doc, 'Monday', '2025-05-19'), tx(doc, 'Tuesday', '2025-05-20')], [pl(doc, 'Birmingham', 52.48, -1.9), pl(doc, 'Italy', 41.9, 12.5, { kind: 'country' })]);
		const travelling = ev.filter((e) => e.trigger?.text === 'travelling');
		expect(travelling).toHaveLength(1);
		expect(travelling[0].where?.name).toBe('Italy');
	});
});
