/**
 * The history of an article's corrections as people read it: who changed
 * what, when, and whether it still applies. Built on the server from the
 * stored records and their outcomes, sent to the page as plain data.
 */
import type { CorrectionInput, Outcome, OutcomeState } from './apply';
import { readCorrectionOp, type CorrectionOp, type DatePick, type EventKey, type PlacePick } from './ops';

/** What storage keeps of a correction (see $lib/server/db). */
export interface StoredCorrection extends CorrectionInput {
	articleId: string;
	version: number;
	author: string;
	createdAt: string;
}

export interface HistoryEntry {
	id: number;
	version: number;
	author: string;
	createdAt: string;
	type: CorrectionOp['type'] | 'invalid';
	/** One line: “Changed the date of “arrive” to 2023-09-13 (day)”. */
	summary: string;
	state: OutcomeState;
	reason: string | null;
	undoes: number | null;
	undoneBy: number | null;
	/** The event it changed, in the corrected file (to select it). */
	eventId: string | null;
}

const quote = (s: string) => `“${s.length > 60 ? `${s.slice(0, 59)}…` : s}”`;
const date = (d: DatePick | null) => (d ? `${d.value} (${d.precision})` : 'no date');
const place = (p: PlacePick | null) => (p ? p.name : 'no place');
const eventName = (k: EventKey) => quote(k.trigger.text);

export function summarize(op: CorrectionOp, undone?: StoredCorrection): string {
	switch (op.type) {
		case 'edit': {
			const c = op.changes;
			const parts = [
				c.label !== undefined ? `label to ${quote(c.label)}` : null,
				c.date !== undefined ? `date to ${date(c.date)}` : null,
				c.place !== undefined ? `place to ${place(c.place)}` : null,
				c.status !== undefined ? `status to ${c.status}` : null
			].filter((x) => x !== null);
			return `Changed the ${parts.join(', the ')} of the event ${eventName(op.target)}`;
		}
		case 'delete':
			return `Deleted the event ${eventName(op.target)}`;
		case 'merge':
			return `Merged ${eventName(op.other)} into ${eventName(op.target)}`;
		case 'add':
			return `Added the event ${quote(op.label)} (sentence ${op.sentence + 1})`;
		case 'undo':
			return undone ? `Undid correction #${undone.id} (${undone.author})` : 'Undid a correction';
	}
}

export function historyOf(records: readonly StoredCorrection[], outcomes: readonly Outcome[]): HistoryEntry[] {
	const byId = new Map(records.map((r) => [r.id, r]));
	const outcome = new Map(outcomes.map((o) => [o.id, o]));
	return records.map((r) => {
		const read = readCorrectionOp(r.op);
		const o = outcome.get(r.id);
		return {
			id: r.id,
			version: r.version,
			author: r.author,
			createdAt: r.createdAt,
			type: read.ok ? read.op.type : 'invalid',
			summary: read.ok ? summarize(read.op, r.undoes !== null ? byId.get(r.undoes) : undefined) : 'A correction that cannot be read',
			state: o?.state ?? 'not-applied',
			reason: o?.reason ?? null,
			undoes: r.undoes,
			undoneBy: o?.undoneBy ?? null,
			eventId: o?.eventId ?? null
		};
	});
}
