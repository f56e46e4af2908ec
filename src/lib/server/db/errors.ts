/**
 * True when a write failed on a primary-key or unique constraint, in either
 * database: better-sqlite3 reports `SQLITE_CONSTRAINT_PRIMARYKEY` or
 * `…_UNIQUE`, node-postgres the SQLSTATE `23505` (unique_violation).
 */
export function isUniqueViolation(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** True when a write failed because a row it points to does not exist (or no longer does). */
export function isForeignKeyViolation(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}
