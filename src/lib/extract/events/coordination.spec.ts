import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

describe('foldElidedSubject: `X did this and did that` tells one happening', () => {
	it('makes one event of two verbs sharing their subject and date', () => {
		const en = makeDoc('In October 2013, a fishing boat caught fire and sank less than a kilometre from its shore.', 'en', '2025-10-13');
		expect(findEvents(en, [tx(en, 'October 2013', '2013-10')], []).map((e) => e.when?.value)).toEqual(['2013-10']);
		const en2 = makeDoc('The rocket lifted off at 3:12 a.m. and released the lander 45 minutes later.', 'en', '2025-11-06');
		expect(findEvents(en2, [tx(en2, '3:12 a.m.', '2025-11-06T03:12')], []).map((e) => e.when?.value)).toEqual(['2025-11-06T03:12']);
	});

	it('keeps two events when the second verb has a subject or a date of its own', () => {
		const subject = makeDoc('A fishing boat caught fire on Monday and the coast guard rescued the crew.', 'en', '2025-10-14');
		expect(findEvents(subject, [tx(subject, 'Monday', '2025-10-13')], [])).toHaveLength(2);
		const date = makeDoc('The launch was called off on Friday and postponed again on Saturday.', 'en', '2025-11-06');
		expect(findEvents(date, [tx(date, 'Friday', '2025-10-31'), tx(date, 'Saturday', '2025-11-01')], []).map((e) => e.when?.value)).toEqual(['2025-10-31', '2025-11-01']);
	});
});
