import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { langFromTag, proposeLang } from './language';

describe('proposeLang', () => {
	it.each([
		['Le dirigeant nord-coréen est arrivé mardi en Russie pour rencontrer Vladimir Poutine, a annoncé le Kremlin.', 'fr'],
		['North Korean leader Kim Jong Un arrived in Russia on Tuesday to meet President Vladimir Putin, the Kremlin said.', 'en'],
		['WASHINGTON, Sept 13 (Reuters) - The White House said on Wednesday that the talks between the two leaders went well.', 'en'],
		['SÉOUL, 13 septembre (Reuters) - La Corée du Nord a tiré deux missiles balistiques mercredi matin vers la mer du Japon.', 'fr']
	])('detects the language of %s', (text, lang) => {
		expect(proposeLang(text)).toEqual({ lang, source: 'the language of the text' });
	});

	it.each(readdirSync('../shared/eval/dev').filter((f) => f.endsWith('.json')))('detects the language of the whole article %s', (file) => {
		const gold = JSON.parse(readFileSync(`../shared/eval/dev/${file}`, 'utf8')) as { text: string; lang: string };
		expect(proposeLang(gold.text)?.lang).toBe(gold.lang);
	});

	it('says when the page declares the same language', () => {
		const text = 'Le dirigeant nord-coréen est arrivé mardi en Russie pour rencontrer Vladimir Poutine.';
		expect(proposeLang(text, 'fr-FR')?.source).toMatch(/page declares it too/);
	});

	it('trusts the text over a page template that says otherwise', () => {
		const text = 'Le dirigeant nord-coréen est arrivé mardi en Russie pour rencontrer Vladimir Poutine.';
		expect(proposeLang(text, 'en')?.lang).toBe('fr');
	});

	it('falls back on the page language when the text is too short to tell', () => {
		expect(proposeLang('Kim à Moscou', 'fr')).toEqual({ lang: 'fr', source: 'the page’s lang attribute (“fr”)' });
	});

	it('proposes nothing for a short text without a declared language', () => {
		expect(proposeLang('Kim, Putin')).toBeNull();
		expect(proposeLang('Kim, Putin', 'de')).toBeNull();
	});
});

describe('langFromTag', () => {
	it.each([
		['fr', 'fr'],
		['fr-CA', 'fr'],
		['EN_gb', 'en'],
		['de', null],
		['', null],
		[null, null]
	])('%s → %s', (tag, lang) => {
		expect(langFromTag(tag)).toBe(lang);
	});
});
