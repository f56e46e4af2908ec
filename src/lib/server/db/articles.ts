import { sql, type Kysely } from 'kysely';
import { extract, PIPELINE_VERSION, type ExtractInput } from '$lib/extract/pipeline';
import { validateArticleInput, type ArticleInput } from '$lib/article-input';
import type { ArticleRecord, FactFile, Lang } from '$lib/model';
import { loadGazetteer } from '$lib/extract/places/load';
import type { Store } from './database';
import type { Schema } from './schema';
import { isForeignKeyViolation, isUniqueViolation } from './errors';
import { checkId, newId } from './ids';

/** One line of the library: enough to list an article without its text or facts. */
export interface ArticleSummary {
	id: string;
	title: string;
	lang: Lang;
	dct: string;
	/** ISO timestamp of when it was added. */
	createdAt: string;
	/** Events in the stored fact file (as last extracted, or as imported). */
	eventCount: number;
	/** True when the facts were imported from a fact file rather than extracted here. */
	imported: boolean;
}

export interface ListOptions {
	/** At most this many articles (all when absent). */
	limit?: number;
	/** Skip this many of the newest first (for paging). */
	offset?: number;
	/** Only articles whose title contains this, ignoring case (ASCII letters). */
	query?: string;
}

/** Turns an article into its fact file; swapped out in tests. */
export type Extractor = (input: ExtractInput) => FactFile;

export const extractWithGazetteer: Extractor = (input) => extract(input, loadGazetteer());

/** What the fact_files table records for an extractor's output and for an imported file. */
export const SOURCE_EXTRACTED = 'extracted';
export const SOURCE_IMPORTED = 'imported';

/** A title for an article pasted without one: its first line, shortened at a word. */
export function titleFromText(text: string, max = 100): string {
	const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
	const flat = line.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat || 'Untitled article';
	const cut = flat.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '') + '…';
}

function extractInputOf(article: ArticleRecord): ExtractInput {
	return { text: article.text, dct: article.dct, lang: article.lang, title: article.title };
}

/**
 * Writes (or replaces) the fact file of an article. With `keepImported`, an
 * imported fact file already there is left as it is; returns whether a row
 * was written.
 */
export async function writeFactFile(
	db: Kysely<Schema>,
	articleId: string,
	facts: FactFile,
	now: Date,
	source: string = SOURCE_EXTRACTED,
	options: { keepImported?: boolean } = {}
): Promise<boolean> {
	const row = {
		article_id: articleId,
		pipeline_version: facts.generator?.version ?? 'unknown',
		json: JSON.stringify(facts),
		event_count: Array.isArray(facts.events) ? facts.events.length : 0,
		created_at: now.toISOString(),
		source
	};
	const result = await db
		.insertInto('fact_files')
		.values(row)
		.onConflict((oc) => {
			const update = oc.column('article_id').doUpdateSet({
				pipeline_version: row.pipeline_version,
				json: row.json,
				event_count: row.event_count,
				created_at: row.created_at,
				source: row.source
			});
			return options.keepImported ? update.where('fact_files.source', '<>', SOURCE_IMPORTED) : update;
		})
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 1) > 0;
}

