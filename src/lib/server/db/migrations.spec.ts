import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import { appliedMigrations, migrate, migrationsFor } from './migrations';
import { openDatabase } from './database';
import { getFactFile, listArticles } from './articles';
import { appendCorrection, articleVersion } from './corrections';
import { describeEachStore } from './testkit';

const dirs: string[] = [];
function tempPath(): string {
	const dir = mkdtempSync(join(tmpdir(), 'factline-db-'));
	dirs.push(dir);
	return join(dir, 'nested', 'factline.db');
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const ALL = Object.keys(migrationsFor('sqlite'));

describeEachStore('migrations', ({ kind, db }) => {
	it('create every table on a new database and record every step', async () => {
		expect(await appliedMigrations(db().kysely)).toEqual(ALL);
		const tables = (await db().kysely.introspection.getTables()).map((t) => t.name);
		expect(tables).toEqual(expect.arrayContaining(['articles', 'fact_files', 'meta', 'corrections', 'collections', 'collection_articles']));
	});

	it('are idempotent: running them again applies nothing', async () => {
		expect(await migrate(db().kysely, kind)).toEqual([]);
		expect(await appliedMigrations(db().kysely)).toEqual(ALL);
	});

	it('refuse a database upgraded by a newer build', async () => {
		await sql`insert into kysely_migration (name, timestamp) values ('9999_future', '2030-01-01T00:00:00.000Z')`.execute(db().kysely);
		await expect(migrate(db().kysely, kind)).rejects.toThrow(/newer Factline/);
	});

	it('leave the database as it was when a step fails', async () => {
		const broken = {
			...migrationsFor(kind),
			'0099_broken': {
				async up(k: Parameters<ReturnType<typeof migrationsFor>[string]['up']>[0]) {
					await k.schema.createTable('half').addColumn('x', 'integer').execute();
					await sql`select * from no_such_table`.execute(k);
				}
			}
		};
		await expect(migrate(db().kysely, kind, { migrations: broken })).rejects.toThrow();
		expect(await appliedMigrations(db().kysely)).toEqual(ALL);
		expect((await db().kysely.introspection.getTables()).map((t) => t.name)).not.toContain('half');
	});
});

describe('openDatabase (SQLite)', () => {
	it('creates the folder, uses WAL with foreign keys, and reopens an existing file without migrating again', async () => {
		const path = tempPath();
		const db = await openDatabase(path);
		await db.close();
		const raw = new Database(path);
		expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
		raw.close();
		const again = await openDatabase(path);
		expect(await migrate(again.kysely, 'sqlite')).toEqual([]);
		expect((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(again.kysely)).rows[0].foreign_keys).toBe(1);
		await again.close();
	});

	it('keeps a library made by the first, hand-written schema working, articles and facts included', async () => {
		const path = tempPath();
		await openDatabase(path).then((s) => s.close()); // creates the folder
		rmSync(path);
		for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
		// The schema as the first release wrote it, with one article in it.
		const old = new Database(path);
		old.exec(`
			CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, lang TEXT NOT NULL, dct TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL) STRICT;
			CREATE INDEX articles_by_created_at ON articles (created_at);
			CREATE TABLE fact_files (article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, pipeline_version TEXT NOT NULL, json TEXT NOT NULL, event_count INTEGER NOT NULL, created_at TEXT NOT NULL) STRICT;
			CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
			CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;
			INSERT INTO schema_migrations VALUES (1, 'articles and extracted fact files', '2024-01-01T00:00:00.000Z');
			INSERT INTO meta VALUES ('sample_seeded', '2024-01-01T00:00:00.000Z');
		`);
		const facts = { article: { lang: 'fr', dct: '2024-03-06' }, sentences: [], timexes: [], places: [], events: [{ id: 'e1' }], generator: { name: 'factline', version: PIPELINE_VERSION } };
		old.prepare('INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)').run('old1', 'Ancien', 'fr', '2024-03-06', 'Texte.', '2024-03-06T10:00:00.000Z');
		old.prepare('INSERT INTO fact_files VALUES (?, ?, ?, ?, ?)').run('old1', PIPELINE_VERSION, JSON.stringify(facts), 1, '2024-03-06T10:00:00.000Z');
		old.close();

		const db = await openDatabase(path);
		expect(await appliedMigrations(db.kysely)).toEqual(ALL);
		expect(await listArticles(db)).toEqual([
			{ id: 'old1', title: 'Ancien', lang: 'fr', dct: '2024-03-06', createdAt: '2024-03-06T10:00:00.000Z', eventCount: 1, imported: false }
		]);
		expect((await getFactFile(db, 'old1'))?.events).toEqual([{ id: 'e1' }]);
		expect(await articleVersion(db, 'old1')).toBe(0);
		expect((await appendCorrection(db, 'old1', { expectedVersion: 0, author: 'ana', op: {} })).ok).toBe(true);
		await db.close();
	});
});
