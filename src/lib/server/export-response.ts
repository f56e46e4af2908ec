/**
 * The HTTP side shared by the article and collection export routes: the 404
 * for an unknown format (listing the known ones, with their links) and the
 * download response itself.
 */
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormat } from '$lib/export';
import { problem } from './problem';

/** 404 problem details for `/…/export/{requested}`; `base` is the export folder, e.g. `/articles/abc/export`. */
export function unknownExportFormat(requested: string, base: string): Response {
	const list = EXPORT_FORMAT_NAMES.map((name) => `${name} (${EXPORT_FORMATS[name].description})`).join(', ');
	return problem(404, `There is no “${requested.slice(0, 40)}” export. The formats are: ${list}.`, {
		extensions: {
			formats: EXPORT_FORMAT_NAMES.map((name) => ({ name, href: `${base}/${name}`, description: EXPORT_FORMATS[name].description }))
		}
	});
}

/** A download of `body` named `{stem}{extension}`. */
export function exportDownload(body: string, format: ExportFormat, stem: string): Response {
	// Ids are already URL-safe; this only guards the header against a future id scheme.
	const filename = `${stem.replace(/[^A-Za-z0-9_-]/g, '_')}${format.extension}`;
	return new Response(body, {
		headers: {
			'content-type': format.contentType,
			'content-disposition': `attachment; filename="${filename}"`,
			// The facts behind the URL change when the pipeline improves or someone corrects them.
			'cache-control': 'no-cache',
			'x-content-type-options': 'nosniff'
		}
	});
}
