/**
 * Corrections on the sample article's real fact file, then on the same
 * article read again by a "newer pipeline" that numbers events differently.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '$lib/extract/pipeline';
import { loadGazetteer } from '$lib/extract/places/load';
import type { FactEvent, FactFile } from '$lib/model';
import { addedEventId, applyCorrections, correctFacts, type CorrectionInput } from './apply';
import type { CorrectionOp } from './ops';
import { keyOf } from './target';

const TEXT = readFileSync('src/lib/server/sample/kim-jong-un-russie.fr.txt', 'utf8');
const FACTS = extract({ text: TEXT, dct: '2023-09-12', lang: 'fr' }, loadGazetteer());

/** The same text read by a pipeline that lists events last to first and numbers them afresh. */
function reExtracted(facts: FactFile, change: (events: FactEvent[]) => FactEvent[] = (x) => x): FactFile {
	const events = change([...facts.events].reverse()).map((e, i) => ({ ...e, id: `e${i + 1}` }));
	return { ...facts, events, generator: { name: 'factline', version: '9.9.9' } };
}

const byTrigger = (facts: FactFile, e: FactEvent) => facts.events.find((x) => x.trigger.start === e.trigger.start && x.trigger.end === e.trigger.end);

let nextId = 1;
const rec = (op: CorrectionOp | unknown, undoes: number | null = null): CorrectionInput => ({ id: nextId++, op, undoes });

const [A, B, C] = [FACTS.events[0], FACTS.events[1], FACTS.events[2]];

describe('applyCorrections', () => {
	it('has events to work on', () => {
		expect(FACTS.events.length).toBeGreaterThan(5);
	});

	it('edits label, date, place and status, marks the event and recomputes the interval', () => {
		const c = rec({
			type: 'edit',
			target: keyOf(A),
			changes: {
				label: 'Kim leaves Pyongyang',
				date: { value: '2023-09-10TEV', precision: 'part-of-day' },
				place: { name: 'Pyongyang', lat: 39.03, lon: 125.75, kind: 'city', gazetteerId: 'geonames:1871859' },
				status: 'reported'
			}
		});
		const { facts, outcomes } = correctFacts(FACTS, [c]);
		const e = facts.events.find((x) => x.id === A.id)!;
		expect(e).toMatchObject({
			label: 'Kim leaves Pyongyang',
			status: 'reported',
			when: { value: '2023-09-10TEV', granularity: 'part-of-day', interval: { start: '2023-09-10T18:00', end: '2023-09-11T00:00' }, inherited: false, timex: null },
			where: { name: 'Pyongyang', lat: 39.03, kind: 'city', gazetteerId: 'geonames:1871859', inherited: false },
			corrected: true,
			correctedFields: ['label', 'when', 'where', 'status']
		});
		expect(outcomes).toEqual([{ id: c.id, state: 'applied', eventId: A.id }]);
		// Nothing else moved, and the input is untouched.
		expect(facts.events.filter((x) => x.id !== A.id)).toEqual(FACTS.events.filter((x) => x.id !== A.id));
		expect(FACTS.events[0]).toBe(A);
		expect(A.corrected).toBeUndefined();
	});

	it('clears a date or a place with null', () => {
		const placed = FACTS.events.find((e) => e.where && e.when)!;
		const facts = applyCorrections(FACTS, [rec({ type: 'edit', target: keyOf(placed), changes: { date: null, place: null } })]);
		expect(facts.events.find((e) => e.id === placed.id)).toMatchObject({ when: null, where: null, correctedFields: ['when', 'where'] });
	});

	it('deletes an event', () => {
		const facts = applyCorrections(FACTS, [rec({ type: 'delete', target: keyOf(B) })]);
		expect(facts.events.map((e) => e.id)).toEqual(FACTS.events.filter((e) => e !== B).map((e) => e.id));
	});

	it('merges two events into one citing both sets of sentences', () => {
		const other = FACTS.events.find((e) => e.sentence !== A.sentence)!;
		const facts = applyCorrections(FACTS, [rec({ type: 'merge', target: keyOf(A), other: keyOf(other) })]);
		expect(facts.events).toHaveLength(FACTS.events.length - 1);
		expect(facts.events.find((e) => e.id === other.id)).toBeUndefined();
		const merged = facts.events.find((e) => e.id === A.id)!;
		expect(merged.sentence).toBe(A.sentence);
		expect(merged.sentences).toEqual([...new Set([...A.sentences, ...other.sentences])].sort((a, b) => a - b));
		expect(merged.correctedFields).toEqual(['sentences']);
	});

	it('adds an event from a sentence, in reading order', () => {
		const s = FACTS.sentences[FACTS.sentences.length - 1];
		const c = rec({
			type: 'add',
			sentence: s.index,
			trigger: { start: s.start, end: s.end, text: TEXT.slice(s.start, s.end) },
			label: 'Something the machine missed',
			date: { value: '2023-09-13', precision: 'day' },
			place: null,
			status: 'planned'
		});
		const facts = applyCorrections(FACTS, [c]);
		const added = facts.events.find((e) => e.id === addedEventId(c.id))!;
		expect(added).toMatchObject({ sentence: s.index, sentences: [s.index], label: 'Something the machine missed', status: 'planned', corrected: true, correctedFields: ['added'] });
		expect(added.when?.interval).toEqual({ start: '2023-09-13T00:00', end: '2023-09-14T00:00' });
		const order = facts.events.map((e) => e.sentence);
		expect(order.indexOf(s.index)).toBeLessThanOrEqual(facts.events.indexOf(added));
	});

	it('undoes a correction, and undoing the undo redoes it', () => {
		const edit = rec({ type: 'edit', target: keyOf(B), changes: { label: 'Renamed' } });
		const undo = rec({ type: 'undo' }, edit.id);
		const once = correctFacts(FACTS, [edit, undo]);
		expect(once.facts.events.find((e) => e.id === B.id)?.label).toBe(B.label);
		expect(once.outcomes).toEqual([
			{ id: edit.id, state: 'undone', undoneBy: undo.id },
			{ id: undo.id, state: 'applied' }
		]);
		const redo = rec({ type: 'undo' }, undo.id);
		const twice = correctFacts(FACTS, [edit, undo, redo]);
		expect(twice.facts.events.find((e) => e.id === B.id)?.label).toBe('Renamed');
		expect(twice.outcomes.map((o) => o.state)).toEqual(['applied', 'undone', 'applied']);
	});

	it('undoes a delete: the event comes back as extracted', () => {
		const del = rec({ type: 'delete', target: keyOf(C) });
		const facts = applyCorrections(FACTS, [del, rec({ type: 'undo' }, del.id)]);
		expect(facts.events).toEqual(FACTS.events);
	});

	it('keeps later corrections when an earlier one is undone', () => {
		const first = rec({ type: 'edit', target: keyOf(A), changes: { label: 'first' } });
		const second = rec({ type: 'edit', target: keyOf(A), changes: { status: 'negated' } });
		const facts = applyCorrections(FACTS, [first, second, rec({ type: 'undo' }, first.id)]);
		expect(facts.events.find((e) => e.id === A.id)).toMatchObject({ label: A.label, status: 'negated', correctedFields: ['status'] });
	});

	it('reports a correction whose event is gone as not applied, and applies the rest', () => {
		const del = rec({ type: 'delete', target: keyOf(A) });
		const edit = rec({ type: 'edit', target: keyOf(A), changes: { label: 'too late' } });
		const other = rec({ type: 'edit', target: keyOf(B), changes: { label: 'fine' } });
		const { facts, outcomes } = correctFacts(FACTS, [del, edit, other]);
		expect(outcomes[1]).toMatchObject({ id: edit.id, state: 'not-applied', reason: expect.stringContaining(A.trigger.text) });
		expect(outcomes[2].state).toBe('applied');
		expect(facts.events.find((e) => e.id === B.id)?.label).toBe('fine');
	});

	it('reports a stored op that is not valid instead of throwing', () => {
		const { outcomes } = correctFacts(FACTS, [rec({ type: 'edit', target: keyOf(A), changes: { date: { value: '2023-02-30', precision: 'day' } } })]);
		expect(outcomes[0]).toMatchObject({ state: 'not-applied', reason: expect.stringMatching(/not valid.*not a day/) });
	});
});

