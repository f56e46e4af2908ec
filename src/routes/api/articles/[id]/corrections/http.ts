/**
 * What the correction endpoints share: reading the JSON body and the
 * version it is based on (`expectedVersion` or `If-Match`), and answering
 * a write's result in HTTP (201, or problem details: 404, 409, 422, 428).
 */
import type { WriteResult } from '$lib/server/corrections';
import { problem } from '$lib/server/problem';

export const MAX_BODY = 64 * 1024;

/** The ETag of an article's corrected facts: its version. */
export const etagOf = (version: number): string => `"v${version}"`;

/** The version an `If-Match` names, null when absent or not one of ours. */
export function versionFromIfMatch(header: string | null): number | null {
	const m = header && /^\s*(?:W\/)?"v(\d{1,9})"\s*$/.exec(header);
	return m ? Number(m[1]) : null;
}

export type BodyReading = { ok: true; body: Record<string, unknown>; expectedVersion: number | undefined } | { ok: false; response: Response };

export async function readBody(request: Request): Promise<BodyReading> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/(?:[\w.+-]+\+)?json\b/.test(type)) {
		return { ok: false, response: problem(415, 'Send the correction as JSON (Content-Type: application/json).') };
	}
	const raw = await request.text();
	if (raw.length > MAX_BODY) return { ok: false, response: problem(413, `A correction is at most ${MAX_BODY / 1024} KB of JSON.`) };
	let body: unknown;
	try {
		body = raw.trim() === '' ? {} : JSON.parse(raw);
	} catch (e) {
		return { ok: false, response: problem(400, `The body is not valid JSON: ${(e as Error).message}.`) };
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return { ok: false, response: problem(400, 'The body must be a JSON object.') };
	}
	const b = body as Record<string, unknown>;
	const fromHeader = versionFromIfMatch(request.headers.get('if-match'));
	if (b.expectedVersion === undefined && fromHeader === null) {
		return {
			ok: false,
			response: problem(428, 'Say which version your correction is based on: send "expectedVersion" in the body, or If-Match with the ETag of GET /api/articles/{id}.', {
				errors: [{ field: 'expectedVersion', message: 'required' }]
			})
		};
	}
	return { ok: true, body: b, expectedVersion: typeof b.expectedVersion === 'number' ? b.expectedVersion : (fromHeader ?? (b.expectedVersion as number)) };
}

export function writeResponse(result: WriteResult, articleId: string): Response {
	if (result.ok) {
		return new Response(JSON.stringify({ correction: result.entry, version: result.version }), {
			status: 201,
			headers: { 'content-type': 'application/json; charset=utf-8', etag: etagOf(result.version), 'cache-control': 'no-store' }
		});
	}
	switch (result.kind) {
		case 'not-found':
			return problem(404, result.message);
		case 'invalid':
			return problem(422, 'The correction is not valid; see "errors".', { errors: result.errors });
		case 'conflict': {
			const who = [...new Set(result.since.map((h) => h.author))].join(', ');
			return problem(
				409,
				`The article changed since your version: it is now at version ${result.currentVersion}${who ? `, after corrections by ${who}` : ''}. Look at "changes", then send your correction again with expectedVersion ${result.currentVersion}.`,
				{
					instance: `/api/articles/${encodeURIComponent(articleId)}`,
					headers: { etag: etagOf(result.currentVersion) },
					extensions: { currentVersion: result.currentVersion, changes: result.since }
				}
			);
		}
	}
}
