/**
 * The fact file itself, as stored, with the article it was drawn from: the
 * project's own format (`shared/eval/README.md`), so an export can be scored,
 * diffed or read back.
 */
import type { ArticleMeta, ArticleRecord, FactFile } from '$lib/model';

/** The stored fact file, its `article` completed with the library's record. */
export interface FactFileExport extends Omit<FactFile, 'article'> {
	article: ArticleMeta & {
		id: string;
		title: string;
		/** Every offset in the file points into this text, so it travels with them. */
		text: string;
		createdAt: string;
	};
}

export function toFactFileExport(article: ArticleRecord, facts: FactFile): FactFileExport {
	return {
		...facts,
		article: {
			...facts.article,
			id: article.id,
			title: article.title || facts.article.title || '',
			text: article.text,
			createdAt: article.createdAt
		}
	};
}

/** Pretty-printed: a download is read by people as much as by programs. */
export function toFactFileJson(article: ArticleRecord, facts: FactFile): string {
	return JSON.stringify(toFactFileExport(article, facts), null, 2) + '\n';
}
