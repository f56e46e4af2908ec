import { describe, expect, it } from 'vitest';
import { park, peak, river } from './curated-forms';

describe('river', () => {
	it('names a river bare and with its cues', () => {
		const p = river('yenisei', 'Yenisei', 'Ienisseï', 'RU', [56.01, 92.87]);
		expect(p).toMatchObject({ id: 'yenisei', kind: 'region', en: 'Yenisei', fr: 'Ienisseï', country: 'RU', point: [56.01, 92.87] });
		expect(p.names).toEqual(expect.arrayContaining(['Yenisei River', 'River Yenisei', 'fleuve Ienisseï', 'rivière Ienisseï']));
	});

	it('keeps only the cue forms when the bare name is a word, a person or a town', () => {
		const p = river('orange-river', 'Orange', null, null, [-28.45, 21.25], { bare: false });
		expect(p.en).toBe('Orange River');
		expect(p.fr).toBe('fleuve Orange');
		expect([p.en, p.fr, ...(p.names ?? [])]).not.toContain('Orange');
		expect(p.names).toEqual(expect.arrayContaining(['River Orange', 'rivière Orange']));
	});

	it('keeps a bare name in the one language where it is no word', () => {
		const p = river('amur', 'Amur', 'Amour', null, [48.48, 135.07], { bare: 'en', alts: [[50.27, 127.53]] });
		expect(p.en).toBe('Amur');
		expect(p.fr).toBe('fleuve Amour');
		// The preferred English name, listed again with its prefix, is read in English only.
		expect(p.names).toContain('en:Amur');
		expect([p.en, p.fr, ...(p.names ?? [])]).not.toContain('Amour');
		expect(p.alts).toEqual([[50.27, 127.53]]);
	});
});

describe('peak', () => {
	it('names a summit with Mount, Mt, mont and volcan', () => {
		const p = peak('mount-agung', 'Agung', null, 'ID', [-8.34, 115.51], { bare: false });
		expect(p).toMatchObject({ kind: 'site', en: 'Mount Agung', fr: 'mont Agung' });
		expect(p.names).toEqual(expect.arrayContaining(['Mt Agung', 'volcan Agung', 'Agung volcano']));
		expect(p.names).not.toContain('Agung');
	});
});

describe('park', () => {
	it('names a park as the French and English press write it', () => {
		const p = park('kaziranga', 'Kaziranga', null, 'IN', [26.6, 93.4]);
		expect(p).toMatchObject({ kind: 'region', en: 'Kaziranga', fr: 'Kaziranga' });
		expect(p.names).toEqual(expect.arrayContaining(['Kaziranga National Park', 'parc national de Kaziranga', 'parc national Kaziranga', 'parc national du Kaziranga']));
	});

	it('elides de before a vowel', () => {
		expect(park('etosha', 'Etosha', null, 'NA', [-18.8, 16.3]).names).toContain("parc national d'Etosha");
	});
});
