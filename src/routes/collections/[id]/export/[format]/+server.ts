/**
 * `GET /collections/{id}/export/{format}`: a collection's combined facts as
 * a download, in one of the formats of `$lib/export`, every story event
 * carrying the articles that tell it. Errors are RFC 9457 problem details.
 */
import { getDb } from '$lib/server/db';
import { exportFormat, type ExportFormatName } from '$lib/export';
import { renderCollection } from '$lib/export/collection';
import { loadCollection } from '$lib/collections/store.server';
import { exportDownload, unknownExportFormat } from '$lib/server/export-response';
import { methodNotAllowed, problem } from '$lib/server/problem';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	const format = exportFormat(params.format);
	if (!format) return unknownExportFormat(params.format, `/collections/${encodeURIComponent(params.id)}/export`);
	const loaded = await loadCollection(await getDb(), params.id);
	if (!loaded) return problem(404, `No collection with id “${params.id.slice(0, 80)}”; see the collections at /collections.`);
	if (!loaded.combined) return problem(409, `The collection “${loaded.record.title.slice(0, 80)}” has no articles left to export; add some at /collections/${encodeURIComponent(params.id)}.`);

	const { record } = loaded;
	const body = renderCollection(
		params.format as ExportFormatName,
		{ id: record.id, title: record.title, createdAt: record.createdAt, combined: loaded.combined },
		{ origin: url.origin }
	);
	return exportDownload(body, format, `collection-${record.id}`);
};

export const fallback: RequestHandler = methodNotAllowed('GET');
