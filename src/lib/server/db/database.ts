import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrate } from './migrations';

export type Db = Database.Database;

/** Where the library lives when `FACTLINE_DB` is not set (relative to the working directory). */
export const DEFAULT_DB_PATH = 'var/factline.db';

/**
 * Opens (creating if needed) a database file and brings its schema up to
 * date. `':memory:'` gives a private throw-away database, for tests.
 */
export function openDatabase(path: string): Db {
	const inMemory = path === ':memory:' || path === '';
	if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
	const db = new Database(path, { timeout: 5000 });
	try {
		// WAL lets page loads read while an article is being written, and
		// survives a crash of the process without losing committed articles.
		if (!inMemory) db.pragma('journal_mode = WAL');
		// With WAL, NORMAL only risks the last transactions on power loss, not
		// corruption; FULL would fsync on every insert for little gain here.
		db.pragma('synchronous = NORMAL');
		// Off by default in SQLite; the fact_files → articles link relies on it.
		db.pragma('foreign_keys = ON');
		migrate(db);
	} catch (e) {
		db.close();
		throw e;
	}
	return db;
}
