/**
 * Stores for tests, on both databases. SQLite: a private in-memory database
 * (or a file, for tests that need two connections). PostgreSQL: a fresh
 * schema of the database at `TEST_DATABASE_URL`, dropped when the store is
 * closed, so every test starts empty. Without TEST_DATABASE_URL the
 * PostgreSQL variant is skipped, except in CI (`CI=true`), where storage
 * must be tested on both: there it fails, saying what is missing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe } from 'vitest';
import { openStore, type Store } from './database';
import type { Dialect } from './migrations';

export const STORE_KINDS: readonly Dialect[] = ['sqlite', 'postgres'];

const inCi = () => /^(1|true|yes)$/i.test(process.env.CI ?? '');

/** Whether the tests of a kind run here: PostgreSQL needs TEST_DATABASE_URL, unless CI makes its absence a failure. */
export function storeKindRuns(kind: Dialect): boolean {
	return kind === 'sqlite' || Boolean(process.env.TEST_DATABASE_URL) || inCi();
}

function testDatabaseUrl(): string {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) {
		throw new Error(
			'CI=true but TEST_DATABASE_URL is not set: the storage tests must run against PostgreSQL in CI. Set TEST_DATABASE_URL=postgres://user:password@127.0.0.1:5432/db (.ci/run starts one).'
		);
	}
	return url;
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
	try {
		await client.connect();
	} catch (e) {
		throw new Error(`Cannot reach the PostgreSQL of TEST_DATABASE_URL: ${(e as Error).message}`, { cause: e });
	}
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
}

export interface TestStoreHandle {
	kind: Dialect;
	/** Opens another connection (pool) to the same database, as a second app server would. */
	connect(): Promise<Store>;
	/** How a child process reaches the same database: `{ sqlite: path }` or `{ postgres, schema }`. */
	config: { sqlite: string } | { postgres: string; schema: string };
	/** Closes every store opened through this handle and removes the database. */
	dispose(): Promise<void>;
}

/**
 * A fresh, empty database of the given kind. `file: true` makes the SQLite
 * one a file (WAL), so that several connections and processes can share it.
 */
export async function createTestDatabase(kind: Dialect, options: { file?: boolean } = {}): Promise<TestStoreHandle> {
	const opened: Store[] = [];
	const track = async (p: Promise<Store>) => {
		const s = await p;
		opened.push(s);
		return s;
	};
	const closeAll = async () => {
		for (const s of opened.splice(0)) await s.close().catch(() => {});
	};
	if (kind === 'sqlite') {
		if (!options.file) {
			// One in-memory database is one connection: connect() returns it again.
			let only: Promise<Store> | null = null;
			return {
				kind,
				config: { sqlite: ':memory:' },
				connect: () => (only ??= track(openStore({ sqlite: ':memory:' }))),
				dispose: closeAll
			};
		}
		const dir = mkdtempSync(join(tmpdir(), 'factline-store-'));
		const path = join(dir, 'factline.db');
		return {
			kind,
			config: { sqlite: path },
			connect: () => track(openStore({ sqlite: path })),
			dispose: async () => {
				await closeAll();
				rmSync(dir, { recursive: true, force: true });
			}
		};
	}
	const url = testDatabaseUrl();
	const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
	await withAdmin(url, (c) => c.query(`create schema ${schema}`));
	return {
		kind,
		config: { postgres: url, schema },
		connect: () => track(openStore({ postgres: url, schema, poolSize: 4 })),
		dispose: async () => {
			await closeAll();
			await withAdmin(url, (c) => c.query(`drop schema if exists ${schema} cascade`));
		}
	};
}

export interface StoreTestContext {
	kind: Dialect;
	/** The test's store (a fresh, empty database). */
	db(): Store;
	/** The handle of the test's database, for second connections and child processes. */
	handle(): TestStoreHandle;
}

/**
 * Runs a block of tests once per database kind, each test on a fresh
 * database. `file: true` puts the SQLite one in a file.
 */
export function describeEachStore(name: string, body: (ctx: StoreTestContext) => void, options: { file?: boolean } = {}): void {
	describe.each(STORE_KINDS)(`${name} (%s)`, (kind) => {
		describe.skipIf(!storeKindRuns(kind))(kind === 'postgres' ? 'on TEST_DATABASE_URL' : 'embedded', () => {
			let handle: TestStoreHandle | null = null;
			let store: Store | null = null;
			beforeEach(async () => {
				handle = await createTestDatabase(kind, options);
				store = await handle.connect();
			});
			afterEach(async () => {
				await handle?.dispose();
				handle = null;
				store = null;
			});
			body({
				kind,
				db: () => store ?? fail('no store: beforeEach failed'),
				handle: () => handle ?? fail('no database: beforeEach failed')
			});
		});
	});
}

function fail(message: string): never {
	throw new Error(message);
}
