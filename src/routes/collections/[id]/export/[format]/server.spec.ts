import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import { openDatabase, type Store } from '$lib/server/db/database';
import { createArticle, deleteArticle } from '$lib/server/db/articles';
import { createCollection } from '$lib/server/db/collections';
import { ARTICLE_TEXT, EXPORT_FACTS } from '$lib/export/testkit';

// The route reads the app's one database; here it is a private in-memory one.
const state = vi.hoisted(() => ({ db: null as Store | null }));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/server/db')>()),
	getDb: async () => state.db
}));

const { GET } = await import('./+server');

const FACTS: FactFile = { ...EXPORT_FACTS, generator: { name: 'factline', version: PIPELINE_VERSION } };

function get(id: string, format: string): Promise<Response> {
	const url = new URL(`http://factline.test/collections/${id}/export/${format}`);
	return Promise.resolve(GET({ params: { id, format }, url } as unknown as Parameters<typeof GET>[0]));
}

let a: string;
let b: string;
let id: string;
beforeEach(async () => {
	state.db = await openDatabase(':memory:');
	const input = { dct: '2023-09-12', lang: 'en' as const, text: ARTICLE_TEXT };
	a = await createArticle(state.db, { ...input, title: 'First telling' }, { extractor: () => FACTS });
	b = await createArticle(state.db, { ...input, title: 'Second telling' }, { extractor: () => FACTS });
	id = await createCollection(state.db, { title: 'One story', articleIds: [a, b] });
});

describe('GET /collections/[id]/export/[format]', () => {
	it.each([
		['factfile', 'application/json; charset=utf-8', '.factline.json'],
		['geojson', 'application/geo+json; charset=utf-8', '.geojson'],
		['csv', 'text/csv; charset=utf-8; header=present', '.csv'],
		['ics', 'text/calendar; charset=utf-8', '.ics'],
		['timelinejs', 'application/json; charset=utf-8', '.timeline.json']
	])('serves %s as %s', async (format, type, extension) => {
		const res = await get(id, format);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(type);
		expect(res.headers.get('content-disposition')).toBe(`attachment; filename="collection-${id}${extension}"`);
	});

	it('links every event told by both articles to both, in every format', async () => {
		const rows = parseCsv(await (await get(id, 'csv')).text(), { bom: true, columns: true }) as Record<string, string>[];
		const placedDated = FACTS.events.filter((e) => e.where && e.when?.interval);
		for (const e of placedDated) {
			const row = rows.find((r) => r.source_events.split('\n').includes(`${a}/${e.id}`))!;
			expect(row.source_events.split('\n')).toContain(`${b}/${e.id}`);
		}
		const geo = JSON.parse(await (await get(id, 'geojson')).text()) as { features: { properties: { sources: { url: string }[] } }[] };
		for (const f of geo.features) for (const s of f.properties.sources) expect(s.url).toMatch(/^http:\/\/factline\.test\/articles\/[^?]+\?event=e\d+$/);
		const cal = new ICAL.Component(ICAL.parse(await (await get(id, 'ics')).text()));
		expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
	});

	it('says what went wrong as problem details', async () => {
		const unknown = await get(id, 'pdf');
		expect(unknown.status).toBe(404);
		expect(unknown.headers.get('content-type')).toContain('application/problem+json');
		expect(((await unknown.json()) as { detail: string }).detail).toContain('geojson');
		expect((await get('nope', 'csv')).status).toBe(404);
		await deleteArticle(state.db!, a);
		await deleteArticle(state.db!, b);
		const empty = await get(id, 'csv');
		expect(empty.status).toBe(409);
		expect(((await empty.json()) as { detail: string }).detail).toContain('no articles left');
	});
});