/** `%` and `_` typed by the user are letters to look for, not wildcards. */
function likePattern(query: string): string {
	return `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereTitleMatches(query: string | undefined) {
	const q = query?.trim();
	return q ? sql<boolean>`lower(a.title) like ${likePattern(q)} escape '\\'` : sql<boolean>`1 = 1`;
}

/**
 * The library, newest first (ties broken by id, so pages never overlap).
 * Reads only small columns: no text, no JSON.
 */
export async function listArticles(db: Store, options: ListOptions = {}): Promise<ArticleSummary[]> {
	let query = db.kysely
		.selectFrom('articles as a')
		.leftJoin('fact_files as f', 'f.article_id', 'a.id')
		.select(['a.id', 'a.title', 'a.lang', 'a.dct', 'a.created_at', 'f.event_count', 'f.source'])
		.where(whereTitleMatches(options.query))
		.orderBy('a.created_at', 'desc')
		.orderBy('a.id', 'desc');
	if (options.limit !== undefined) query = query.limit(Math.max(0, Math.floor(options.limit)));
	if (options.offset) query = query.offset(Math.max(0, Math.floor(options.offset)));
	const rows = await query.execute();
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		lang: r.lang as Lang,
		dct: r.dct,
		createdAt: r.created_at,
		eventCount: Number(r.event_count ?? 0),
		imported: r.source === SOURCE_IMPORTED
	}));
}

/** How many articles the library holds (those matching `query` when given). */
export async function countArticles(db: Store, options: { query?: string } = {}): Promise<number> {
	const row = await db.kysely
		.selectFrom('articles as a')
		.select((eb) => eb.fn.countAll().as('n'))
		.where(whereTitleMatches(options.query))
		.executeTakeFirstOrThrow();
	// PostgreSQL returns count(*) as a bigint string.
	return Number(row.n);
}

export async function getArticle(db: Store, id: string): Promise<ArticleRecord | null> {
	const row = await db.kysely
		.selectFrom('articles')
		.select(['id', 'title', 'lang', 'dct', 'text', 'created_at'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	return { id: row.id, title: row.title, lang: row.lang as Lang, dct: row.dct, text: row.text, createdAt: row.created_at };
}

/**
 * The fact file of an article, or null when there is no such article. A fact
 * file made by another pipeline version is extracted again and replaced, so
 * improvements to the extractor reach old articles the next time they are
 * read; an imported fact file is returned as it was given, always.
 */
export async function getFactFile(db: Store, id: string, extractor: Extractor = extractWithGazetteer): Promise<FactFile | null> {
	const row = await db.kysely
		.selectFrom('fact_files')
		.select(['pipeline_version', 'json', 'source'])
		.where('article_id', '=', id)
		.executeTakeFirst();
	if (row && (row.source === SOURCE_IMPORTED || row.pipeline_version === PIPELINE_VERSION)) return JSON.parse(row.json) as FactFile;
	// Stale or (should never happen, creation is atomic) missing: extract now.
	return refreshFactFile(db, id, extractor);
}

/**
 * Extracts an article again and stores the result; null when there is no
 * such article. An imported fact file is left alone (and returned): it was
 * not made by our pipeline, so a newer pipeline has nothing to redo.
 */
export async function refreshFactFile(db: Store, id: string, extractor: Extractor = extractWithGazetteer): Promise<FactFile | null> {
	const article = await getArticle(db, id);
	if (!article) return null;
	const current = await db.kysely.selectFrom('fact_files').select(['json', 'source']).where('article_id', '=', id).executeTakeFirst();
	if (current?.source === SOURCE_IMPORTED) return JSON.parse(current.json) as FactFile;
	const facts = extractor(extractInputOf(article));
	// One statement, no read-then-write: an import that landed meanwhile is
	// kept, and an article deleted meanwhile fails the foreign key.
	try {
		const written = await writeFactFile(db.kysely, id, facts, new Date(), SOURCE_EXTRACTED, { keepImported: true });
		if (written) return facts;
	} catch (e) {
		if (isForeignKeyViolation(e)) return null;
		throw e;
	}
	return getFactFile(db, id, extractor);
}

/** Articles whose extracted fact file is missing or was made by another pipeline version (imports never are). */
export async function staleArticleIds(db: Store): Promise<string[]> {
	const rows = await db.kysely
		.selectFrom('articles as a')
		.leftJoin('fact_files as f', 'f.article_id', 'a.id')
		.select('a.id')
		.where((eb) =>
			eb.or([
				eb('f.pipeline_version', 'is', null),
				eb.and([eb('f.pipeline_version', '<>', PIPELINE_VERSION), eb('f.source', '<>', SOURCE_IMPORTED)])
			])
		)
		.orderBy('a.created_at', 'desc')
		.orderBy('a.id', 'desc')
		.execute();
	return rows.map((r) => r.id);
}

export interface CreateOptions {
	/** A fixed id (the sample article has one, so links to it are stable). */
	id?: string;
	extractor?: Extractor;
	now?: Date;
}

export interface StoredArticle {
	title: string;
	lang: Lang;
	dct: string;
	text: string;
}

/**
 * Stores an article and its fact file in one transaction: either both are in
 * the library, or neither is. The insert is the transaction's first statement
 * so that SQLite takes its write lock at once (a read first could find its
 * snapshot outdated by another writer and fail instead of waiting).
 * A random id that clashes is drawn again; a fixed one that exists is an error.
 */
export async function insertArticleWithFacts(
	db: Store,
	article: StoredArticle,
	facts: FactFile,
	options: { id?: string; now: Date; source: string }
): Promise<string> {
	for (let attempt = 0; ; attempt++) {
		const id = options.id ?? newId();
		try {
			await db.kysely.transaction().execute(async (trx) => {
				await trx
					.insertInto('articles')
					.values({ id, ...article, created_at: options.now.toISOString() })
					.execute();
				await writeFactFile(trx, id, facts, options.now, options.source);
			});
			return id;
		} catch (e) {
			if (!isUniqueViolation(e)) throw e;
			if (options.id !== undefined) throw new Error(`There is already an article with id “${options.id}”.`, { cause: e });
			if (attempt >= 5) throw e;
		}
	}
}

/**
 * Extracts the facts of a new article and stores both atomically. Extraction
 * runs before the transaction so that the write lock is held only for the
 * two inserts.
 *
 * Throws when the input is not valid (callers validate first, with
 * `validateArticleInput`, to show the messages beside the fields).
 */
export async function createArticle(db: Store, raw: ArticleInput, options: CreateOptions = {}): Promise<string> {
	const checked = validateArticleInput(raw);
	if (!checked.ok) throw new Error(`Invalid article: ${Object.values(checked.errors).join(' ')}`);
	const input = checked.input;
	if (options.id !== undefined) checkId(options.id, 'an article');
	const title = input.title || titleFromText(input.text);
	const now = options.now ?? new Date();
	const facts = (options.extractor ?? extractWithGazetteer)({ text: input.text, dct: input.dct, lang: input.lang, title });
	return insertArticleWithFacts(db, { title, lang: input.lang, dct: input.dct, text: input.text }, facts, {
		id: options.id,
		now,
		source: SOURCE_EXTRACTED
	});
}

/**
 * Removes an article with its fact file, its corrections and its place in
 * collections (the foreign keys cascade). Returns whether it existed.
 */
export async function deleteArticle(db: Store, id: string): Promise<boolean> {
	const result = await db.kysely.deleteFrom('articles').where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
