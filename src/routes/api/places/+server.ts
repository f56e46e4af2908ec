/**
 * `GET /api/places?q=vlad&lang=fr`: gazetteer entries whose name starts
 * with `q`, for the place editor: `{ places: [{ gazetteerId, name, lat,
 * lon, kind, country, population }] }`.
 */
import { loadGazetteer } from '$lib/extract/places/load';
import { MAX_QUERY, MIN_QUERY, searchPlaces } from '$lib/corrections/place-search';
import { methodNotAllowed, problem } from '$lib/server/problem';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => {
	const q = url.searchParams.get('q') ?? '';
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'fr';
	if (q.trim().length < MIN_QUERY || q.length > MAX_QUERY) {
		return problem(400, `Type ${MIN_QUERY} to ${MAX_QUERY} characters of a place name in "q".`, { errors: [{ field: 'q', message: `${MIN_QUERY} to ${MAX_QUERY} characters` }] });
	}
	const limit = Math.min(25, Math.max(1, Number(url.searchParams.get('limit')) || 10));
	return new Response(JSON.stringify({ places: searchPlaces(loadGazetteer(), q, lang, limit) }), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};

export const fallback: RequestHandler = methodNotAllowed('GET');
