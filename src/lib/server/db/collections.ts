import type { Kysely } from 'kysely';
import type { Store } from './database';
import type { Schema } from './schema';
import { isForeignKeyViolation, isUniqueViolation } from './errors';
import { newId } from './ids';

/** A collection: several articles read as one story, in the order given. */
export interface CollectionRecord {
	id: string;
	title: string;
	createdAt: string;
	articleIds: string[];
}

export interface CollectionSummary {
	id: string;
	title: string;
	createdAt: string;
	articleCount: number;
}

export const MAX_COLLECTION_TITLE_CHARS = 300;

function checkTitle(title: unknown): string {
	const t = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
	if (!t) throw new Error('title: give the collection a title.');
	if (t.length > MAX_COLLECTION_TITLE_CHARS) throw new Error(`title: at most ${MAX_COLLECTION_TITLE_CHARS} characters.`);
	return t;
}

/** The ids once each, in the order first given. */
function uniqueIds(ids: unknown): string[] {
	if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new Error('articleIds: must be a list of article ids.');
	return [...new Set(ids as string[])];
}

/** Names the ids that are not articles, for the error of a write the foreign keys refused. */
async function unknownArticleError(db: Kysely<Schema>, ids: string[], cause: unknown): Promise<Error> {
	const found = new Set(
		ids.length ? (await db.selectFrom('articles').select('id').where('id', 'in', ids).execute()).map((r) => r.id) : []
	);
	const missing = ids.filter((id) => !found.has(id));
	return new Error(`articleIds: no article with id ${missing.map((id) => `“${id.slice(0, 80)}”`).join(', ')}.`, { cause });
}

async function insertLinks(db: Kysely<Schema>, collectionId: string, articleIds: string[]): Promise<void> {
	if (articleIds.length === 0) return;
	await db
		.insertInto('collection_articles')
		.values(articleIds.map((article_id, position) => ({ collection_id: collectionId, article_id, position })))
		.execute();
}

/** Creates a collection with its articles in one transaction; throws naming unknown article ids. */
export async function createCollection(
	db: Store,
	c: { title: string; articleIds: string[] },
	options: { now?: Date } = {}
): Promise<string> {
	const title = checkTitle(c.title);
	const articleIds = uniqueIds(c.articleIds);
	const createdAt = (options.now ?? new Date()).toISOString();
	for (let attempt = 0; ; attempt++) {
		const id = newId();
		try {
			await db.kysely.transaction().execute(async (trx) => {
				await trx.insertInto('collections').values({ id, title, created_at: createdAt }).execute();
				await insertLinks(trx, id, articleIds);
			});
			return id;
		} catch (e) {
			if (isForeignKeyViolation(e)) throw await unknownArticleError(db.kysely, articleIds, e);
			if (!isUniqueViolation(e) || attempt >= 5) throw e;
		}
	}
}

export async function getCollection(db: Store, id: string): Promise<CollectionRecord | null> {
	const row = await db.kysely.selectFrom('collections').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) return null;
	const links = await db.kysely
		.selectFrom('collection_articles')
		.select('article_id')
		.where('collection_id', '=', id)
		.orderBy('position')
		.execute();
	return { id: row.id, title: row.title, createdAt: row.created_at, articleIds: links.map((l) => l.article_id) };
}

/** Every collection, newest first, with how many articles it gathers. */
export async function listCollections(db: Store): Promise<CollectionSummary[]> {
	const rows = await db.kysely
		.selectFrom('collections as c')
		.leftJoin('collection_articles as l', 'l.collection_id', 'c.id')
		.select(['c.id', 'c.title', 'c.created_at', (eb) => eb.fn.count('l.article_id').as('n')])
		.groupBy(['c.id', 'c.title', 'c.created_at'])
		.orderBy('c.created_at', 'desc')
		.orderBy('c.id', 'desc')
		.execute();
	return rows.map((r) => ({ id: r.id, title: r.title, createdAt: r.created_at, articleCount: Number(r.n) }));
}

function noCollection(id: string): Error {
	return new Error(`No collection with id “${id.slice(0, 80)}”.`);
}

/**
 * Replaces the articles of a collection, atomically: on any error (unknown
 * article, unknown collection) the collection keeps its previous articles.
 */
export async function setCollectionArticles(db: Store, id: string, articleIds: string[]): Promise<void> {
	const ids = uniqueIds(articleIds);
	try {
		await db.kysely.transaction().execute(async (trx) => {
			// A write first, so SQLite takes its write lock before anything is read.
			await trx.deleteFrom('collection_articles').where('collection_id', '=', id).execute();
			const exists = await trx.selectFrom('collections').select('id').where('id', '=', id).executeTakeFirst();
			if (!exists) throw noCollection(id);
			await insertLinks(trx, id, ids);
		});
	} catch (e) {
		if (isForeignKeyViolation(e)) throw await unknownArticleError(db.kysely, ids, e);
		throw e;
	}
}

export async function renameCollection(db: Store, id: string, title: string): Promise<void> {
	const t = checkTitle(title);
	const result = await db.kysely.updateTable('collections').set({ title: t }).where('id', '=', id).executeTakeFirst();
	if (Number(result.numUpdatedRows) === 0) throw noCollection(id);
}

/** Deletes a collection (not its articles). Returns whether it existed. */
export async function deleteCollection(db: Store, id: string): Promise<boolean> {
	const result = await db.kysely.deleteFrom('collections').where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
