import { describe, expect, it } from 'vitest';
import type { ImportStore } from '$lib/import/import-file';
import { handleImport } from './handler';

const store: ImportStore = { createArticle: async () => 'new-article', createImported: async () => 'new-facts' };

function upload(name: string, content: string | Uint8Array<ArrayBuffer>, fields: Record<string, string> = {}): Request {
	const form = new FormData();
	form.set('file', new File([content], name));
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	return new Request('http://x/api/import', { method: 'POST', body: form });
}

describe('POST /api/import', () => {
	it('answers 201 with the article, its link and how it was dated', async () => {
		const res = await handleImport(upload('a.txt', 'WASHINGTON, Sept. 13, 2023 (Reuters) - The White House said talks went well on Wednesday.'), store);
		expect(res.status).toBe(201);
		expect(res.headers.get('location')).toBe('/articles/new-article');
		expect(await res.json()).toMatchObject({ id: 'new-article', href: '/articles/new-article', file: 'a.txt', dct: '2023-09-13', lang: 'en', kind: 'article' });
	});

	it('answers a problem naming the file when it cannot be imported', async () => {
		const res = await handleImport(upload('<b>x</b>.json', '{"article": 1}'), store);
		expect(res.status).toBe(422);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		const body = await res.json();
		expect(body).toMatchObject({ status: 422, file: '<b>x</b>.json' });
		expect(body.errors[0].message).toMatch(/^article: expected the article/);
	});

	it('refuses a body that is not multipart, and a form without a file', async () => {
		expect((await handleImport(new Request('http://x', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }), store)).status).toBe(415);
		const form = new FormData();
		form.set('dct', '2023-09-13');
		const res = await handleImport(new Request('http://x', { method: 'POST', body: form }), store);
		expect(res.status).toBe(422);
	});

	it('refuses an upload over 2 MB before reading it', async () => {
		const res = await handleImport(upload('big.txt', new Uint8Array(3 * 1024 * 1024).fill(0x61)), store);
		expect(res.status).toBe(413);
		expect((await res.json()).detail).toMatch(/limit is 2 MB a file/);
	});
});
