/**
 * What the collection pages need from the library database beyond the
 * storage layer's collection functions: each member's fact file, and the
 * combined fact file built from them.
 */
// The db modules themselves, not the app's `$lib/server/db` (which reads the
// environment), so the library benchmark can load collections too.
import { getArticle } from '$lib/server/db/articles';
import { getCollection, type CollectionRecord } from '$lib/server/db/collections';
import type { Store } from '$lib/server/db/database';
import { getCorrectedFactFile } from '$lib/server/corrections';
import { loadGazetteer } from '$lib/extract/places/load';
import type { FactFile } from '$lib/model';
import { combineFactFiles } from './combine';
import { regionPointsOf } from './extent';
import { MAX_MEMBERS } from './input';
import type { CollectionMember, CombinedCollection } from './model';

type Db = Store;

/** Which of the given ids are articles of the library (at most MAX_MEMBERS + 1 looked up). */
export async function existingArticleIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
	const found = new Set<string>();
	for (const id of ids.slice(0, MAX_MEMBERS + 1)) if (await getArticle(db, id)) found.add(id);
	return found;
}

/**
 * The fact file a collection shows for one article: with its corrections
 * applied, so a fix made on the article page reaches every story it is in.
 */
export async function memberFactFile(db: Db, id: string): Promise<FactFile | null> {
	return await getCorrectedFactFile(db, id);
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
	const record = await getCollection(db, id);
	if (!record) return null;
	const members: CollectionMember[] = [];
	const missing: string[] = [];
	for (const articleId of record.articleIds) {
		const article = await getArticle(db, articleId);
		const facts = article && (await memberFactFile(db, articleId));
		if (article && facts) members.push({ article, facts });
		else missing.push(articleId);
	}
	const combined =
		members.length > 0 ? combineFactFiles(members, { title: record.title, regionPoints: regionPointsOf(loadGazetteer()) }) : null;
	return { record, members, missing, combined };
}
