import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

/** [trigger, date] of each event found. */
function dated(text: string, lang: 'fr' | 'en', dct: string, dates: [string, string][]): [string | undefined, string | undefined][] {
	const doc = makeDoc(text, lang, dct);
	return findEvents(doc, dates.map(([t, v]) => tx(doc, t, v)), []).map((e) => [e.trigger?.text, e.when?.value]);
}

describe('asideDate: a date told in a participle aside about a noun does not date the verb before it', () => {
	it('leaves a participle’s date to the participle (French)', () => {
		const ev = dated('Le tribunal l’a condamné à dix-huit ans de prison pour le meurtre de son associé, tué dans la nuit du 14 au 15 mars 2023 à Carouge.', 'fr', '2025-11-28', [['la nuit du 14 au 15 mars 2023', '2023-03-14TNI']]);
		expect(ev.find(([t]) => t?.startsWith('condamné'))?.[1]).not.toBe('2023-03-14TNI');
		expect(ev.some(([t, v]) => t === 'tué' && v === '2023-03-14TNI')).toBe(true);
	});

	it('leaves the date of a noun inside the participle’s complement to it', () => {
		const ev = dated('Le ministre s’est rendu sur le port, dévasté par l’explosion de nitrate d’ammonium le 4 août 2020.', 'fr', '2025-04-08', [['4 août 2020', '2020-08-04']]);
		expect(ev.find(([t]) => t === 'rendu')?.[1]).not.toBe('2020-08-04');
	});

	it('leaves a participle’s date to the participle (English)', () => {
		const ev = dated('The minister visited the port, devastated by an explosion on Aug. 4, 2020.', 'en', '2025-04-08', [['Aug. 4, 2020', '2020-08-04']]);
		expect(ev.find(([t]) => t === 'visited')?.[1]).not.toBe('2020-08-04');
	});

	it('keeps a date right after the verb, before any aside', () => {
		const ev = dated('Le tribunal l’a condamné jeudi, au terme de trois jours de procès.', 'fr', '2025-11-28', [['jeudi', '2025-11-27']]);
		expect(ev.find(([t]) => t === 'condamné')?.[1]).toBe('2025-11-27');
	});

	it('does not take a weekday after a comma for a participle', () => {
		const ev = dated('La CFDT appelle à un rassemblement, jeudi à 13 heures.', 'fr', '2026-10-06', [['jeudi', '2026-10-08']]);
		expect(ev.some(([, v]) => v === '2026-10-08')).toBe(true);
	});
});

