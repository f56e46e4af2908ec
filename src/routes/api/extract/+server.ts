/**
 * `POST /api/extract` with `{ text, dct, lang, title? }` as JSON: the fact
 * file of the article, nothing stored. Offsets point into the text with its
 * line breaks as LF (CRLF is folded before counting, as the form does).
 * Errors are RFC 9457 problem details.
 */
import { extract } from '$lib/extract/pipeline';
import { loadGazetteer } from '$lib/extract/places/load';
import { methodNotAllowed } from '$lib/server/problem';
import type { RequestHandler } from './$types';
import { handleExtract } from './handler';

export const POST: RequestHandler = ({ request }) => handleExtract(request, (input) => extract(input, loadGazetteer()));

export const fallback: RequestHandler = methodNotAllowed('POST');
