import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Migrations see the database as it was at their step, not as schema.ts
 * describes it today, so they are typed loosely (Kysely's own advice).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKysely = Kysely<any>;

/**
 * The schema, as an append-only list of named steps written with Kysely's
 * schema builder, so the same steps build a SQLite file and a PostgreSQL
 * schema. Kysely records the steps a database has run (`kysely_migration`)
 * and runs only the missing ones, each in its own transaction.
 *
 * Never edit a step that has shipped: a database that already ran it would
 * not see the change. Add a new step instead.
 */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
	return {
		// The tables of the first, hand-written schema (articles, fact_files,
		// meta). `if not exists` because a library created by that schema
		// already has them, with the same columns, and must keep working.
		'0001_articles_and_fact_files': {
			async up(db: AnyKysely) {
				await db.schema
					.createTable('articles')
					.ifNotExists()
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('title', 'text', (c) => c.notNull())
					.addColumn('lang', 'text', (c) => c.notNull())
					.addColumn('dct', 'text', (c) => c.notNull())
					.addColumn('text', 'text', (c) => c.notNull())
					.addColumn('created_at', 'text', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('articles_by_created_at').ifNotExists().on('articles').column('created_at').execute();
				await db.schema
					.createTable('fact_files')
					.ifNotExists()
					.addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
					.addColumn('pipeline_version', 'text', (c) => c.notNull())
					.addColumn('json', 'text', (c) => c.notNull())
					.addColumn('event_count', 'integer', (c) => c.notNull())
					.addColumn('created_at', 'text', (c) => c.notNull())
					.execute();
				// Small facts about the database itself (whether the sample was
				// ever added, so that emptying the library does not bring it back).
				await db.schema
					.createTable('meta')
					.ifNotExists()
					.addColumn('key', 'text', (c) => c.primaryKey())
					.addColumn('value', 'text', (c) => c.notNull())
					.execute();
			}
		},
		'0002_corrections_collections_imports': {
			async up(db: AnyKysely) {
				// The bookkeeping of the hand-written migrations, replaced by Kysely's.
				await db.schema.dropTable('schema_migrations').ifExists().execute();
				await db.schema
					.alterTable('articles')
					.addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
					.execute();
				// The library pages newest first: (created_at, id) is the order and its tie-break.
				await db.schema.createIndex('articles_by_created_at_id').on('articles').columns(['created_at', 'id']).execute();
				await db.schema
					.alterTable('fact_files')
					.addColumn('source', 'text', (c) => c.notNull().defaultTo('extracted'))
					.execute();

				// Corrections live apart from what the extractor produced, so
				// re-extraction never erases them. (article_id, version) is unique:
				// the last guard of the compare-and-set, even against a bug.
				await db.schema
					.createTable('corrections')
					.addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
						dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()
					)
					.addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
					.addColumn('version', 'integer', (c) => c.notNull())
					.addColumn('author', 'text', (c) => c.notNull())
					.addColumn('created_at', 'text', (c) => c.notNull())
					.addColumn('op', 'text', (c) => c.notNull())
					.addColumn('undoes', 'integer')
					.addUniqueConstraint('corrections_article_version', ['article_id', 'version'])
					.execute();

				await db.schema
					.createTable('collections')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('title', 'text', (c) => c.notNull())
					.addColumn('created_at', 'text', (c) => c.notNull())
					.execute();
				await db.schema
					.createTable('collection_articles')
					.addColumn('collection_id', 'text', (c) => c.notNull().references('collections.id').onDelete('cascade'))
					.addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
					.addColumn('position', 'integer', (c) => c.notNull())
					.addPrimaryKeyConstraint('collection_articles_pk', ['collection_id', 'article_id'])
					.execute();
				await db.schema.createIndex('collection_articles_by_article').on('collection_articles').column('article_id').execute();
			}
		}
	};
}

class InlineProvider implements MigrationProvider {
	constructor(private readonly migrations: Record<string, Migration>) {}
	async getMigrations(): Promise<Record<string, Migration>> {
		return this.migrations;
	}
}

/**
 * Brings the database up to the newest schema. Returns the names of the
 * steps this call applied (empty when already current). A database that has
 * run steps this build does not know (made by a newer Factline) is refused.
 */
export async function migrate(
	db: AnyKysely,
	dialect: Dialect,
	options: { schema?: string; migrations?: Record<string, Migration> } = {}
): Promise<string[]> {
	const migrator = new Migrator({
		db,
		provider: new InlineProvider(options.migrations ?? migrationsFor(dialect)),
		// PostgreSQL: keep the bookkeeping in the store's own schema (Kysely
		// otherwise looks for it in every schema of the database).
		migrationTableSchema: options.schema
	});
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const message = error instanceof Error ? error.message : String(error);
		if (/corrupted migrations/.test(message)) {
			throw new Error(
				`The database was upgraded by a newer Factline than this one (${message}). Run a newer Factline or point FACTLINE_DB / DATABASE_URL at another database.`,
				{ cause: error }
			);
		}
		throw error instanceof Error ? error : new Error(message);
	}
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of the steps a database has run, oldest first (for tests and diagnostics). */
export async function appliedMigrations(db: AnyKysely): Promise<string[]> {
	const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
	return rows.rows.map((r) => r.name);
}
