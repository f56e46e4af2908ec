import { error } from '@sveltejs/kit';
import type { ArticlePageData } from '$lib/model';
import { getArticle, getDb, getFactFile } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load = (async ({ params }) => {
	const db = await getDb();
	const article = await getArticle(db, params.id);
	const facts = article && (await getFactFile(db, params.id));
	if (!article || !facts) error(404, `No article with id “${params.id.slice(0, 80)}”; see the library at /`);
	return { article, facts } satisfies ArticlePageData;
}) satisfies PageServerLoad;
