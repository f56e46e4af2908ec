/**
 * `GET /articles/{id}/export/{format}`: the article's facts as a download,
 * in one of the formats of `$lib/export` (factfile, geojson, csv, ics,
 * timelinejs). An unknown format is a 404 that lists the known ones.
 */
import { getArticle, getDb, getFactFile } from '$lib/server/db';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportFormat } from '$lib/export';
import { methodNotAllowed, problem } from '$lib/server/problem';
import type { RequestHandler } from './$types';

/** Ids are already URL-safe; this only guards the header against a future id scheme. */
function filenameOf(id: string, extension: string): string {
	return `${id.replace(/[^A-Za-z0-9_-]/g, '_')}${extension}`;
}

export const GET: RequestHandler = async ({ params, url }) => {
	const format = exportFormat(params.format);
	if (!format) {
		const list = EXPORT_FORMAT_NAMES.map((name) => `${name} (${EXPORT_FORMATS[name].description})`).join(', ');
		return problem(404, `There is no “${params.format.slice(0, 40)}” export. The formats are: ${list}.`, {
			extensions: {
				formats: EXPORT_FORMAT_NAMES.map((name) => ({
					name,
					href: `/articles/${encodeURIComponent(params.id)}/export/${name}`,
					description: EXPORT_FORMATS[name].description
				}))
			}
		});
	}
	const db = await getDb();
	const article = await getArticle(db, params.id);
	const facts = article && (await getFactFile(db, params.id));
	if (!article || !facts) return problem(404, `No article with id “${params.id.slice(0, 80)}”; see the library at /.`);

	const body = format.render(article, facts, { articleUrl: new URL(`/articles/${encodeURIComponent(article.id)}`, url).href });
	return new Response(body, {
		headers: {
			'content-type': format.contentType,
			'content-disposition': `attachment; filename="${filenameOf(article.id, format.extension)}"`,
			// The facts behind the URL change when the pipeline improves.
			'cache-control': 'no-cache',
			'x-content-type-options': 'nosniff'
		}
	});
};

export const fallback: RequestHandler = methodNotAllowed('GET');
