import type Database from 'better-sqlite3';

/**
 * The schema, as an append-only list of numbered steps. A database records
 * which steps it has run in `schema_migrations`, so opening an old file runs
 * only the missing ones, and opening a current file runs none.
 *
 * Never edit a step that has shipped: a database that already ran it would
 * not see the change. Add a new step instead.
 */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'articles and extracted fact files',
		sql: `
			-- The article as the user gave it. Offsets in fact files point into
			-- \`text\`, so it is never rewritten once stored.
			CREATE TABLE articles (
				id TEXT PRIMARY KEY,
				title TEXT NOT NULL,
				lang TEXT NOT NULL,
				dct TEXT NOT NULL,
				text TEXT NOT NULL,
				created_at TEXT NOT NULL
			) STRICT;
			CREATE INDEX articles_by_created_at ON articles (created_at);

			-- What the extractor produced, and with which pipeline version: a
			-- newer pipeline replaces the row. User corrections will live in a
			-- table of their own, so re-extracting never erases them.
			-- \`event_count\` is copied out of the JSON so that the library list
			-- needs no JSON parsing.
			CREATE TABLE fact_files (
				article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
				pipeline_version TEXT NOT NULL,
				json TEXT NOT NULL,
				event_count INTEGER NOT NULL,
				created_at TEXT NOT NULL
			) STRICT;

			-- Small facts about the database itself (whether the sample article
			-- was ever added, so that emptying the library does not bring it back).
			CREATE TABLE meta (
				key TEXT PRIMARY KEY,
				value TEXT NOT NULL
			) STRICT;
		`
	}
];

/**
 * Brings the database up to the newest schema. Each step runs in its own
 * transaction together with its bookkeeping row, so a crash mid-way leaves
 * the file at the previous version, never between two.
 *
 * Returns the versions applied by this call (empty when already current).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
	db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`);

	const applied = new Set(
		db
			.prepare('SELECT version FROM schema_migrations')
			.pluck()
			.all()
			.map((v) => Number(v))
	);
	const newest = Math.max(0, ...applied);
	const known = Math.max(0, ...migrations.map((m) => m.version));
	if (newest > known) {
		// An older build opening a newer database would misread it: stop rather
		// than guess.
		throw new Error(
			`The database is at schema version ${newest}, newer than this build knows (${known}). Run a newer Factline or point FACTLINE_DB at another file.`
		);
	}

	const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
	const done: number[] = [];
	for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
		if (applied.has(m.version)) continue;
		db.transaction(() => {
			db.exec(m.sql);
			record.run(m.version, m.name, new Date().toISOString());
		}).immediate();
		done.push(m.version);
	}
	// Mirrors the version where generic SQLite tools look for it.
	db.pragma(`user_version = ${Math.max(newest, ...done)}`);
	return done;
}
