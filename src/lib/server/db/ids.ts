import { randomBytes } from 'node:crypto';

/** Ids given by callers (the sample's, imports that keep theirs) must be safe in a URL. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A new random id: 48 random bits, 8 URL-safe characters, short enough to
 * read in a link. Random rather than derived from titles, since two articles
 * may share a title; a clash (astronomically unlikely) is retried by the
 * insert that meets it. Never starting with `-` or `_`: a spreadsheet takes
 * a cell starting with `-` for a formula (so the CSV export quotes it, and the
 * id no longer reads as itself), and a shell takes `-x…` for an option.
 */
export function newId(): string {
	for (;;) {
		const id = randomBytes(6).toString('base64url');
		if (/^[A-Za-z0-9]/.test(id)) return id;
	}
}

export function checkId(id: string, what: string): void {
	if (!ID_PATTERN.test(id)) throw new Error(`“${id.slice(0, 80)}” cannot be ${what} id: use 1 to 64 letters, digits, - and _.`);
}
