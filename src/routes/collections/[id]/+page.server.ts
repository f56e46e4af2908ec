import { error, fail, redirect } from '@sveltejs/kit';
import { deleteCollection, getCollection, getDb, listArticles, renameCollection, setCollectionArticles } from '$lib/server/db';
import { existingArticleIds, loadCollection } from '$lib/collections/store.server';
import { checkArticleIds, checkTitle } from '$lib/collections/input';
import type { Actions, PageServerLoad } from './$types';

function notFound(id: string): never {
	error(404, `No collection with id “${id.slice(0, 80)}”; see the collections at /collections`);
}

export const load = (async ({ params }) => {
	const db = await getDb();
	const loaded = await loadCollection(db, params.id);
	if (!loaded) notFound(params.id);
	const inside = new Set(loaded.record.articleIds);
	// The most recent articles not yet in: enough to pick from (the collections page searches the whole library).
	const library = await listArticles(db, { limit: 200 + inside.size });
	return {
		collection: { id: loaded.record.id, title: loaded.record.title, createdAt: loaded.record.createdAt },
		// The combined text stays on the server: every view here reads the facts and the sources' sentences.
		facts: loaded.combined?.facts ?? null,
		missing: loaded.missing,
		others: library.filter((a) => !inside.has(a.id)).slice(0, 200).map((a) => ({ id: a.id, title: a.title, lang: a.lang, dct: a.dct }))
	};
}) satisfies PageServerLoad;

async function current(id: string) {
	const db = await getDb();
	const record = await getCollection(db, id);
	if (!record) notFound(id);
	return { db, record };
}

export const actions = {
	rename: async ({ params, request }) => {
		const form = await request.formData();
		const { db, record } = await current(params.id);
		const title = checkTitle(form.get('title'));
		if (!title.ok) return fail(400, { action: 'rename' as const, error: title.error, title: String(form.get('title') ?? '') });
		await renameCollection(db, record.id, title.title);
		return { action: 'rename' as const, done: 'Renamed.' };
	},
	add: async ({ params, request }) => {
		const form = await request.formData();
		const { db, record } = await current(params.id);
		const chosen = form.getAll('articles').map(String);
		const ids = checkArticleIds(chosen, await existingArticleIds(db, chosen));
		if (!ids.ok) return fail(400, { action: 'add' as const, error: ids.error });
		const next = [...record.articleIds, ...ids.ids.filter((id) => !record.articleIds.includes(id))];
		const within = checkArticleIds(next, new Set(next));
		if (!within.ok) return fail(400, { action: 'add' as const, error: within.error });
		await setCollectionArticles(db, record.id, next);
		return { action: 'add' as const, done: ids.ids.length === 1 ? 'Added 1 article.' : `Added ${ids.ids.length} articles.` };
	},
	remove: async ({ params, request }) => {
		const form = await request.formData();
		const { db, record } = await current(params.id);
		const id = String(form.get('article') ?? '');
		if (!record.articleIds.includes(id)) return fail(400, { action: 'remove' as const, error: 'That article is not in this collection; reload the page.' });
		await setCollectionArticles(
			db,
			record.id,
			record.articleIds.filter((x) => x !== id)
		);
		return { action: 'remove' as const, done: 'Removed 1 article; it stays in the library.' };
	},
	delete: async ({ params }) => {
		const { db, record } = await current(params.id);
		await deleteCollection(db, record.id);
		redirect(303, '/collections');
	}
} satisfies Actions;
