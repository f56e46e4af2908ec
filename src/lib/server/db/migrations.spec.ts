import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate, type Migration } from './migrations';
import { openDatabase } from './database';

const dirs: string[] = [];
function tempPath(): string {
	const dir = mkdtempSync(join(tmpdir(), 'factline-db-'));
	dirs.push(dir);
	return join(dir, 'nested', 'factline.db');
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tables = (db: Database.Database) =>
	db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();

describe('migrations', () => {
	it('create the schema on a new database and record every step', () => {
		const db = new Database(':memory:');
		expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
		expect(tables(db)).toEqual(expect.arrayContaining(['articles', 'fact_files', 'meta', 'schema_migrations']));
		expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
	});

	it('are idempotent: running them again changes nothing', () => {
		const db = new Database(':memory:');
		migrate(db);
		const before = db.prepare('SELECT * FROM schema_migrations').all();
		expect(migrate(db)).toEqual([]);
		expect(migrate(db)).toEqual([]);
		expect(db.prepare('SELECT * FROM schema_migrations').all()).toEqual(before);
	});

	it('apply only the steps a database is missing', () => {
		const db = new Database(':memory:');
		const first = MIGRATIONS.slice(0, 1);
		migrate(db, first);
		const extra: Migration = { version: first[0].version + 1, name: 'test step', sql: 'CREATE TABLE extra (x INTEGER) STRICT' };
		expect(migrate(db, [...first, extra])).toEqual([extra.version]);
		expect(tables(db)).toContain('extra');
	});

	it('leave the database at the previous version when a step fails', () => {
		const db = new Database(':memory:');
		migrate(db);
		const last = MIGRATIONS.at(-1)!.version;
		const broken: Migration = { version: last + 1, name: 'broken', sql: 'CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table;' };
		expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
		expect(tables(db)).not.toContain('half');
		expect(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(last);
	});

	it('refuse a database newer than the build', () => {
		const db = new Database(':memory:');
		migrate(db);
		db.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?)').run('future', new Date().toISOString());
		expect(() => migrate(db)).toThrow(/newer than this build/);
	});
});

describe('openDatabase', () => {
	it('creates the folder, uses WAL, and reopens an existing file without migrating again', () => {
		const path = tempPath();
		const db = openDatabase(path);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		db.close();
		const again = openDatabase(path);
		expect(again.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
		again.close();
	});
});
