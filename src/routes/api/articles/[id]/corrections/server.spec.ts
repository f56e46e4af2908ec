import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import { createArticle, openDatabase, type Store } from '$lib/server/db';
import { EXPORT_FACTS } from '$lib/export/testkit';
import { keyOf } from '$lib/corrections/target';

// The routes read the app's one store; here it is a private in-memory one.
const state = vi.hoisted(() => ({ db: null as Store | null }));
vi.mock('$lib/server/db', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/server/db')>()),
	getDb: async () => state.db
}));

const corrections = await import('./+server');
const undo = await import('./[cid]/undo/+server');
const article = await import('../+server');

const FACTS: FactFile = { ...EXPORT_FACTS, generator: { name: 'factline', version: PIPELINE_VERSION } };
const E = FACTS.events[0];

type Ev<T extends (e: never) => unknown> = Parameters<T>[0];
const post = (id: string, body: unknown, headers: Record<string, string> = {}) =>
	corrections.POST({
		params: { id },
		request: new Request(`http://localhost/api/articles/${id}/corrections`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } })
	} as unknown as Ev<typeof corrections.POST>);
const getFacts = (id: string) => article.GET({ params: { id } } as unknown as Ev<typeof article.GET>);

let id: string;
beforeEach(async () => {
	state.db = await openDatabase(':memory:');
	id = await createArticle(state.db, { title: 'Kim', dct: '2023-09-12', lang: 'en', text: 'Kim left.' }, { extractor: () => FACTS });
});

describe('POST /api/articles/[id]/corrections', () => {
	it('stores a correction on If-Match and GET serves the corrected facts with the new ETag', async () => {
		expect((await getFacts(id)).headers.get('etag')).toBe('"v0"');
		const res = await post(id, { op: { type: 'edit', target: keyOf(E), changes: { label: 'Fixed' } }, author: 'Ann' }, { 'if-match': '"v0"' });
		expect(res.status).toBe(201);
		expect(res.headers.get('etag')).toBe('"v1"');
		const after = await getFacts(id);
		expect(after.headers.get('etag')).toBe('"v1"');
		expect(((await after.json()) as FactFile).events[0]).toMatchObject({ label: 'Fixed', corrected: true, correctedFields: ['label'] });
	});

	it('answers 409 problem details with what changed, 428 without a version, 422 for a bad op, 415 for non-JSON', async () => {
		await post(id, { op: { type: 'edit', target: keyOf(E), changes: { label: 'First' } }, author: 'Ann', expectedVersion: 0 });
		const stale = await post(id, { op: { type: 'delete', target: keyOf(E) }, author: 'Bob', expectedVersion: 0 });
		expect(stale.status).toBe(409);
		expect(stale.headers.get('content-type')).toBe('application/problem+json');
		expect(await stale.json()).toMatchObject({ title: 'Conflict', currentVersion: 1, changes: [{ author: 'Ann' }] });
		expect((await post(id, { op: { type: 'delete', target: keyOf(E) }, author: 'Bob' })).status).toBe(428);
		const bad = await post(id, { op: { type: 'edit', target: keyOf(E), changes: {} }, author: 'Bob', expectedVersion: 1 });
		expect(bad.status).toBe(422);
		expect(await bad.json()).toMatchObject({ errors: [{ field: 'changes' }] });
		const text = await corrections.POST({ params: { id }, request: new Request('http://x', { method: 'POST', body: 'hi', headers: { 'content-type': 'text/plain' } }) } as unknown as Ev<typeof corrections.POST>);
		expect(text.status).toBe(415);
	});

	it('undoes a correction through …/{cid}/undo', async () => {
		const created = (await (await post(id, { op: { type: 'delete', target: keyOf(E) }, author: 'Ann', expectedVersion: 0 })).json()) as { correction: { id: number } };
		const res = await undo.POST({
			params: { id, cid: String(created.correction.id) },
			request: new Request('http://x', { method: 'POST', body: JSON.stringify({ author: 'Ann', expectedVersion: 1 }), headers: { 'content-type': 'application/json' } })
		} as unknown as Ev<typeof undo.POST>);
		expect(res.status).toBe(201);
		expect(((await (await getFacts(id)).json()) as FactFile).events).toHaveLength(FACTS.events.length);
	});
});
