import { checkDct, checkLang, checkText, checkTitle } from '$lib/article-input';
import type { FactFile, Lang } from '$lib/model';
import type { Store } from './database';
import { insertArticleWithFacts, SOURCE_IMPORTED, titleFromText } from './articles';
import { checkId } from './ids';

/** A fact file that carries its article's text, as exported by Factline or made by another tool. */
export type ImportedFactFile = FactFile & { article: { text: string; title?: string } };

export interface ImportOptions {
	/** Overrides the title in the file (the user may have confirmed another). */
	title?: string;
	/** A fixed id; a random one otherwise. */
	id?: string;
	now?: Date;
}

/**
 * Checks what storage relies on; the schema of the whole file is the import
 * form's business ($lib/import validates it first with messages per field).
 * Returns the first problem found, naming the field.
 */
function problemWith(facts: ImportedFactFile, title: string): string | null {
	if (!facts || typeof facts !== 'object') return 'The fact file is not a JSON object.';
	const article = facts.article as Partial<ImportedFactFile['article']> | undefined;
	if (!article || typeof article !== 'object') return 'article: missing; a fact file needs its article (text, dct, lang).';
	if (typeof article.text !== 'string') return 'article.text: missing; the article text is needed to show the facts in it.';
	const text = checkText(article.text);
	if (text) return `article.text: ${text}`;
	const dct = checkDct(typeof article.dct === 'string' ? article.dct : '');
	if (dct) return `article.dct: ${dct}`;
	const lang = checkLang(typeof article.lang === 'string' ? article.lang : '');
	if (lang) return `article.lang: ${lang}`;
	const long = checkTitle(title);
	if (long) return `article.title: ${long}`;
	for (const field of ['sentences', 'timexes', 'places', 'events'] as const) {
		if (!Array.isArray(facts[field])) return `${field}: must be a list (it is ${facts[field] === undefined ? 'missing' : typeof facts[field]}).`;
	}
	return null;
}

/**
 * Stores an imported fact file with its article, atomically. The facts are
 * kept as given and never re-extracted (they were not made by our pipeline,
 * or were corrected by hand before export). The text is stored verbatim,
 * line breaks included, since the file's offsets point into it. Throws an
 * Error naming the bad field when the file cannot be stored.
 */
export async function createImportedArticle(db: Store, facts: ImportedFactFile, options: ImportOptions = {}): Promise<string> {
	const title = (options.title ?? facts?.article?.title ?? '').trim() || titleFromText(String(facts?.article?.text ?? ''));
	const problem = problemWith(facts, title);
	if (problem) throw new Error(`Cannot import this fact file: ${problem}`);
	if (options.id !== undefined) checkId(options.id, 'an article');
	const { text, ...meta } = facts.article;
	// The text lives in the articles table; the stored JSON keeps the rest as given.
	const stored: FactFile = { ...facts, article: meta };
	return insertArticleWithFacts(db, { title, lang: meta.lang as Lang, dct: meta.dct.trim(), text }, stored, {
		id: options.id,
		now: options.now ?? new Date(),
		source: SOURCE_IMPORTED
	});
}
