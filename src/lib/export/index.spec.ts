/**
 * Every format on a fact file the real pipeline made from the sample
 * article, read back by a parser for the format: what a user downloads.
 * The test gazetteer rather than the generated one, so these tests do not
 * wait for `npm run build:data`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { extract } from '$lib/extract/pipeline';
import { testGazetteer } from '$lib/extract/places/test-gazetteer';
import type { ArticleRecord } from '$lib/model';
import { EXPORT_FORMAT_NAMES, exportFormat } from './index';

const text = readFileSync('src/lib/server/sample/kim-jong-un-russie.fr.txt', 'utf8');
const article: ArticleRecord = { id: 'sample', title: 'Kim en Russie', lang: 'fr', dct: '2023-09-12', text, createdAt: '2023-09-12T08:00:00.000Z' };
const facts = extract({ text, dct: article.dct, lang: 'fr', title: article.title }, testGazetteer());
const render = (name: string) => exportFormat(name)!.render(article, facts, { now: new Date('2024-01-01T00:00:00Z') });

describe('export formats on the sample article', () => {
	it('knows the five formats, and no others', () => {
		expect(EXPORT_FORMAT_NAMES).toEqual(['factfile', 'geojson', 'csv', 'ics', 'timelinejs']);
		expect(exportFormat('toString')).toBeNull();
		expect(exportFormat('pdf')).toBeNull();
	});

	it('writes JSON formats that parse', () => {
		for (const name of ['factfile', 'geojson', 'timelinejs']) expect(() => JSON.parse(render(name))).not.toThrow();
		const geo = JSON.parse(render('geojson')) as { features: unknown[] };
		expect(geo.features.length).toBe(facts.events.filter((e) => e.where).length);
	});

	it('writes a CSV row per event', () => {
		const rows = parseCsv(render('csv'), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(facts.events.length);
		expect(rows.some((r) => /[éèàç]/.test(r.sentence))).toBe(true);
	});

	it('writes a calendar with a VEVENT per dated event', () => {
		const calendar = new ICAL.Component(ICAL.parse(render('ics')));
		const dated = facts.events.filter((e) => e.when?.interval && !['reference', 'duration', 'set'].includes(e.when.granularity));
		expect(calendar.getAllSubcomponents('vevent')).toHaveLength(dated.length);
	});
});
