/**
 * `POST /api/articles/{id}/corrections/{cid}/undo`: `{ author, expectedVersion }`
 * (or If-Match) undoes correction `cid` by storing a new correction, so the
 * history keeps both; undoing an undo puts the correction back.
 */
import { getDb } from '$lib/server/db';
import { undoCorrection } from '$lib/server/corrections';
import { methodNotAllowed, problem } from '$lib/server/problem';
import { readBody, writeResponse } from '../../http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request }) => {
	const cid = /^\d{1,15}$/.test(params.cid) ? Number(params.cid) : NaN;
	if (!Number.isSafeInteger(cid)) return problem(404, `“${params.cid.slice(0, 20)}” is not a correction number.`);
	const read = await readBody(request);
	if (!read.ok) return read.response;
	const result = await undoCorrection(await getDb(), params.id, cid, { author: read.body.author as string, expectedVersion: read.expectedVersion as number });
	return writeResponse(result, params.id);
};

export const fallback: RequestHandler = methodNotAllowed('POST');
