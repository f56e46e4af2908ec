/**
 * `POST /api/extract`: an article in, its fact file out, nothing stored.
 * Kept apart from `+server.ts` so tests can give it a stand-in extractor
 * (a `+server.ts` may only export request handlers).
 */
import { ARTICLE_INPUT_FIELDS, validateArticleInput, type ArticleInputField } from '$lib/article-input';
import { ExtractInputError, type ExtractInput } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import { fieldErrors, problem, type FieldError } from '$lib/server/problem';

/**
 * Largest body read, in bytes: the longest article (200,000 characters)
 * can take 800 kB in UTF-8 and more once JSON-escaped. Matches the
 * BODY_SIZE_LIMIT `npm start` gives adapter-node, which refuses larger
 * bodies before we see them.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export type Extractor = (input: ExtractInput) => FactFile;

type BodyResult = { ok: true; text: string } | { ok: false; response: Response };

/** HTTP status carried by an error or its cause (adapter-node's body reader throws SvelteKit's own error class). */
function statusOf(e: unknown): number | undefined {
	for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 3; x = (x as { cause?: unknown }).cause, depth++) {
		const status = (x as { status?: unknown }).status;
		if (typeof status === 'number') return status;
	}
	return undefined;
}

const tooLarge = () =>
	problem(413, `The request body is larger than ${MAX_BODY_BYTES.toLocaleString('en')} bytes: send a shorter article.`);

/** Reads the body as UTF-8, stopping as soon as it passes the limit rather than buffering it all. */
async function readBody(request: Request): Promise<BodyResult> {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return { ok: false, response: tooLarge() };
	if (!request.body) return { ok: true, text: '' };
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > MAX_BODY_BYTES) {
				await reader.cancel();
				return { ok: false, response: tooLarge() };
			}
			chunks.push(value);
		}
	} catch (e) {
		if (statusOf(e) === 413) return { ok: false, response: tooLarge() };
		return { ok: false, response: problem(400, 'The request body could not be read.') };
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, response: problem(400, 'The request body is not valid UTF-8 text.') };
	}
}

/** `application/json` or any `+json` type, whatever its parameters. */
function isJson(contentType: string | null): boolean {
	const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
	return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

const REQUIRED: readonly ArticleInputField[] = ['text', 'dct', 'lang'];

export async function handleExtract(request: Request, extractor: Extractor): Promise<Response> {
	// Refusing other types also keeps cross-site HTML forms out: a browser
	// can only send them as form or plain-text bodies.
	if (!isJson(request.headers.get('content-type'))) {
		return problem(415, 'Send the article as JSON, with Content-Type: application/json.', { headers: { 'accept-post': 'application/json' } });
	}
	const body = await readBody(request);
	if (!body.ok) return body.response;

	let parsed: unknown;
	try {
		parsed = JSON.parse(body.text);
	} catch (e) {
		return problem(400, `The request body is not valid JSON: ${(e as Error).message}`);
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		return problem(400, 'The request body must be a JSON object: { "text": …, "dct": "YYYY-MM-DD", "lang": "fr" | "en", "title"?: … }.');
	}

	// Fields of the wrong JSON type are reported as such; missing ones are
	// read as empty so the shared validation says what to give.
	const fields = parsed as Record<string, unknown>;
	const typeErrors: FieldError[] = [];
	const raw = {} as Record<ArticleInputField, string>;
	for (const field of ARTICLE_INPUT_FIELDS) {
		const value = fields[field];
		if (value === undefined || (value === null && !REQUIRED.includes(field))) raw[field] = '';
		else if (typeof value === 'string') raw[field] = value;
		else {
			typeErrors.push({ field, message: `“${field}” must be a string, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.` });
			raw[field] = '';
		}
	}
	const checked = validateArticleInput(raw);
	const typed = new Set(typeErrors.map((e) => e.field));
	const errors = [
		...typeErrors,
		...(checked.ok ? [] : fieldErrors(checked.errors, ARTICLE_INPUT_FIELDS).filter((e) => !typed.has(e.field)))
	];
	if (errors.length > 0 || !checked.ok) {
		return problem(422, errors.length === 1 ? 'One field is not valid.' : `${errors.length} fields are not valid.`, { errors });
	}

	const input = checked.input;
	let facts: FactFile;
	try {
		facts = extractor({ text: input.text, dct: input.dct, lang: input.lang, ...(input.title ? { title: input.title } : {}) });
	} catch (e) {
		if (e instanceof ExtractInputError) return problem(422, e.message);
		console.error('Extraction failed:', e);
		return problem(500, 'The article could not be processed. Try again later, or report it with the text that caused it.');
	}
	return new Response(JSON.stringify(facts), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
	});
}
