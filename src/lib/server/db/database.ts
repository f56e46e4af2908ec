import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrate, type Dialect } from './migrations';
import type { Schema } from './schema';

/**
 * An open library database: one query layer (Kysely) over either SQLite or
 * PostgreSQL. Every storage function takes one of these.
 */
export interface Store {
	readonly kysely: Kysely<Schema>;
	readonly dialect: Dialect;
	/** Closes the connection(s); with SQLite this checkpoints the WAL into the main file. */
	close(): Promise<void>;
}

/** Kept for callers written before the move to Kysely. */
export type Db = Store;

/** Where the library lives when `FACTLINE_DB` is not set (relative to the working directory). */
export const DEFAULT_DB_PATH = 'var/factline.db';

export type StoreConfig = { sqlite: string } | { postgres: string; schema?: string; poolSize?: number };

/** `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise the SQLite file `FACTLINE_DB`. */
export function storeConfigFromEnv(env: Record<string, string | undefined>): StoreConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//i.test(url)) {
			throw new Error(
				`DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:port/database); it starts with “${url.slice(0, 12)}…”. Unset it to use the SQLite file of FACTLINE_DB.`
			);
		}
		return { postgres: url };
	}
	return { sqlite: env.FACTLINE_DB || DEFAULT_DB_PATH };
}

/** Where a store points, for messages (the password of a URL is hidden). */
export function describeStoreConfig(config: StoreConfig): string {
	if ('sqlite' in config) return `SQLite file ${config.sqlite}`;
	return `PostgreSQL ${config.postgres.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')}`;
}

function openSqlite(path: string): Database.Database {
	const inMemory = path === ':memory:' || path === '';
	if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
	const db = new Database(path, { timeout: 5000 });
	try {
		// WAL lets page loads read while an article is being written, and
		// survives a crash of the process without losing committed articles.
		if (!inMemory) db.pragma('journal_mode = WAL');
		// With WAL, NORMAL only risks the last transactions on power loss, not
		// corruption, and never loses a write to a killed process (the WAL is
		// in the OS cache); FULL would fsync on every commit for little gain.
		db.pragma('synchronous = NORMAL');
		// Off by default in SQLite; the links to articles rely on it.
		db.pragma('foreign_keys = ON');
	} catch (e) {
		db.close();
		throw e;
	}
	return db;
}

/**
 * SQLite runs schema changes inside transactions perfectly well; Kysely's
 * adapter says it does not (to be safe with every driver), which would leave
 * a half-applied step behind a failure. better-sqlite3 does, so say so.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
	override get supportsTransactionalDdl(): boolean {
		return true;
	}
}

class FactlineSqliteDialect extends SqliteDialect {
	override createAdapter(): DialectAdapter {
		return new TransactionalSqliteAdapter();
	}
}

/** Opens (creating if needed) a library database and brings its schema up to date. */
export async function openStore(config: StoreConfig): Promise<Store> {
	let kysely: Kysely<Schema>;
	let dialect: Dialect;
	let schema: string | undefined;
	if ('sqlite' in config) {
		const database = openSqlite(config.sqlite);
		kysely = new Kysely<Schema>({ dialect: new FactlineSqliteDialect({ database }) });
		dialect = 'sqlite';
	} else {
		schema = config.schema;
		const pool = new pg.Pool({
			connectionString: config.postgres,
			max: config.poolSize ?? 10,
			// A store confined to one schema (the tests give each test its own).
			...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {})
		});
		// An idle client losing its server must not crash the process; the
		// next query gets a fresh connection and reports the error.
		pool.on('error', (e) => console.error('PostgreSQL connection lost:', e.message));
		kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
		dialect = 'postgres';
	}
	try {
		await migrate(kysely, dialect, { schema });
	} catch (e) {
		await kysely.destroy();
		throw e;
	}
	return { kysely, dialect, close: () => kysely.destroy() };
}

function quoteIdent(name: string): string {
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`“${name}” cannot be a schema name: use letters, digits and _.`);
	return name;
}

/**
 * Opens a SQLite library file (created if needed). `':memory:'` gives a
 * private throw-away database, for tests.
 */
export function openDatabase(path: string): Promise<Store> {
	return openStore({ sqlite: path });
}
