import { error } from '@sveltejs/kit';
import type { ArticlePageData } from '$lib/model';
import { getDb } from '$lib/server/db';
import { getArticle, getFactFile } from '$lib/server/db/articles';
import type { PageServerLoad } from './$types';

export const load = (({ params }) => {
	const db = getDb();
	const article = getArticle(db, params.id);
	const facts = article && getFactFile(db, params.id);
	if (!article || !facts) error(404, `No article with id “${params.id.slice(0, 80)}”; see the library at /`);
	return { article, facts } satisfies ArticlePageData;
}) satisfies PageServerLoad;
