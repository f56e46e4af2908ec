/**
 * A collection's five exports, built from the real pipeline's fact files of
 * the sample article and dev-fr-02, read back by a parser for each format:
 * every story event must carry the articles that tell it and their sentences.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { extract } from '$lib/extract/pipeline';
import { testGazetteer } from '$lib/extract/places/test-gazetteer';
import { combineFactFiles } from '$lib/collections/combine';
import type { ArticleRecord, Lang } from '$lib/model';
import { renderCollection, type CollectionExport } from './collection';
import { COLLECTION_CSV_COLUMNS } from './csv';
import { rfc7946Problems, timelineProblems, type Json } from './format-checks';
import type { TimelineJson } from './timelinejs';

const gazetteer = testGazetteer();

function article(id: string, title: string, text: string, dct: string, lang: Lang): { article: ArticleRecord; facts: ReturnType<typeof extract> } {
	return { article: { id, title, text, dct, lang, createdAt: `${dct}T08:00:00.000Z` }, facts: extract({ text, dct, lang, title }, gazetteer) };
}

const dev = JSON.parse(readFileSync('../shared/eval/dev/dev-fr-02.json', 'utf8')) as { text: string; dct: string; lang: Lang; title: string };
const members = [
	article('sample', 'Kim <b>en</b> Russie', readFileSync('src/lib/server/sample/kim-jong-un-russie.fr.txt', 'utf8'), '2023-09-12', 'fr'),
	article('dev-fr-02', dev.title, dev.text, dev.dct, dev.lang)
];
const combined = combineFactFiles(members, { title: 'Kim & Poutine' });
const collection: CollectionExport = { id: 'c1', title: 'Kim & Poutine <script>', createdAt: '2024-01-01T00:00:00.000Z', combined };
const stories = combined.facts.events;
const render = (format: Parameters<typeof renderCollection>[0]) =>
	renderCollection(format, collection, { origin: 'https://factline.example', now: new Date('2024-01-01T00:00:00Z') });

/** A story told by both articles, to follow through every format. */
const shared = stories.find((s) => new Set(s.sources.map((x) => x.articleId)).size === 2 && s.where && s.when?.interval)!;

describe('collection exports', () => {
	it('has a story told by both articles to follow', () => {
		expect(shared).toBeDefined();
	});

	it('writes the combined fact file, its events with their sources', () => {
		const doc = JSON.parse(render('factfile')) as typeof combined.facts & { article: { id: string; title: string; text: string } };
		expect(doc.article).toMatchObject({ id: 'c1', title: 'Kim & Poutine <script>', text: combined.text });
		expect(doc.events).toHaveLength(stories.length);
		expect(doc.members.map((m) => m.id)).toEqual(['sample', 'dev-fr-02']);
		const s = doc.events.find((e) => e.id === shared.id)!;
		// One article may tell the story twice (the arrival, then the train's arrival as an agency confirmed it).
		expect([...new Set(s.sources.map((x) => x.articleId))].sort()).toEqual(['dev-fr-02', 'sample']);
		expect(s.sources.map((x) => `${x.articleId}/${x.eventId}`)).toEqual(shared.sources.map((x) => `${x.articleId}/${x.eventId}`));
		for (const x of s.sources) expect(x.text.length).toBeGreaterThan(0);
	});

	it('writes valid GeoJSON whose features list their sources with links to the articles', () => {
		const doc = JSON.parse(render('geojson')) as Json & { features: { id: string; properties: { sources: { articleId: string; eventId: string; url: string; sentences: string[] }[] } }[] };
		expect(rfc7946Problems(doc)).toEqual([]);
		expect(doc.features).toHaveLength(stories.filter((e) => e.where).length);
		const f = doc.features.find((x) => x.id === shared.id)!;
		expect(f.properties.sources).toHaveLength(shared.sources.length);
		for (const src of f.properties.sources) {
			expect(src.url).toBe(`https://factline.example/articles/${src.articleId}?event=${src.eventId}`);
			expect(src.sentences.length).toBeGreaterThan(0);
		}
	});

	it('writes a CSV row per story event naming the articles and their events', () => {
		const rows = parseCsv(render('csv'), { bom: true, columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0])).toEqual([...COLLECTION_CSV_COLUMNS]);
		expect(rows).toHaveLength(stories.length);
		const row = rows.find((r) => r.id === shared.id)!;
		expect(row.articles.split('\n').sort()).toEqual(['dev-fr-02', 'sample']);
		expect(row.source_events.split('\n')).toEqual(shared.sources.map((s) => `${s.articleId}/${s.eventId}`));
		// One line per telling, each naming its article.
		expect(row.sentence.split('\n')).toHaveLength(shared.sources.length);
		expect(row.sentence).toContain('Kim <b>en</b> Russie (2023-09-12): “');
	});

	it('writes a calendar with a VEVENT per dated story, each describing its sources', () => {
		const calendar = new ICAL.Component(ICAL.parse(render('ics')));
		const events = calendar.getAllSubcomponents('vevent');
		const dated = stories.filter((e) => e.when?.interval && !['reference', 'duration', 'set'].includes(e.when.granularity));
		expect(events).toHaveLength(dated.length);
		const ve = events.find((v) => v.getFirstPropertyValue('uid') === `${shared.id}.c1@factline`)!;
		const description = String(ve.getFirstPropertyValue('description'));
		for (const s of shared.sources) expect(description).toContain(`${s.articleTitle} (${s.articleDct}): “${s.text[0]}`);
		expect(ve.getFirstPropertyValue('url')).toBe('https://factline.example/collections/c1');
	});

	it('writes a TimelineJS3 file whose slides cite each article, escaped', () => {
		const doc = JSON.parse(render('timelinejs')) as TimelineJson;
		expect(timelineProblems(doc)).toEqual([]);
		expect(doc.title.text.headline).toBe('Kim &amp; Poutine &lt;script&gt;');
		expect(doc.title.text.text).toContain('2 articles');
		const slide = doc.events.find((s) => s.unique_id === `event-${shared.id}`)!;
		expect(slide.text.text).toContain('Kim &lt;b&gt;en&lt;/b&gt; Russie, 2023-09-12');
		expect(slide.text.text).toContain(escapeTitle(dev.title));
		expect(slide.text.text).not.toContain('<b>');
	});
});

function escapeTitle(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
