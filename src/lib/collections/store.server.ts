/**
 * What the collection pages need from the library database: the
 * collection functions of the storage layer (the interface agreed with its
 * engineer, see $lib/server/db), each member's fact file, and the combined
 * fact file built from them.
 */
import * as storage from '$lib/server/db';
import { getArticle, getFactFile } from '$lib/server/db/articles';
import { loadGazetteer } from '$lib/extract/places/load';
import type { ArticleRecord, FactFile } from '$lib/model';
import { combineFactFiles } from './combine';
import { regionPointsOf } from './extent';
import type { CollectionMember, CombinedCollection } from './model';

type Db = Awaited<ReturnType<typeof storage.getDb>>;

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

/** The collection functions of the storage layer. */
export interface CollectionStorage {
	createCollection(db: Db, c: { title: string; articleIds: string[] }): Promise<string>;
	getCollection(db: Db, id: string): Promise<CollectionRecord | null>;
	listCollections(db: Db): Promise<CollectionSummary[]>;
	setCollectionArticles(db: Db, id: string, articleIds: string[]): Promise<void>;
	renameCollection(db: Db, id: string, title: string): Promise<void>;
	deleteCollection(db: Db, id: string): Promise<boolean>;
}

const NAMES = ['createCollection', 'getCollection', 'listCollections', 'setCollectionArticles', 'renameCollection', 'deleteCollection'] as const;

/**
 * The storage layer's collection functions; a clear error when the running
 * build has none (the storage work lands separately from the pages).
 */
export function collectionStorage(): CollectionStorage {
	const found = storage as unknown as Partial<CollectionStorage>;
	const missing = NAMES.filter((n) => typeof found[n] !== 'function');
	if (missing.length > 0) {
		throw new Error(`Collections are not stored by this version of the database layer (missing ${missing.join(', ')}).`);
	}
	return found as CollectionStorage;
}

/**
 * The fact file a collection shows for one article. One place to switch to
 * the corrected fact file once corrections are stored.
 */
export async function memberFactFile(db: Db, id: string): Promise<FactFile | null> {
	return await getFactFile(db, id);
}

export interface LoadedCollection {
	record: CollectionRecord;
	/** Members still in the library, in the collection's order. */
	members: CollectionMember[];
	/** Ids of members deleted from the library since they were added. */
	missing: string[];
	/** Null when no member is left to combine. */
	combined: CombinedCollection | null;
}

export async function loadCollection(db: Db, id: string): Promise<LoadedCollection | null> {
	const record = await collectionStorage().getCollection(db, id);
	if (!record) return null;
	const members: CollectionMember[] = [];
	const missing: string[] = [];
	for (const articleId of record.articleIds) {
		const article: ArticleRecord | null = await getArticle(db, articleId);
		const facts = article && (await memberFactFile(db, articleId));
		if (article && facts) members.push({ article, facts });
		else missing.push(articleId);
	}
	const combined =
		members.length > 0 ? combineFactFiles(members, { title: record.title, regionPoints: regionPointsOf(loadGazetteer()) }) : null;
	return { record, members, missing, combined };
}
