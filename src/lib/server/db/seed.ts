import { SAMPLE_ARTICLE, SAMPLE_ID } from '$lib/server/sample';
import { countArticles, createArticle, type Extractor } from './articles';
import type { Db } from './database';

const SEEDED_KEY = 'sample_seeded';

/**
 * Adds the sample article to a library that is empty and has never had it.
 * The flag in `meta` keeps a library the user emptied on purpose empty.
 * Returns whether the sample was added.
 */
export function seedSample(db: Db, extractor?: Extractor): boolean {
	const seeded = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(SEEDED_KEY) !== undefined;
	if (seeded) return false;
	const empty = countArticles(db) === 0;
	// Both writes could be one transaction, but createArticle is already
	// atomic; if the process dies between the two, the next start sees a
	// non-empty library and only sets the flag.
	if (empty) createArticle(db, SAMPLE_ARTICLE, { id: SAMPLE_ID, extractor });
	db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(SEEDED_KEY, new Date().toISOString());
	return empty;
}
