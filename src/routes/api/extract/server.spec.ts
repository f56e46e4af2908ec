import { describe, expect, it, vi } from 'vitest';
import { PIPELINE_VERSION, type ExtractInput } from '$lib/extract/pipeline';
import { MAX_TEXT_CHARS } from '$lib/article-input';
import type { FactFile } from '$lib/model';
import type { ProblemDetails } from '$lib/server/problem';
import { handleExtract, MAX_BODY_BYTES, type Extractor } from './handler';
import { testGazetteer } from '$lib/extract/places/test-gazetteer';

// The real pipeline behind the route, with the small test gazetteer rather
// than the generated one (which needs `npm run build:data`).
vi.mock('$lib/extract/places/load', () => ({ loadGazetteer: () => testGazetteer() }));

const { POST } = await import('./+server');

const URL_ = 'http://localhost/api/extract';

function post(body: BodyInit | null, contentType: string | null = 'application/json', headers: Record<string, string> = {}): Request {
	return new Request(URL_, { method: 'POST', body, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers } });
}

const json = (value: unknown) => post(JSON.stringify(value));

const fake: Extractor = (input: ExtractInput): FactFile => ({
	article: { lang: input.lang, dct: input.dct, ...(input.title ? { title: input.title } : {}) },
	sentences: [],
	timexes: [],
	places: [],
	events: [],
	generator: { name: 'factline', version: PIPELINE_VERSION }
});

const VALID = { text: 'Le Premier ministre est arrivé lundi à Paris.', dct: '2024-03-06', lang: 'fr' };

async function problemOf(res: Response): Promise<ProblemDetails> {
	expect(res.headers.get('content-type')).toBe('application/problem+json');
	const body = (await res.json()) as ProblemDetails;
	expect(body).toMatchObject({ type: 'about:blank', status: res.status });
	expect(typeof body.title).toBe('string');
	expect(typeof body.detail).toBe('string');
	return body;
}

describe('POST /api/extract', () => {
	it('returns the fact file of the article, made by the real pipeline', async () => {
		const res = await POST({ request: json({ ...VALID, text: 'Le Premier ministre est arrivé lundi à Moscou.', title: 'Visite' }) } as unknown as Parameters<typeof POST>[0]);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		const facts = (await res.json()) as FactFile;
		expect(facts.article).toEqual({ lang: 'fr', dct: '2024-03-06', title: 'Visite' });
		expect(facts.generator).toEqual({ name: 'factline', version: PIPELINE_VERSION });
		expect(facts.places.map((p) => p.name)).toContain('Moscou');
		expect(facts.timexes.map((t) => t.value)).toContain('2024-03-04');
	});

	it('gives the extractor the validated input: trimmed, CRLF folded, no empty title', async () => {
		const extractor = vi.fn(fake);
		const res = await handleExtract(json({ text: 'Un.\r\n\r\nDeux.', dct: ' 2024-03-06 ', lang: 'fr', title: '  ' }), extractor);
		expect(res.status).toBe(200);
		expect(extractor).toHaveBeenCalledWith({ text: 'Un.\n\nDeux.', dct: '2024-03-06', lang: 'fr' });
	});

	it('reports every missing or invalid field at once, with the form’s messages', async () => {
		const res = await handleExtract(json({ text: '', dct: '2023-02-30', lang: 'de' }), fake);
		expect(res.status).toBe(422);
		const body = await problemOf(res);
		expect(body.errors?.map((e) => e.field)).toEqual(['dct', 'lang', 'text']);
		expect(body.errors?.[0].message).toContain('not a day of the calendar');
		expect(body.detail).toBe('3 fields are not valid.');
	});

	it('reports missing fields', async () => {
		const body = await problemOf(await handleExtract(json({ text: 'Texte.' }), fake));
		expect(body.errors).toEqual([
			{ field: 'dct', message: expect.stringContaining('publication date') },
			{ field: 'lang', message: expect.stringContaining('fr (French) or en (English)') }
		]);
	});

	it('reports fields of the wrong JSON type as such', async () => {
		const res = await handleExtract(json({ ...VALID, text: 42, title: ['a'], lang: null }), fake);
		const body = await problemOf(res);
		expect(res.status).toBe(422);
		expect(body.errors).toEqual([
			{ field: 'title', message: '“title” must be a string, not an array.' },
			{ field: 'lang', message: '“lang” must be a string, not null.' },
			{ field: 'text', message: '“text” must be a string, not number.' }
		]);
	});

	it('accepts a null title as no title', async () => {
		expect((await handleExtract(json({ ...VALID, title: null }), fake)).status).toBe(200);
	});

	it('refuses a text over the article limit with the field message', async () => {
		const body = await problemOf(await handleExtract(json({ ...VALID, text: 'a'.repeat(MAX_TEXT_CHARS + 1) }), fake));
		expect(body.errors?.[0]).toMatchObject({ field: 'text', message: expect.stringContaining('the limit is 200,000') });
	});

	it.each([
		['not JSON', '{"text": "x",', /not valid JSON/],
		['an array', '[1, 2]', /must be a JSON object/],
		['null', 'null', /must be a JSON object/],
		['empty', '', /not valid JSON/]
	])('answers 400 to a body that is %s', async (_what, body, detail) => {
		const res = await handleExtract(post(body), fake);
		expect(res.status).toBe(400);
		expect((await problemOf(res)).detail).toMatch(detail);
	});

	it('answers 400 to a body that is not UTF-8', async () => {
		const res = await handleExtract(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), fake);
		expect(res.status).toBe(400);
		expect((await problemOf(res)).detail).toMatch(/UTF-8/);
	});

	it.each([null, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
		'answers 415 to a body sent as %s',
		async (type) => {
			const res = await handleExtract(post(JSON.stringify(VALID), type), fake);
			expect(res.status).toBe(415);
			await problemOf(res);
		}
	);

	it('accepts JSON with a charset or a +json type', async () => {
		expect((await handleExtract(post(JSON.stringify(VALID), 'application/json; charset=utf-8'), fake)).status).toBe(200);
		expect((await handleExtract(post(JSON.stringify(VALID), 'application/vnd.factline+json'), fake)).status).toBe(200);
	});

	it('answers 413 to a declared length over the limit, without reading the body', async () => {
		const res = await handleExtract(post('{}', 'application/json', { 'content-length': String(MAX_BODY_BYTES + 1) }), fake);
		expect(res.status).toBe(413);
		await problemOf(res);
	});

	it('answers 413 to a streamed body that grows over the limit', async () => {
		const chunk = new Uint8Array(256 * 1024).fill(0x20);
		let sent = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				sent += chunk.byteLength;
				controller.enqueue(chunk);
				if (sent > MAX_BODY_BYTES * 2) controller.close();
			}
		});
		const req = new Request(URL_, { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
		const res = await handleExtract(req, fake);
		expect(res.status).toBe(413);
		// Stopped reading soon after the limit rather than taking it all in.
		expect(sent).toBeLessThanOrEqual(MAX_BODY_BYTES + 3 * chunk.byteLength);
	});

	it('answers 413 when the server’s own body limit cuts the stream', async () => {
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.error(Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT'), { status: 413 }));
			}
		});
		const req = new Request(URL_, { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
		expect((await handleExtract(req, fake)).status).toBe(413);
	});

	it('answers 500 without details when extraction breaks', async () => {
		const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
		const res = await handleExtract(json(VALID), () => {
			throw new Error('secret internals');
		});
		expect(res.status).toBe(500);
		expect(JSON.stringify(await problemOf(res))).not.toContain('secret');
		spy.mockRestore();
	});
});
