/**
 * `GET /api/articles/{id}`: the stored fact file of an article, with the
 * article's id, title and text (the same document as the `factfile`
 * export). A missing article is a 404 in problem details.
 */
import { getArticle, getDb, getFactFile } from '$lib/server/db';
import { toFactFileExport } from '$lib/export/factfile';
import { methodNotAllowed, problem } from '$lib/server/problem';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const db = await getDb();
	const article = await getArticle(db, params.id);
	const facts = article && (await getFactFile(db, params.id));
	if (!article || !facts) return problem(404, `No article with id “${params.id.slice(0, 80)}”.`);
	return new Response(JSON.stringify(toFactFileExport(article, facts)), {
		// Re-extraction with a newer pipeline can change the facts behind the same URL.
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }
	});
};

export const fallback: RequestHandler = methodNotAllowed('GET');
