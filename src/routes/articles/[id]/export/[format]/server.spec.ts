import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import { openDatabase, type Db } from '$lib/server/db/database';
import { createArticle } from '$lib/server/db/articles';
import { ARTICLE_TEXT, EXPORT_FACTS } from '$lib/export/testkit';

// The route reads the app's one database; here it is a private in-memory one.
const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/server/db')>()),
	getDb: async () => state.db
}));

const { GET } = await import('./+server');

const FACTS: FactFile = { ...EXPORT_FACTS, generator: { name: 'factline', version: PIPELINE_VERSION } };

function get(id: string, format: string): Promise<Response> {
	const url = new URL(`http://factline.test/articles/${id}/export/${format}`);
	return Promise.resolve(GET({ params: { id, format }, url } as unknown as Parameters<typeof GET>[0]));
}

let id: string;
beforeEach(async () => {
	state.db = await openDatabase(':memory:');
	id = await createArticle(state.db, { title: 'Kim travels to Russia', dct: '2023-09-12', lang: 'en', text: ARTICLE_TEXT }, { extractor: () => FACTS });
});

describe('GET /articles/[id]/export/[format]', () => {
	it.each([
		['factfile', 'application/json; charset=utf-8', '.factline.json'],
		['geojson', 'application/geo+json; charset=utf-8', '.geojson'],
		['csv', 'text/csv; charset=utf-8; header=present', '.csv'],
		['ics', 'text/calendar; charset=utf-8', '.ics'],
		['timelinejs', 'application/json; charset=utf-8', '.timeline.json']
	])('serves %s as %s, to save as {id}%s', async (format, type, extension) => {
		const res = await get(id, format);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(type);
		expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${id}${extension}"`);
		expect((await res.text()).length).toBeGreaterThan(0);
	});

	it('writes each format from the stored facts', async () => {
		const geo = (await (await get(id, 'geojson')).json()) as { features: unknown[] };
		expect(geo.features).toHaveLength(FACTS.events.filter((e) => e.where).length);
		const rows = parseCsv(await (await get(id, 'csv')).text(), { bom: true, columns: true }) as unknown[];
		expect(rows).toHaveLength(FACTS.events.length);
		const calendar = new ICAL.Component(ICAL.parse(await (await get(id, 'ics')).text()));
		const first = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
		// Events link back to the article page on the server that was asked.
		expect(first.component.getFirstPropertyValue('url')).toBe(`http://factline.test/articles/${id}`);
	});

	it('answers 404 listing the formats for an unknown one', async () => {
		const res = await get(id, 'pdf');
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		const body = (await res.json()) as { detail: string; formats: { name: string; href: string }[] };
		expect(body.detail).toContain('“pdf”');
		expect(body.formats.map((f) => f.name)).toEqual(['factfile', 'geojson', 'csv', 'ics', 'timelinejs']);
		expect(body.formats[2].href).toBe(`/articles/${id}/export/csv`);
	});

	it('answers 404 for an unknown article', async () => {
		const res = await get('nope', 'csv');
		expect(res.status).toBe(404);
		expect(await res.json()).toMatchObject({ status: 404, detail: expect.stringContaining('nope') });
	});
});
