import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

function triggers(text: string, dates: Array<[string, string]>, places: Array<[string, number, number]> = []): Array<{ trigger: string | undefined; where: string | undefined }> {
	const doc = makeDoc(text, 'en', '2025-03-04');
	const ev = findEvents(
		doc,
		dates.map(([t, v]) => tx(doc, t, v)),
		places.map(([t, lat, lon]) => pl(doc, t, lat, lon))
	);
	return ev.map((e) => ({ trigger: e.trigger?.text, where: e.where?.name }));
}

describe('dropUndatedSayings: an undated saying whose complement is a dated event is that one event', () => {
	it('keeps the reported meeting, not the saying', () => {
		const got = triggers('The union said it would meet company officials in Chicago on March 11.', [['March 11', '2025-03-11']], [['Chicago', 41.88, -87.63]]);
		expect(got.map((e) => e.trigger)).toEqual(['meet']);
	});

	it('gives the reported happening the place named with the speaker', () => {
		const got = triggers('Flight controllers in Tokyo said they had received the first signals from the spacecraft shortly after 5 a.m.', [['shortly after 5 a.m', '2025-03-04T05:00']], [['Tokyo', 35.68, 139.69]]);
		expect(got).toEqual([{ trigger: 'received', where: 'Tokyo' }]);
	});

	it('keeps a saying dated on its own', () => {
		const got = triggers('The union said on Monday that it would meet company officials next week.', [['Monday', '2025-03-03'], ['next week', '2025-W11']]);
		expect(got.map((e) => e.trigger)).toContain('said');
	});

	it('keeps the saying when the date belongs to a relative clause inside the complement', () => {
		const got = triggers('The safety board said it was sending a team of investigators, who are expected to arrive Thursday morning.', [['Thursday morning', '2025-03-06TMO']]);
		expect(got.map((e) => e.trigger)).toContain('said');
	});

	it('keeps the saying when the dated happening is a second complement', () => {
		const got = triggers('The inspector said the raid had been planned over several months and that the gang had visited the museum twice in July.', [['July', '2024-07']]);
		expect(got.map((e) => e.trigger)).toContain('said');
	});
});
