/**
 * The library's database as the import sees it: articles are extracted and
 * stored by `createArticle`; fact files are stored as given.
 */
import { getDb } from '$lib/server/db';
import { createArticle } from '$lib/server/db/articles';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import type { ImportStore } from './import-file';

export const libraryStore: ImportStore = {
	async createArticle(input) {
		return await createArticle(await getDb(), input);
	},
	async createImported(facts, title) {
		const { text, ...meta } = facts.article;
		// Until the storage layer's createImportedArticle lands: the given facts
		// are stored in place of an extraction, stamped with this pipeline's
		// version so they are not extracted again on read.
		return await createArticle(
			await getDb(),
			{ title: title ?? meta.title ?? '', dct: meta.dct, lang: meta.lang, text },
			{ extractor: () => ({ ...facts, article: meta, generator: { name: 'factline', version: PIPELINE_VERSION } }) }
		);
	}
};
