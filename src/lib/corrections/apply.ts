/**
 * The corrected fact file: the extractor's output with every correction that
 * is still in force applied, oldest first. Pure, so the page, the API, the
 * exports and the tests all see the same result. A correction whose event
 * cannot be found any more is reported, never dropped: it stays in the
 * history as "could not be applied".
 */
import type { CorrectedField, EventWhere, FactEvent, FactFile } from '$lib/model';
import { correctedWhen, readDate } from './date';
import { readCorrectionOp, type CorrectionOp, type DatePick, type PlacePick } from './ops';
import { findEvent } from './target';

/** What applyCorrections needs of a stored correction record. */
export interface CorrectionInput {
	id: number;
	op: unknown;
	undoes: number | null;
}

export type OutcomeState = 'applied' | 'undone' | 'not-applied';

export interface Outcome {
	id: number;
	state: OutcomeState;
	/** Why it was not applied, in words for the history list. */
	reason?: string;
	/** The event it changed (or created), in the corrected file. */
	eventId?: string;
	/** The correction that cancelled it. */
	undoneBy?: number;
}

export interface CorrectedFacts {
	facts: FactFile;
	outcomes: Outcome[];
}

/** Id of an event a person added: `c` and the correction's id, apart from the extractor's `e1`, `e2`… */
export const addedEventId = (correctionId: number): string => `c${correctionId}`;

function whenOf(pick: DatePick) {
	const read = readDate(pick.value, pick.precision);
	return read.ok ? correctedWhen(read.valued) : null;
}

function whereOf(pick: PlacePick): EventWhere {
	return { name: pick.name, lat: pick.lat, lon: pick.lon, kind: pick.kind, place: null, inherited: false, gazetteerId: pick.gazetteerId };
}

function mark(event: FactEvent, ...fields: CorrectedField[]): FactEvent {
	const before = event.correctedFields ?? [];
	return { ...event, corrected: true, correctedFields: [...before, ...fields.filter((f) => !before.includes(f))] };
}

/** Which corrections are cancelled: an undo cancels its target unless it is itself undone (which is a redo). */
function cancelled(corrections: readonly CorrectionInput[]): Map<number, number> {
	const by = new Map<number, number>();
	for (let i = corrections.length - 1; i >= 0; i--) {
		const c = corrections[i];
		if (by.has(c.id) || c.undoes === null) continue;
		if (!by.has(c.undoes)) by.set(c.undoes, c.id);
	}
	return by;
}

type Step = { ok: true; events: FactEvent[]; eventId?: string } | { ok: false; reason: string };

const NOT_FOUND = (what: string) =>
	`the event “${what}” is no longer in the extracted facts (the article was read again or the event was deleted or merged)`;

function step(events: FactEvent[], op: CorrectionOp, id: number): Step {
	switch (op.type) {
		case 'edit': {
			const e = findEvent(events, op.target);
			if (!e) return { ok: false, reason: NOT_FOUND(op.target.trigger.text) };
			let next = e;
			const c = op.changes;
			if (c.label !== undefined) next = mark({ ...next, label: c.label }, 'label');
			if (c.date !== undefined) next = mark({ ...next, when: c.date ? whenOf(c.date) : null }, 'when');
			if (c.place !== undefined) next = mark({ ...next, where: c.place ? whereOf(c.place) : null }, 'where');
			if (c.status !== undefined) next = mark({ ...next, status: c.status }, 'status');
			return { ok: true, events: events.map((x) => (x === e ? next : x)), eventId: e.id };
		}
		case 'delete': {
			const e = findEvent(events, op.target);
			if (!e) return { ok: false, reason: NOT_FOUND(op.target.trigger.text) };
			return { ok: true, events: events.filter((x) => x !== e), eventId: e.id };
		}
		case 'merge': {
			const a = findEvent(events, op.target);
			const b = findEvent(events, op.other);
			if (!a) return { ok: false, reason: NOT_FOUND(op.target.trigger.text) };
			if (!b) return { ok: false, reason: NOT_FOUND(op.other.trigger.text) };
			if (a === b) return { ok: false, reason: 'both events are now one and the same; there is nothing left to merge' };
			const merged = mark(
				{
					...a,
					sentences: [...new Set([a.sentence, ...a.sentences, b.sentence, ...b.sentences])].sort((x, y) => x - y),
					// The kept event keeps what it knew; what it lacked, the other one brings.
					when: a.when ?? b.when,
					where: a.where ?? b.where,
					actors: [...new Set([...a.actors, ...b.actors])],
					attribution: a.attribution ?? b.attribution
				},
				'sentences'
			);
			return { ok: true, events: events.flatMap((x) => (x === a ? [merged] : x === b ? [] : [x])), eventId: a.id };
		}
		case 'add': {
			const event: FactEvent = {
				id: addedEventId(id),
				sentence: op.sentence,
				sentences: [op.sentence],
				label: op.label,
				kind: 'other',
				trigger: op.trigger,
				when: op.date ? whenOf(op.date) : null,
				where: op.place ? whereOf(op.place) : null,
				status: op.status,
				actors: [],
				attribution: null,
				secondary: false,
				corrected: true,
				correctedFields: ['added']
			};
			// In reading order, after the events of earlier sentences.
			const at = events.findIndex((x) => x.sentence > op.sentence);
			const next = at < 0 ? [...events, event] : [...events.slice(0, at), event, ...events.slice(at)];
			return { ok: true, events: next, eventId: event.id };
		}
		case 'undo':
			return { ok: true, events };
	}
}

/** Applies `corrections` (oldest first) to `facts`, and says what became of each. */
export function correctFacts(facts: FactFile, corrections: readonly CorrectionInput[]): CorrectedFacts {
	const cancelledBy = cancelled(corrections);
	const known = new Set(corrections.map((c) => c.id));
	let events = facts.events;
	const outcomes: Outcome[] = [];
	for (const c of corrections) {
		const undoneBy = cancelledBy.get(c.id);
		if (undoneBy !== undefined) {
			outcomes.push({ id: c.id, state: 'undone', undoneBy });
			continue;
		}
		if (c.undoes !== null) {
			outcomes.push(known.has(c.undoes) ? { id: c.id, state: 'applied' } : { id: c.id, state: 'not-applied', reason: `there is no correction ${c.undoes} to undo` });
			continue;
		}
		const read = readCorrectionOp(c.op);
		if (!read.ok) {
			outcomes.push({ id: c.id, state: 'not-applied', reason: `the stored correction is not valid: ${read.errors.map((e) => `${e.field} ${e.message}`).join('; ')}` });
			continue;
		}
		const result = step(events, read.op, c.id);
		if (result.ok) {
			events = result.events;
			outcomes.push({ id: c.id, state: 'applied', ...(result.eventId ? { eventId: result.eventId } : {}) });
		} else {
			outcomes.push({ id: c.id, state: 'not-applied', reason: result.reason });
		}
	}
	return { facts: events === facts.events ? facts : { ...facts, events }, outcomes };
}

/** The corrected fact file alone. */
export function applyCorrections(facts: FactFile, corrections: readonly CorrectionInput[]): FactFile {
	return correctFacts(facts, corrections).facts;
}
