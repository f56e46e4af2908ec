import { SAMPLE_ARTICLE, SAMPLE_ID } from '$lib/server/sample';
import { countArticles, createArticle, getArticle, type Extractor } from './articles';
import type { Store } from './database';

const SEEDED_KEY = 'sample_seeded';

/**
 * Adds the sample article to a library that is empty and has never had it.
 * The flag in `meta` keeps a library the user emptied on purpose empty.
 * Returns whether the sample was added by this call. Several app servers
 * starting at once on one PostgreSQL database add it once: the sample has a
 * fixed id, so a second insert fails and is recognised as such.
 */
export async function seedSample(db: Store, extractor?: Extractor): Promise<boolean> {
	const seeded = await db.kysely.selectFrom('meta').select('value').where('key', '=', SEEDED_KEY).executeTakeFirst();
	if (seeded) return false;
	let added = false;
	if ((await countArticles(db)) === 0) {
		try {
			await createArticle(db, SAMPLE_ARTICLE, { id: SAMPLE_ID, extractor });
			added = true;
		} catch (e) {
			// Another server added it between our count and our insert.
			if (!(await getArticle(db, SAMPLE_ID))) throw e;
		}
	}
	// If the process dies before this, the next start sees a non-empty
	// library and only sets the flag.
	await db.kysely
		.insertInto('meta')
		.values({ key: SEEDED_KEY, value: new Date().toISOString() })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	return added;
}
