import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { frameOf, paragraphScenes } from './frame';
import { makeDoc, pl, tx } from './testkit';

describe('frame: the scene a paragraph opens on', () => {
	it('reads a sentence opening on a place, in English and French', () => {
		const en = makeDoc("In Guwahati, the state's largest city, streets are flooded. In the southern Algarve region, Chega came first. In 2022, floods killed 190.", 'en', '2025-07-02');
		const places = [pl(en, 'Guwahati', 26.14, 91.74), pl(en, 'Algarve', 37.02, -7.93, { kind: 'region' })];
		expect([0, 1, 2].map((i) => frameOf(en, i, places)?.name ?? null)).toEqual(['Guwahati', 'Algarve', null]);

		const fr = makeDoc('Aux urgences du CHU de Nantes, l’affluence a bondi. La mairie de Nantes a ouvert des salles.', 'fr', '2026-08-12');
		const nantes = [pl(fr, 'Nantes', 47.22, -1.55), pl(fr, 'Nantes', 47.22, -1.55, { occurrence: 2 })];
		expect([0, 1].map((i) => frameOf(fr, i, nantes)?.name ?? null)).toEqual(['Nantes', null]);
	});

	it('holds the scene for the later sentences of its paragraph only', () => {
		const doc = makeDoc('In Guwahati, streets are flooded. Schools were shut on Monday.\n\nOfficials said on Tuesday that rain would continue.', 'en', '2025-07-02');
		const scenes = paragraphScenes(doc, [pl(doc, 'Guwahati', 26.14, 91.74)]);
		expect(scenes.map((w) => w?.name ?? null)).toEqual([null, 'Guwahati', null]);
	});

	it('places the paragraph’s next happenings of those days there, not a flashback', () => {
		const text =
			'In Guwahati, the state’s largest city, several neighborhoods have been under water since Saturday. Schools were ordered shut on Monday. The city had flooded in 2022.\n\nOfficials said on Tuesday that the rain would go on.';
		const doc = makeDoc(text, 'en', '2025-07-02');
		const ev = findEvents(
			doc,
			[tx(doc, 'Saturday', '2025-06-28'), tx(doc, 'Monday', '2025-06-30'), tx(doc, '2022', '2022'), tx(doc, 'Tuesday', '2025-07-01')],
			[pl(doc, 'Guwahati', 26.14, 91.74)]
		);
		const where = (trigger: string): string | null => ev.find((e) => e.trigger?.text === trigger)?.where?.name ?? null;
		expect(where('ordered')).toBe('Guwahati');
		expect(where('flooded')).toBeNull();
		expect(where('said')).toBeNull();
	});
});
