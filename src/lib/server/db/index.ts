/**
 * The library database of the running app: one connection per process,
 * opened on first use. Tests open their own with `openDatabase`.
 */
import { env } from '$env/dynamic/private';
import { DEFAULT_DB_PATH, openDatabase, type Db } from './database';
import { seedSample } from './seed';

export { openDatabase, DEFAULT_DB_PATH, type Db } from './database';

let db: Db | null = null;

/** Path of the library database: `FACTLINE_DB`, or `var/factline.db`. */
export function databasePath(): string {
	return env.FACTLINE_DB || DEFAULT_DB_PATH;
}

export function getDb(): Db {
	if (db) return db;
	const opened = openDatabase(databasePath());
	try {
		seedSample(opened);
	} catch (e) {
		// A broken extractor must not keep the library from opening; the
		// sample is tried again on the next start (the flag is not set).
		console.error('Could not add the sample article:', e);
	}
	db = opened;
	return db;
}

/** Closes the connection (checkpointing the WAL into the main file). */
export function closeDb(): void {
	db?.close();
	db = null;
}
