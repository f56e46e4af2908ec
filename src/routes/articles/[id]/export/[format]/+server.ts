/**
 * `GET /articles/{id}/export/{format}`: the article's corrected facts as a download,
 * in one of the formats of `$lib/export` (factfile, geojson, csv, ics,
 * timelinejs). An unknown format is a 404 that lists the known ones.
 */
import { getDb } from '$lib/server/db';
import { getCorrectedArticle } from '$lib/server/corrections';
import { exportFormat } from '$lib/export';
import { exportDownload, unknownExportFormat } from '$lib/server/export-response';
import { methodNotAllowed, problem } from '$lib/server/problem';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const format = exportFormat(params.format);
	if (!format) return unknownExportFormat(params.format, `/articles/${encodeURIComponent(params.id)}/export`);
	// Exports carry the corrected facts: what people fixed is what leaves.
	const current = await getCorrectedArticle(await getDb(), params.id);
	if (!current) return problem(404, `No article with id “${params.id.slice(0, 80)}”; see the library at /.`);

	const { article, facts } = current;
	const body = format.render(article, facts, { articleUrl: new URL(`/articles/${encodeURIComponent(article.id)}`, url).href });
	return exportDownload(body, format, article.id);
};

export const fallback: RequestHandler = methodNotAllowed('GET');
