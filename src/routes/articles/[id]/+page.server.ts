import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getCorrectedArticle, submitCorrection, undoCorrection, type CorrectedArticle, type WriteResult } from '$lib/server/corrections';
import {
	addOpFromForm,
	deleteOpFromForm,
	editOpFromForm,
	F,
	mergeOpFromForm,
	type CorrectionFormResult,
	type CorrectionPageData,
	type FormReading,
	type FormValues
} from '$lib/corrections/form';
import type { PlacePick } from '$lib/corrections/ops';
import { searchPlaces } from '$lib/corrections/place-search';
import { loadGazetteer } from '$lib/extract/places/load';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The author's name, asked once and kept for a year. */
const AUTHOR_COOKIE = 'factline_author';

export const load = (async ({ params, cookies }) => {
	const current = await getCorrectedArticle(await getDb(), params.id);
	if (!current) error(404, `No article with id “${params.id.slice(0, 80)}”; see the library at /`);
	const { article, facts, version, history } = current;
	return { article, facts, version, history, author: cookies.get(AUTHOR_COOKIE) ?? '' } satisfies CorrectionPageData;
}) satisfies PageServerLoad;

function values(form: FormData): FormValues {
	const out: FormValues = {};
	for (const [k, v] of form) if (typeof v === 'string') out[k] = v.slice(0, 4000);
	return out;
}

function topHit(lang: 'fr' | 'en') {
	return (q: string): PlacePick | null => {
		const hit = searchPlaces(loadGazetteer(), q, lang, 1)[0];
		return hit ? { name: hit.name, lat: hit.lat, lon: hit.lon, kind: hit.kind, gazetteerId: hit.gazetteerId } : null;
	};
}

function answer(action: CorrectionFormResult['action'], v: FormValues, result: WriteResult) {
	if (result.ok) return { action, values: {}, done: result.entry } satisfies CorrectionFormResult;
	if (result.kind === 'not-found') error(404, result.message);
	if (result.kind === 'invalid') return fail(400, { action, values: v, errors: result.errors } satisfies CorrectionFormResult);
	return fail(409, { action, values: v, conflict: { currentVersion: result.currentVersion, since: result.since } } satisfies CorrectionFormResult);
}

/** Reads the form, builds the op against the article as it stands, writes it on the version the form was based on. */
async function correct(event: RequestEvent, action: CorrectionFormResult['action'], build: (v: FormValues, current: CorrectedArticle) => FormReading) {
	const v = values(await event.request.formData());
	const author = (v[F.author] ?? '').trim();
	if (author) event.cookies.set(AUTHOR_COOKIE, author.slice(0, 80), { path: '/', maxAge: 60 * 60 * 24 * 365, httpOnly: true, sameSite: 'lax' });
	const db = await getDb();
	const current = await getCorrectedArticle(db, event.params.id);
	if (!current) error(404, `No article with id “${event.params.id.slice(0, 80)}”.`);
	const expectedVersion = /^\d+$/.test(v[F.version] ?? '') ? Number(v[F.version]) : -1;
	// Stale first: a form built on an older version may name an event the other edit removed.
	if (expectedVersion !== current.version) {
		return fail(409, { action, values: v, conflict: { currentVersion: current.version, since: current.history.filter((h) => h.version > expectedVersion) } } satisfies CorrectionFormResult);
	}
	if (action === 'undo') {
		const cid = Number(v.correction);
		return answer(action, v, await undoCorrection(db, event.params.id, cid, { author, expectedVersion }));
	}
	const read = build(v, current);
	if (!read.ok) return fail(400, { action, values: v, errors: read.errors } satisfies CorrectionFormResult);
	return answer(action, v, await submitCorrection(db, event.params.id, { op: read.op, author, expectedVersion }));
}

export const actions = {
	edit: (event) => correct(event, 'edit', (v, c) => editOpFromForm(v, c.facts, topHit(c.article.lang))),
	delete: (event) => correct(event, 'delete', (v, c) => deleteOpFromForm(v, c.facts)),
	merge: (event) => correct(event, 'merge', (v, c) => mergeOpFromForm(v, c.facts)),
	add: (event) => correct(event, 'add', (v, c) => addOpFromForm(v, c.facts, c.article.text, topHit(c.article.lang))),
	undo: (event) => correct(event, 'undo', () => ({ ok: false, errors: [] }))
} satisfies Actions;
