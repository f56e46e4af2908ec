/**
 * Corrections on the server: the corrected fact file of an article (the
 * extractor's output with the stored corrections applied), and versioned
 * writes of new corrections. Storage keeps the records apart from the
 * extracted facts ($lib/server/db); the rules live in $lib/corrections.
 */
// The db modules themselves, not the app's `$lib/server/db` (which reads the
// environment): scripts and benches use this module outside SvelteKit.
import { getArticle, getFactFile } from '$lib/server/db/articles';
import { appendCorrection, listCorrections } from '$lib/server/db/corrections';
import type { ArticleRecord, FactFile } from '$lib/model';
import { correctFacts } from '$lib/corrections/apply';
import { historyOf, type HistoryEntry, type StoredCorrection } from '$lib/corrections/history';
import { readCorrectionOp, type CorrectionOp } from '$lib/corrections/ops';
import { findEvent } from '$lib/corrections/target';

type Store = Parameters<typeof getArticle>[0];

export interface CorrectedArticle {
	article: ArticleRecord;
	/** The extractor's facts with every correction in force applied. */
	facts: FactFile;
	/** The article's version: 0 until first corrected, +1 for each correction. */
	version: number;
	history: HistoryEntry[];
}

export type FieldErrors = Array<{ field: string; message: string }>;

export type WriteResult =
	| { ok: true; entry: HistoryEntry; version: number }
	| { ok: false; kind: 'not-found'; message: string }
	| { ok: false; kind: 'invalid'; errors: FieldErrors }
	/** Someone else wrote first: what they did since `expectedVersion`, to show before trying again. */
	| { ok: false; kind: 'conflict'; currentVersion: number; since: HistoryEntry[] };

export interface WriteRequest {
	expectedVersion: number;
	author: string;
	op: unknown;
}

export const MAX_AUTHOR = 80;

/** The corrected fact file of an article, its version and history; null when there is no such article. */
export async function getCorrectedArticle(db: Store, id: string): Promise<CorrectedArticle | null> {
	const article = await getArticle(db, id);
	const extracted = article && (await getFactFile(db, id));
	if (!article || !extracted) return null;
	// Read the records after the facts: a version never claims a correction the facts lack.
	const records = (await listCorrections(db, id)) as StoredCorrection[];
	const { facts, outcomes } = correctFacts(extracted, records);
	const version = records.length > 0 ? Math.max(...records.map((r) => r.version)) : 0;
	return { article, facts, version, history: historyOf(records, outcomes) };
}

export async function getCorrectedFactFile(db: Store, id: string): Promise<FactFile | null> {
	return (await getCorrectedArticle(db, id))?.facts ?? null;
}

function readAuthor(author: unknown, errors: FieldErrors): string {
	const name = typeof author === 'string' ? author.replace(/\s+/g, ' ').trim() : '';
	if (name === '') errors.push({ field: 'author', message: 'give your name: the history shows who made each correction' });
	else if (name.length > MAX_AUTHOR) errors.push({ field: 'author', message: `keep your name under ${MAX_AUTHOR} characters` });
	return name;
}

function readVersion(v: unknown, errors: FieldErrors): number {
	if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
	errors.push({ field: 'expectedVersion', message: 'send the version your edit is based on (the ETag of GET /api/articles/{id}, or the page’s version)' });
	return -1;
}

