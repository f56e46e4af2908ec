import { fail, redirect } from '@sveltejs/kit';
import { createCollection, getDb, listArticles, listCollections } from '$lib/server/db';
import { existingArticleIds } from '$lib/collections/store.server';
import { checkArticleIds, checkTitle, type CollectionInputErrors } from '$lib/collections/input';
import type { Actions, PageServerLoad } from './$types';

/** Articles offered as checkboxes; a search narrows a large library. */
const CHOICES = 200;

export const load = (async ({ url }) => {
	const db = await getDb();
	const query = url.searchParams.get('q')?.trim().slice(0, 200) ?? '';
	const articles = await listArticles(db, { limit: CHOICES, query: query || undefined });
	return {
		query,
		collections: await listCollections(db),
		articles: articles.map((a) => ({ id: a.id, title: a.title, lang: a.lang, dct: a.dct, eventCount: a.eventCount }))
	};
}) satisfies PageServerLoad;

/** A refused form: what was typed and chosen comes back with a message per field. */
export interface CreateCollectionFailure {
	values: { title: string; articleIds: string[] };
	errors: CollectionInputErrors;
	message?: string;
}

/** `fail` with one shape for every refusal, so the page sees a single `form` type. */
function refuse(status: number, body: CreateCollectionFailure) {
	return fail(status, body);
}

export const actions = {
	create: async ({ request }) => {
		const form = await request.formData().catch(() => null);
		if (!form) {
			return refuse(400, { values: { title: '', articleIds: [] }, errors: {}, message: 'The form could not be read. Reload the page and try again.' });
		}
		const values = { title: String(form.get('title') ?? ''), articleIds: form.getAll('articles').map(String) };
		const db = await getDb();
		const known = await existingArticleIds(db, values.articleIds);
		const title = checkTitle(values.title);
		const ids = checkArticleIds(values.articleIds, known);
		if (!title.ok || !ids.ok) {
			const errors: CollectionInputErrors = {};
			if (!title.ok) errors.title = title.error;
			if (!ids.ok) errors.articles = ids.error;
			return refuse(400, { values, errors });
		}
		const id = await createCollection(db, { title: title.title, articleIds: ids.ids });
		redirect(303, `/collections/${encodeURIComponent(id)}`);
	}
} satisfies Actions;
