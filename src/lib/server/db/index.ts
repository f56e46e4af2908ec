/**
 * The library database of the running app, opened once per process (on
 * first use) with the sample seeded, and every storage function. Tests open
 * their own with `openDatabase(':memory:')` or `openTestStore` (testkit.ts).
 */
import { env } from '$env/dynamic/private';
import { describeStoreConfig, openStore, storeConfigFromEnv, type Store, type StoreConfig } from './database';
import { seedSample } from './seed';

export * from './database';
export * from './articles';
export * from './imported';
export * from './corrections';
export * from './collections';
export { seedSample } from './seed';

let opening: Promise<Store> | null = null;

/** Where the app's library is: `DATABASE_URL` (PostgreSQL) or `FACTLINE_DB` (SQLite, default var/factline.db). */
export function databaseConfig(): StoreConfig {
	return storeConfigFromEnv(env);
}

/** The same, for messages (no password). */
export function databasePath(): string {
	try {
		return describeStoreConfig(databaseConfig());
	} catch (e) {
		return (e as Error).message;
	}
}

async function open(): Promise<Store> {
	const store = await openStore(databaseConfig());
	try {
		await seedSample(store);
	} catch (e) {
		// A broken extractor must not keep the library from opening; the
		// sample is tried again on the next start (the flag is not set).
		console.error('Could not add the sample article:', e);
	}
	return store;
}

/** The app's store; every caller shares the one opened by the first call. */
export function getDb(): Promise<Store> {
	if (!opening) {
		opening = open();
		// A failed open is not cached: the next call tries again.
		opening.catch(() => {
			opening = null;
		});
	}
	return opening;
}

/** Closes the app's store (with SQLite, checkpointing the WAL into the main file). */
export async function closeDb(): Promise<void> {
	const current = opening;
	opening = null;
	if (current) await (await current.catch(() => null))?.close();
}