/** Checks an op against the article as it stands: its events must exist, its sentence be one of the article's. */
function checkAgainst(op: CorrectionOp, current: CorrectedArticle, errors: FieldErrors): CorrectionOp {
	const events = current.facts.events;
	const needEvent = (field: string, key: Parameters<typeof findEvent>[1]) => {
		if (!findEvent(events, key)) errors.push({ field, message: `there is no event “${key.trigger.text.slice(0, 40)}” (${key.id}) in this article now; reload the page` });
	};
	switch (op.type) {
		case 'edit':
		case 'delete':
			needEvent('target', op.target);
			return op;
		case 'merge':
			needEvent('target', op.target);
			needEvent('other', op.other);
			if (findEvent(events, op.target) && findEvent(events, op.target) === findEvent(events, op.other)) errors.push({ field: 'other', message: 'choose another event to merge with' });
			return op;
		case 'add': {
			const s = current.facts.sentences.find((x) => x.index === op.sentence);
			if (!s) {
				errors.push({ field: 'sentence', message: `the article has no sentence ${op.sentence + 1}` });
				return op;
			}
			// The trigger is in the sentence and says what the text says there, or it is the whole sentence.
			const t = op.trigger;
			const inside = t.start >= s.start && t.end <= s.end && t.end > t.start && current.article.text.slice(t.start, t.end) === t.text;
			return inside ? op : { ...op, trigger: { start: s.start, end: s.end, text: current.article.text.slice(s.start, s.end) } };
		}
		case 'undo':
			errors.push({ field: 'type', message: 'to undo, post to /api/articles/{id}/corrections/{cid}/undo' });
			return op;
	}
}

async function write(db: Store, articleId: string, req: WriteRequest, build: (current: CorrectedArticle, errors: FieldErrors) => { op: unknown; undoes: number | null }): Promise<WriteResult> {
	const current = await getCorrectedArticle(db, articleId);
	if (!current) return { ok: false, kind: 'not-found', message: `No article with id “${articleId.slice(0, 80)}”.` };
	const errors: FieldErrors = [];
	const author = readAuthor(req.author, errors);
	const expectedVersion = readVersion(req.expectedVersion, errors);
	// A stale edit is a conflict before it is anything else: its target may be gone because of the other edit.
	if (expectedVersion >= 0 && expectedVersion !== current.version) return conflict(current, expectedVersion);
	const { op, undoes } = build(current, errors);
	if (errors.length > 0) return { ok: false, kind: 'invalid', errors };
	const res = await appendCorrection(db, articleId, { expectedVersion, author, op, undoes });
	if (!res.ok) {
		const now = await getCorrectedArticle(db, articleId);
		return now ? conflict(now, expectedVersion) : { ok: false, kind: 'not-found', message: `The article “${articleId.slice(0, 80)}” was deleted.` };
	}
	const after = await getCorrectedArticle(db, articleId);
	const entry = after?.history.find((h) => h.id === res.record.id);
	if (!after || !entry) return { ok: false, kind: 'not-found', message: `The article “${articleId.slice(0, 80)}” was deleted.` };
	return { ok: true, entry, version: after.version };
}

function conflict(current: CorrectedArticle, expectedVersion: number): WriteResult {
	return { ok: false, kind: 'conflict', currentVersion: current.version, since: current.history.filter((h) => h.version > expectedVersion) };
}

/** Stores a correction made on version `expectedVersion`; refused, with what changed, if the article moved on. */
export function submitCorrection(db: Store, articleId: string, req: WriteRequest): Promise<WriteResult> {
	return write(db, articleId, req, (current, errors) => {
		const read = readCorrectionOp(req.op);
		if (!read.ok) {
			errors.push(...read.errors);
			return { op: req.op, undoes: null };
		}
		return { op: checkAgainst(read.op, current, errors), undoes: null };
	});
}

/** Undoes correction `correctionId` (an undo of an undo puts it back). */
export function undoCorrection(db: Store, articleId: string, correctionId: number, req: Omit<WriteRequest, 'op'>): Promise<WriteResult> {
	return write(db, articleId, { ...req, op: { type: 'undo' } }, (current, errors) => {
		const target = current.history.find((h) => h.id === correctionId);
		if (!target) errors.push({ field: 'correction', message: `this article has no correction #${correctionId}` });
		else if (target.state === 'undone') errors.push({ field: 'correction', message: `correction #${correctionId} is already undone (by #${target.undoneBy})` });
		return { op: { type: 'undo' }, undoes: correctionId };
	});
}
