/**
 * The library's database as the import sees it: articles are extracted and
 * stored by `createArticle`; fact files are stored as given by
 * `createImportedArticle` (never extracted again).
 */
import { createArticle, createImportedArticle, getDb } from '$lib/server/db';
import type { ImportStore } from './import-file';

export const libraryStore: ImportStore = {
	async createArticle(input) {
		return await createArticle(await getDb(), input);
	},
	async createImported(facts, title) {
		return await createImportedArticle(await getDb(), facts, title ? { title } : {});
	}
};
