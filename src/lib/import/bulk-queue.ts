/**
 * The bulk importer's bookkeeping, apart from the component so it can be
 * tested: one entry per file, its state, and the overall progress counted
 * in bytes sent (a large file moves the bar more than a small one).
 */
import { MAX_UPLOAD_BYTES, sizeError, uploadKind, displayName } from './upload-rules';

export type EntryState = 'waiting' | 'sending' | 'done' | 'failed';

export interface BulkEntry {
	key: number;
	name: string;
	size: number;
	state: EntryState;
	/** Bytes of this file the server has received so far. */
	sent: number;
	/** Set when done: the new article. */
	articleId?: string;
	title?: string;
	notes?: string[];
	/** Set when failed: the reason in plain words. */
	error?: string;
}

export function newEntry(key: number, file: { name: string; size: number }): BulkEntry {
	const entry: BulkEntry = { key, name: file.name, size: file.size, state: 'waiting', sent: 0 };
	// Refused here without sending: the server would refuse it the same way.
	const problem = !uploadKind(file.name)
		? `“${displayName(file.name)}” is not a file Factline reads: upload a .txt, .md or .html article, or a .json fact file.`
		: sizeError(file.name, file.size);
	if (problem) return { ...entry, state: 'failed', error: problem };
	return entry;
}

export interface BulkProgress {
	/** Bytes counted for the bar: every byte of a finished or refused file, the sent part of the one in flight. */
	value: number;
	max: number;
	finished: number;
	total: number;
	failed: number;
}

export function progressOf(entries: readonly BulkEntry[]): BulkProgress {
	let value = 0;
	let max = 0;
	let finished = 0;
	let failed = 0;
	for (const e of entries) {
		const weight = Math.max(1, Math.min(e.size, MAX_UPLOAD_BYTES));
		max += weight;
		if (e.state === 'done' || e.state === 'failed') {
			value += weight;
			finished++;
			if (e.state === 'failed') failed++;
		} else if (e.state === 'sending') value += Math.min(weight, e.sent);
	}
	return { value, max, finished, total: entries.length, failed };
}

/** The message of an RFC 9457 problem answer, or a plain one when the body is not one. */
export function problemMessage(status: number, body: unknown): string {
	if (body && typeof body === 'object') {
		const b = body as { detail?: unknown; errors?: Array<{ message?: unknown }> };
		const details = (b.errors ?? []).map((e) => (typeof e.message === 'string' ? e.message : '')).filter(Boolean);
		if (details.length > 1) return details.join(' ');
		if (typeof b.detail === 'string') return b.detail;
	}
	if (status === 413) return 'The file is larger than the server accepts (2 MB a file).';
	if (status === 0) return 'The server could not be reached: check the connection and import the file again.';
	return `The server answered ${status}: the file was not imported. Try again later.`;
}
