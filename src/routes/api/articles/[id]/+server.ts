/**
 * `GET /api/articles/{id}`: the article's corrected fact file (what the
 * extractor found, with people's corrections applied), with the article's
 * id, title and text: the same document as the `factfile` export. The ETag
 * is the article's version, to send back as If-Match with a correction.
 * A missing article is a 404 in problem details.
 */
import { getDb } from '$lib/server/db';
import { getCorrectedArticle } from '$lib/server/corrections';
import { toFactFileExport } from '$lib/export/factfile';
import { methodNotAllowed, problem } from '$lib/server/problem';
import { etagOf } from './corrections/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const current = await getCorrectedArticle(await getDb(), params.id);
	if (!current) return problem(404, `No article with id “${params.id.slice(0, 80)}”.`);
	return new Response(JSON.stringify(toFactFileExport(current.article, current.facts)), {
		// Corrections and re-extraction change the facts behind the same URL.
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache', etag: etagOf(current.version) }
	});
};

export const fallback: RequestHandler = methodNotAllowed('GET');
