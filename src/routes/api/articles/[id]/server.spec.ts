import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import type { FactFileExport } from '$lib/export/factfile';
import { openDatabase, type Db } from '$lib/server/db/database';
import { createArticle } from '$lib/server/db/articles';
import { EXPORT_FACTS } from '$lib/export/testkit';

// The route reads the app's one database; here it is a private in-memory one.
const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/server/db')>()),
	getDb: async () => state.db
}));

const { GET } = await import('./+server');

const FACTS: FactFile = { ...EXPORT_FACTS, generator: { name: 'factline', version: PIPELINE_VERSION } };

function get(id: string): Promise<Response> {
	return Promise.resolve(GET({ params: { id }, url: new URL(`http://localhost/api/articles/${id}`) } as unknown as Parameters<typeof GET>[0]));
}

let id: string;
beforeEach(async () => {
	state.db = await openDatabase(':memory:');
	id = await createArticle(state.db, { title: 'Kim', dct: '2023-09-12', lang: 'en', text: 'Kim left.' }, { extractor: () => FACTS });
});

describe('GET /api/articles/[id]', () => {
	it('returns the stored fact file with the article', async () => {
		const res = await get(id);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		const body = (await res.json()) as FactFileExport;
		expect(body.events).toEqual(FACTS.events);
		expect(body.article).toMatchObject({ id, title: 'Kim', text: 'Kim left.', dct: '2023-09-12' });
	});

	it('answers 404 in problem details for an unknown id', async () => {
		const res = await get('nope');
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		expect(await res.json()).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, detail: expect.stringContaining('nope') });
	});
});
