import { describe, expect, it } from 'vitest';
import type { FactFile } from '$lib/model';
import { toFactFileJson, type FactFileExport } from './factfile';
import { EXPORT_ARTICLE, EXPORT_FACTS } from './testkit';

describe('toFactFileJson', () => {
	const parsed = JSON.parse(toFactFileJson(EXPORT_ARTICLE, EXPORT_FACTS)) as FactFileExport;

	it('is the stored fact file, unchanged but for the article block', () => {
		const { article: _a, ...rest } = parsed;
		const { article: _b, ...stored } = EXPORT_FACTS;
		expect(rest).toEqual(stored);
	});

	it('names the article: id, title, and the metadata the scorer reads', () => {
		expect(parsed.article).toMatchObject({ id: 'kim-test', title: 'Kim travels to Russia', lang: 'en', dct: '2023-09-12' });
		expect(parsed.article.createdAt).toBe(EXPORT_ARTICLE.createdAt);
	});

	it('carries the text its offsets point into', () => {
		for (const s of parsed.sentences) expect(parsed.article.text.slice(s.start, s.end).length).toBe(s.end - s.start);
		const trigger = parsed.events[0].trigger;
		expect(parsed.article.text.slice(trigger.start, trigger.end)).toBe(trigger.text);
	});

	it('takes the title of the fact file when the record has none', () => {
		const facts: FactFile = { ...EXPORT_FACTS, article: { ...EXPORT_FACTS.article, title: 'From the facts' } };
		const out = JSON.parse(toFactFileJson({ ...EXPORT_ARTICLE, title: '' }, facts)) as FactFileExport;
		expect(out.article.title).toBe('From the facts');
	});
});
