import { sql } from 'kysely';
import type { Store } from './database';

/** One correction of an article's facts, stored apart from what the extractor produced. */
export interface CorrectionRecord {
	/** Increasing, unique across the library. */
	id: number;
	articleId: string;
	/** The article's version after this correction: 1, 2, 3… */
	version: number;
	author: string;
	/** ISO timestamp. */
	createdAt: string;
	/** JSON; its shape belongs to $lib/corrections. */
	op: unknown;
	/** Id of the correction this one undoes. */
	undoes: number | null;
}

export interface CorrectionInput {
	/** The version the writer saw; the write is refused when it has moved on. */
	expectedVersion: number;
	author: string;
	op: unknown;
	undoes?: number | null;
}

export type AppendResult = { ok: true; record: CorrectionRecord } | { ok: false; currentVersion: number };

export const MAX_AUTHOR_CHARS = 200;

interface CorrectionRow {
	id: number;
	article_id: string;
	version: number;
	author: string;
	created_at: string;
	op: string;
	undoes: number | null;
}

function toRecord(row: CorrectionRow): CorrectionRecord {
	return {
		id: Number(row.id),
		articleId: row.article_id,
		version: Number(row.version),
		author: row.author,
		createdAt: row.created_at,
		op: JSON.parse(row.op),
		undoes: row.undoes === null ? null : Number(row.undoes)
	};
}

/** An article's corrections, oldest first. */
export async function listCorrections(db: Store, articleId: string): Promise<CorrectionRecord[]> {
	const rows = await db.kysely.selectFrom('corrections').selectAll().where('article_id', '=', articleId).orderBy('version').execute();
	return rows.map(toRecord);
}

/** The article's version: the number of corrections it has had, 0 when never corrected (or unknown). */
export async function articleVersion(db: Store, articleId: string): Promise<number> {
	const row = await db.kysely.selectFrom('articles').select('version').where('id', '=', articleId).executeTakeFirst();
	return row ? Number(row.version) : 0;
}

function checkInput(c: CorrectionInput): { author: string; op: string; undoes: number | null } {
	if (!Number.isInteger(c.expectedVersion) || c.expectedVersion < 0) {
		throw new Error(`expectedVersion must be a whole number from 0 (the version the editor was showing), not ${String(c.expectedVersion)}.`);
	}
	const author = typeof c.author === 'string' ? c.author.trim() : '';
	if (!author) throw new Error('author: say who made the correction (a name or handle).');
	if (author.length > MAX_AUTHOR_CHARS) throw new Error(`author: at most ${MAX_AUTHOR_CHARS} characters.`);
	const op = JSON.stringify(c.op);
	if (op === undefined) throw new Error('op: the correction must be a JSON value.');
	const undoes = c.undoes ?? null;
	if (undoes !== null && !Number.isInteger(undoes)) throw new Error(`undoes: must be the id of a correction, not ${String(undoes)}.`);
	return { author, op, undoes };
}

/**
 * Appends a correction if, and only if, the article is still at
 * `expectedVersion` (compare-and-set): of two writers who saw the same
 * version, exactly one wins; the other gets `ok: false` with the version to
 * reload. The version bump is the transaction's first statement, so both
 * databases serialise the writers on the article's row (SQLite's write lock,
 * PostgreSQL's row lock, whose loser re-checks the version and matches
 * nothing). Throws when the article does not exist or the input is bad.
 */
export async function appendCorrection(
	db: Store,
	articleId: string,
	c: CorrectionInput,
	options: { now?: Date } = {}
): Promise<AppendResult> {
	const input = checkInput(c);
	const createdAt = (options.now ?? new Date()).toISOString();
	return db.kysely.transaction().execute(async (trx): Promise<AppendResult> => {
		const bumped = await trx
			.updateTable('articles')
			.set({ version: sql<number>`version + 1` })
			.where('id', '=', articleId)
			.where('version', '=', c.expectedVersion)
			.executeTakeFirst();
		if (Number(bumped.numUpdatedRows) === 0) {
			const current = await trx.selectFrom('articles').select('version').where('id', '=', articleId).executeTakeFirst();
			if (!current) throw new Error(`No article with id “${articleId.slice(0, 80)}”: nothing to correct.`);
			return { ok: false, currentVersion: Number(current.version) };
		}
		if (input.undoes !== null) {
			const target = await trx
				.selectFrom('corrections')
				.select('id')
				.where('id', '=', input.undoes)
				.where('article_id', '=', articleId)
				.executeTakeFirst();
			// Throwing rolls the version bump back.
			if (!target) throw new Error(`undoes: ${input.undoes} is not a correction of this article.`);
		}
		const row = await trx
			.insertInto('corrections')
			.values({
				article_id: articleId,
				version: c.expectedVersion + 1,
				author: input.author,
				created_at: createdAt,
				op: input.op,
				undoes: input.undoes
			})
			.returningAll()
			.executeTakeFirstOrThrow();
		return { ok: true, record: toRecord(row as CorrectionRow) };
	});
}
