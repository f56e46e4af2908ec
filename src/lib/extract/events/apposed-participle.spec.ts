import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

describe('apposedParticiple: a dated participle after a comma is a happening of its own', () => {
	it('does not date the sentencing by the killing', () => {
		const text = "Le tribunal l'a condamné à dix-huit ans de prison pour le meurtre de Julien Favre, son associé, tué dans la nuit du 14 au 15 mars 2023.";
		const doc = makeDoc(text, 'fr', '2025-11-28');
		const ev = findEvents(doc, [tx(doc, 'la nuit du 14 au 15 mars 2023', '2023-03-14TNI', { anchor: 'absolute' })], []);
		const byTrigger = Object.fromEntries(ev.map((e) => [e.trigger?.text, e.when?.value ?? null]));
		expect(byTrigger['tué']).toBe('2023-03-14TNI');
		expect(byTrigger['condamné']).not.toBe('2023-03-14TNI');
	});
});
