import { randomBytes } from 'node:crypto';
import { extract, PIPELINE_VERSION, type ExtractInput } from '$lib/extract/pipeline';
import { validateArticleInput, type ArticleInput } from '$lib/article-input';
import type { ArticleRecord, FactFile, Lang } from '$lib/model';
import { loadGazetteer } from '$lib/extract/places/load';
import type { Db } from './database';

/** One line of the library: enough to list an article without its text or facts. */
export interface ArticleSummary {
	id: string;
	title: string;
	lang: Lang;
	dct: string;
	/** ISO timestamp of when it was added. */
	createdAt: string;
	/** Events in the stored fact file (as last extracted). */
	eventCount: number;
}

/** Turns an article into its fact file; swapped out in tests. */
export type Extractor = (input: ExtractInput) => FactFile;

export const extractWithGazetteer: Extractor = (input) => extract(input, loadGazetteer());

/** Ids are random rather than derived from titles: two articles may share a title. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function newId(): string {
	// 48 random bits, 8 URL-safe characters: short enough to read in a link,
	// and a clash (checked for anyway) is astronomically unlikely.
	return randomBytes(6).toString('base64url');
}

/** A title for an article pasted without one: its first line, shortened at a word. */
export function titleFromText(text: string, max = 100): string {
	const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
	const flat = line.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat || 'Untitled article';
	const cut = flat.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '') + '…';
}

interface ArticleRow {
	id: string;
	title: string;
	lang: string;
	dct: string;
	text: string;
	created_at: string;
}

function toRecord(row: ArticleRow): ArticleRecord {
	return {
		id: row.id,
		title: row.title,
		lang: row.lang as Lang,
		dct: row.dct,
		text: row.text,
		createdAt: row.created_at
	};
}

function extractInputOf(article: ArticleRecord): ExtractInput {
	return { text: article.text, dct: article.dct, lang: article.lang, title: article.title };
}

function writeFactFile(db: Db, articleId: string, facts: FactFile, now: Date): void {
	db.prepare(
		`INSERT INTO fact_files (article_id, pipeline_version, json, event_count, created_at)
		 VALUES (?, ?, ?, ?, ?)
		 ON CONFLICT (article_id) DO UPDATE SET
		   pipeline_version = excluded.pipeline_version,
		   json = excluded.json,
		   event_count = excluded.event_count,
		   created_at = excluded.created_at`
	).run(articleId, facts.generator.version, JSON.stringify(facts), facts.events.length, now.toISOString());
}

/** The library, newest first. Reads only small columns: no text, no JSON. */
export function listArticles(db: Db): ArticleSummary[] {
	const rows = db
		.prepare(
			`SELECT a.id, a.title, a.lang, a.dct, a.created_at, COALESCE(f.event_count, 0) AS event_count
			 FROM articles a LEFT JOIN fact_files f ON f.article_id = a.id
			 ORDER BY a.created_at DESC, a.rowid DESC`
		)
		.all() as Array<Omit<ArticleRow, 'text'> & { event_count: number }>;
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		lang: r.lang as Lang,
		dct: r.dct,
		createdAt: r.created_at,
		eventCount: r.event_count
	}));
}

export function countArticles(db: Db): number {
	return db.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
}

export function getArticle(db: Db, id: string): ArticleRecord | null {
	const row = db.prepare('SELECT id, title, lang, dct, text, created_at FROM articles WHERE id = ?').get(id) as
		| ArticleRow
		| undefined;
	return row ? toRecord(row) : null;
}

/**
 * The fact file of an article, or null when there is no such article. A fact
 * file made by another pipeline version is extracted again and replaced, so
 * improvements to the extractor reach old articles the next time they are read.
 */
export function getFactFile(db: Db, id: string, extractor: Extractor = extractWithGazetteer): FactFile | null {
	const row = db.prepare('SELECT pipeline_version, json FROM fact_files WHERE article_id = ?').get(id) as
		| { pipeline_version: string; json: string }
		| undefined;
	if (row && row.pipeline_version === PIPELINE_VERSION) return JSON.parse(row.json) as FactFile;
	// Stale or (should never happen, creation is atomic) missing: extract now.
	return refreshFactFile(db, id, extractor);
}

/** Extracts an article again and stores the result; null when there is no such article. */
export function refreshFactFile(db: Db, id: string, extractor: Extractor = extractWithGazetteer): FactFile | null {
	const article = getArticle(db, id);
	if (!article) return null;
	const facts = extractor(extractInputOf(article));
	writeFactFile(db, id, facts, new Date());
	return facts;
}

/** Articles whose fact file is missing or was made by another pipeline version. */
export function staleArticleIds(db: Db): string[] {
	return db
		.prepare(
			`SELECT a.id FROM articles a LEFT JOIN fact_files f ON f.article_id = a.id
			 WHERE f.pipeline_version IS NULL OR f.pipeline_version <> ?
			 ORDER BY a.created_at DESC`
		)
		.pluck()
		.all(PIPELINE_VERSION) as string[];
}

export interface CreateOptions {
	/** A fixed id (the sample article has one, so links to it are stable). */
	id?: string;
	extractor?: Extractor;
	now?: Date;
}

/**
 * Extracts the facts of a new article and stores both in one transaction:
 * either the article and its fact file are in the library, or neither is.
 * Extraction runs before the transaction so that the write lock is held
 * only for the two inserts.
 *
 * Throws when the input is not valid (callers validate first, with
 * `validateArticleInput`, to show the messages beside the fields).
 */
export function createArticle(db: Db, raw: ArticleInput, options: CreateOptions = {}): string {
	const checked = validateArticleInput(raw);
	if (!checked.ok) throw new Error(`Invalid article: ${Object.values(checked.errors).join(' ')}`);
	const input = checked.input;
	if (options.id !== undefined && !ID_PATTERN.test(options.id)) {
		throw new Error(`“${options.id}” cannot be an article id: use letters, digits, - and _ only.`);
	}
	const title = input.title || titleFromText(input.text);
	const now = options.now ?? new Date();
	const facts = (options.extractor ?? extractWithGazetteer)({ text: input.text, dct: input.dct, lang: input.lang, title });

	const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
	const insert = db.prepare('INSERT INTO articles (id, title, lang, dct, text, created_at) VALUES (?, ?, ?, ?, ?, ?)');
	return db
		.transaction((): string => {
			let id = options.id ?? newId();
			if (options.id === undefined) while (exists.get(id) !== undefined) id = newId();
			insert.run(id, title, input.lang, input.dct, input.text, now.toISOString());
			writeFactFile(db, id, facts, now);
			return id;
		})
		.immediate();
}
