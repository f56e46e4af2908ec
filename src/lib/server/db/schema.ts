import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them, for SQLite and PostgreSQL alike. Times are
 * ISO strings (`toISOString()`, which sorts as text) and JSON is text, so
 * both databases store exactly the same values.
 */
export interface ArticlesTable {
	id: string;
	title: string;
	lang: string;
	dct: string;
	/** The text as the user gave it; fact-file offsets point into it, so it is never rewritten. */
	text: string;
	created_at: string;
	/** Bumped by every correction; the compare-and-set of versioned writes works on it. */
	version: Generated<number>;
}

export interface FactFilesTable {
	article_id: string;
	pipeline_version: string;
	json: string;
	/** Copied out of the JSON so the library list needs no JSON parsing. */
	event_count: number;
	created_at: string;
	/** `extracted` (by our pipeline, refreshed when it changes) or `imported` (kept as given). */
	source: Generated<string>;
}

export interface CorrectionsTable {
	id: Generated<number>;
	article_id: string;
	version: number;
	author: string;
	created_at: string;
	op: string;
	undoes: number | null;
}

export interface CollectionsTable {
	id: string;
	title: string;
	created_at: string;
}

export interface CollectionArticlesTable {
	collection_id: string;
	article_id: string;
	position: number;
}

export interface MetaTable {
	key: string;
	value: string;
}

export interface Schema {
	articles: ArticlesTable;
	fact_files: FactFilesTable;
	corrections: CorrectionsTable;
	collections: CollectionsTable;
	collection_articles: CollectionArticlesTable;
	meta: MetaTable;
}
