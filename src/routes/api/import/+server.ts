/**
 * `POST /api/import`: one file (multipart field `file`), with optional
 * `dct` and `lang` set for the whole batch. The bulk importer on `/` sends
 * each file in its own request, so its progress bar is honest and one bad
 * file cannot stop the others. Answers 201 with the new article's id and
 * how its date and language were chosen, or RFC 9457 problem details.
 */
import { methodNotAllowed } from '$lib/server/problem';
import { libraryStore } from '$lib/import/store.server';
import type { RequestHandler } from './$types';
import { handleImport } from './handler';

export const POST: RequestHandler = ({ request }) => handleImport(request, libraryStore);

export const fallback: RequestHandler = methodNotAllowed('POST');