describe('corrections after re-extraction', () => {
	const corrections = (): CorrectionInput[] => {
		const other = FACTS.events.find((e) => e.sentence !== B.sentence && e !== C)!;
		return [
			rec({ type: 'edit', target: keyOf(A), changes: { label: 'Edited A', date: { value: '2023-09-11', precision: 'day' } } }),
			rec({ type: 'delete', target: keyOf(C) }),
			rec({ type: 'merge', target: keyOf(B), other: keyOf(other) })
		];
	};

	it('land on the same events when a newer pipeline renumbers them', () => {
		const list = corrections();
		const before = applyCorrections(FACTS, list);
		const again = reExtracted(FACTS);
		expect(again.events.find((e) => e.trigger.start === A.trigger.start)?.id).not.toBe(A.id);
		const { facts: after, outcomes } = correctFacts(again, list);
		expect(outcomes.map((o) => o.state)).toEqual(['applied', 'applied', 'applied']);
		// The same corrected facts, whatever the numbering.
		const strip = (f: FactFile) => f.events.map(({ id: _id, ...rest }) => rest).sort((x, y) => x.trigger.start - y.trigger.start || x.trigger.end - y.trigger.end);
		expect(strip(after)).toEqual(strip(before));
		expect(byTrigger(after, A)?.label).toBe('Edited A');
		expect(byTrigger(after, C)).toBeUndefined();
	});

	it('follow a trigger the newer pipeline widened within the same sentence', () => {
		const widened = reExtracted(FACTS, (events) => events.map((e) => (e.trigger.start === A.trigger.start ? { ...e, trigger: { ...e.trigger, start: e.trigger.start - 2, text: `${TEXT.slice(e.trigger.start - 2, e.trigger.start)}${e.trigger.text}` } } : e)));
		const { facts, outcomes } = correctFacts(widened, corrections().slice(0, 1));
		expect(outcomes[0].state).toBe('applied');
		expect(facts.events.find((e) => e.trigger.end === A.trigger.end && e.sentence === A.sentence)?.label).toBe('Edited A');
	});

	it('are kept as not applied when the newer pipeline no longer finds the event', () => {
		const gone = reExtracted(FACTS, (events) => events.filter((e) => e.trigger.start !== A.trigger.start));
		const list = corrections();
		const { facts, outcomes } = correctFacts(gone, list);
		expect(outcomes.map((o) => o.state)).toEqual(['not-applied', 'applied', 'applied']);
		expect(facts.events.some((e) => e.label === 'Edited A')).toBe(false);
	});

	it('never move to an event of another sentence that happens to have the old id', () => {
		const shifted = reExtracted(FACTS, (events) => events.filter((e) => e.sentence !== A.sentence || e.trigger.start !== A.trigger.start));
		const imposter = shifted.events.find((e) => e.id === A.id);
		expect(imposter === undefined || imposter.sentence !== A.sentence || imposter.trigger.start !== A.trigger.start).toBe(true);
		const facts = applyCorrections(shifted, corrections().slice(0, 1));
		expect(facts.events.filter((e) => e.corrected)).toEqual([]);
	});
});
