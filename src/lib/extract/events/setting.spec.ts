import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

const whereOf = (events: ReturnType<typeof findEvents>, trigger: string): string | null =>
	events.find((e) => e.trigger?.text === trigger)?.where?.name ?? null;

describe('setting: the story’s own happenings take the place of its lede or its byline', () => {
	const rescue =
		'Dozens rescued after boat capsizes\n\nCoast guard vessels rescued 54 people south of Lampedusa on Sunday.\n\nA helicopter joined the search on Monday.\n\nThe ministry said on Monday that the search would go on.\n\nA boat sank in the same waters in 2013.';

	it('places an unplaced happening of the story’s days at the lede’s town', () => {
		const doc = makeDoc(rescue, 'en', '2025-10-14');
		const ev = findEvents(
			doc,
			[tx(doc, 'Sunday', '2025-10-12'), tx(doc, 'Monday', '2025-10-13'), tx(doc, 'Monday', '2025-10-13', { occurrence: 2 }), tx(doc, '2013', '2013')],
			[pl(doc, 'Lampedusa', 35.5, 12.6)]
		);
		expect(whereOf(ev, 'joined')).toBe('Lampedusa');
		// A statement is made where its speaker is; a happening years back is no day of the story's.
		expect(whereOf(ev, 'said')).toBeNull();
		expect(whereOf(ev, 'sank')).toBeNull();
	});

	it('takes no setting from a lede placed in a country', () => {
		const doc = makeDoc(rescue.replace('south of Lampedusa', 'off Italy'), 'en', '2025-10-14');
		const ev = findEvents(doc, [tx(doc, 'Sunday', '2025-10-12'), tx(doc, 'Monday', '2025-10-13')], [pl(doc, 'Italy', 41.9, 12.5, { kind: 'country' })]);
		expect(whereOf(ev, 'joined')).toBeNull();
	});

	it('falls back on the town a byline puts its writer in when the lede names none', () => {
		const text =
			'L’Assemblée adopte le projet de loi\n\nMarie-Ève Tremblay à Québec\n\nLes députés ont adopté mercredi soir le projet de loi.\n\nLes libéraux ont voté contre mercredi.';
		const doc = makeDoc(text, 'fr', '2025-06-12');
		const ev = findEvents(doc, [tx(doc, 'mercredi soir', '2025-06-11TEV'), tx(doc, 'mercredi', '2025-06-11', { occurrence: 2 })], [pl(doc, 'Québec', 46.81, -71.21)]);
		expect(whereOf(ev, 'adopté')).toBe('Québec');
		expect(whereOf(ev, 'voté')).toBe('Québec');
	});
});
