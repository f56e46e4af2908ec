/**
 * `GET /api/articles/{id}/corrections`: the history of the article's
 * corrections (oldest first) and its version.
 * `POST /api/articles/{id}/corrections`: `{ op, author, expectedVersion }`
 * (or `If-Match: "v{version}"`) stores one correction; 201 with the new
 * version as ETag, 409 problem details when someone else wrote first.
 */
import { getDb } from '$lib/server/db';
import { getCorrectedArticle, submitCorrection } from '$lib/server/corrections';
import { methodNotAllowed, problem } from '$lib/server/problem';
import { etagOf, readBody, writeResponse } from './http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const current = await getCorrectedArticle(await getDb(), params.id);
	if (!current) return problem(404, `No article with id “${params.id.slice(0, 80)}”.`);
	return new Response(JSON.stringify({ version: current.version, corrections: current.history }), {
		headers: { 'content-type': 'application/json; charset=utf-8', etag: etagOf(current.version), 'cache-control': 'no-cache' }
	});
};

export const POST: RequestHandler = async ({ params, request }) => {
	const read = await readBody(request);
	if (!read.ok) return read.response;
	const result = await submitCorrection(await getDb(), params.id, { op: read.body.op, author: read.body.author as string, expectedVersion: read.expectedVersion as number });
	return writeResponse(result, params.id);
};

export const fallback: RequestHandler = methodNotAllowed('GET', 'POST');
