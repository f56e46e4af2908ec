/**
 * Corrections through the real store (SQLite in memory): versioned writes,
 * conflicts, undo, and corrections surviving a re-extraction by a pipeline
 * that numbers events differently.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { extract } from '$lib/extract/pipeline';
import { loadGazetteer } from '$lib/extract/places/load';
import type { FactFile } from '$lib/model';
import { createArticle, listCorrections, openDatabase, refreshFactFile, type Store } from '$lib/server/db';
import { keyOf } from '$lib/corrections/target';
import { getCorrectedArticle, getCorrectedFactFile, submitCorrection, undoCorrection } from './corrections';

const TEXT = [
	'Le Premier ministre japonais est arrivé lundi à Paris pour une visite de trois jours.',
	'Il rencontrera le président français mercredi au palais de l’Élysée.',
	'La délégation repartira vendredi pour Berlin.'
].join('\n\n');

const gazetteer = loadGazetteer();
const original = (input: Parameters<typeof extract>[0]): FactFile => extract(input, gazetteer);
/** A "newer pipeline": the same facts, listed last to first and numbered afresh. */
const renumbering = (input: Parameters<typeof extract>[0]): FactFile => {
	const facts = original(input);
	return { ...facts, events: [...facts.events].reverse().map((e, i) => ({ ...e, id: `e${i + 1}` })) };
};

let db: Store;
let id: string;
let facts: FactFile;
beforeEach(async () => {
	db = await openDatabase(':memory:');
	id = await createArticle(db, { title: 'Visite', dct: '2024-03-06', lang: 'fr', text: TEXT }, { extractor: original });
	facts = (await getCorrectedFactFile(db, id))!;
});

const rename = (label: string, i = 0) => ({ type: 'edit', target: keyOf(facts.events[i]), changes: { label } });

describe('versioned corrections', () => {
	it('starts at version 0 with the extracted facts', async () => {
		const current = await getCorrectedArticle(db, id);
		expect(current).toMatchObject({ version: 0, history: [] });
		expect(current!.facts.events.length).toBeGreaterThan(1);
		expect(await getCorrectedArticle(db, 'nope')).toBeNull();
	});

	it('applies a correction made on the current version and says who did what', async () => {
		const res = await submitCorrection(db, id, { expectedVersion: 0, author: ' Alice ', op: rename('Arrivée à Paris') });
		expect(res).toMatchObject({ ok: true, version: 1, entry: { author: 'Alice', state: 'applied', summary: expect.stringContaining('Arrivée à Paris') } });
		const current = (await getCorrectedArticle(db, id))!;
		expect(current.version).toBe(1);
		expect(current.facts.events[0]).toMatchObject({ label: 'Arrivée à Paris', corrected: true });
	});

	it('refuses a correction made on an older version, listing what changed, and stores nothing', async () => {
		await submitCorrection(db, id, { expectedVersion: 0, author: 'Alice', op: rename('First') });
		const res = await submitCorrection(db, id, { expectedVersion: 0, author: 'Bob', op: rename('Second') });
		expect(res).toMatchObject({ ok: false, kind: 'conflict', currentVersion: 1, since: [{ author: 'Alice', summary: expect.stringContaining('First') }] });
		expect(await listCorrections(db, id)).toHaveLength(1);
		expect((await getCorrectedFactFile(db, id))!.events[0].label).toBe('First');
	});

	it('refuses invalid corrections field by field', async () => {
		const res = await submitCorrection(db, id, { expectedVersion: 0, author: '', op: { type: 'edit', target: keyOf(facts.events[0]), changes: { status: 'rumoured' } } });
		expect(res).toMatchObject({ ok: false, kind: 'invalid' });
		if (!res.ok && res.kind === 'invalid') expect(res.errors.map((e) => e.field).sort()).toEqual(['author', 'changes.status']);
		const ghost = await submitCorrection(db, id, { expectedVersion: 0, author: 'A', op: { type: 'delete', target: { id: 'e99', sentence: 9, trigger: { start: 900, end: 905, text: 'ghost' } } } });
		expect(ghost).toMatchObject({ ok: false, kind: 'invalid', errors: [{ field: 'target' }] });
		expect(await submitCorrection(db, 'nope', { expectedVersion: 0, author: 'A', op: rename('x') })).toMatchObject({ ok: false, kind: 'not-found' });
	});

	it('takes the whole sentence as the trigger of an added event when the given one does not match the text', async () => {
		const s = facts.sentences[2];
		const res = await submitCorrection(db, id, {
			expectedVersion: 0,
			author: 'A',
			op: { type: 'add', sentence: s.index, trigger: { start: 0, end: 3, text: 'nope' }, label: 'Départ', date: null, place: null, status: 'planned' }
		});
		expect(res.ok).toBe(true);
		const added = (await getCorrectedFactFile(db, id))!.events.find((e) => e.label === 'Départ')!;
		expect(added.trigger).toEqual({ start: s.start, end: s.end, text: TEXT.slice(s.start, s.end) });
	});

	it('undoes a correction with a new versioned record, and refuses to undo it twice', async () => {
		const first = await submitCorrection(db, id, { expectedVersion: 0, author: 'Alice', op: { type: 'delete', target: keyOf(facts.events[1]) } });
		if (!first.ok) throw new Error('delete refused');
		expect((await getCorrectedFactFile(db, id))!.events).toHaveLength(facts.events.length - 1);
		const undo = await undoCorrection(db, id, first.entry.id, { expectedVersion: 1, author: 'Bob' });
		expect(undo).toMatchObject({ ok: true, version: 2, entry: { undoes: first.entry.id, summary: expect.stringContaining('Undid correction') } });
		expect((await getCorrectedFactFile(db, id))!.events).toEqual(facts.events);
		expect(await undoCorrection(db, id, first.entry.id, { expectedVersion: 2, author: 'Bob' })).toMatchObject({ ok: false, kind: 'invalid' });
		expect(await undoCorrection(db, id, 12345, { expectedVersion: 2, author: 'Bob' })).toMatchObject({ ok: false, kind: 'invalid' });
		expect(await undoCorrection(db, id, first.entry.id, { expectedVersion: 0, author: 'Bob' })).toMatchObject({ ok: false, kind: 'conflict' });
	});
});

describe('corrections and re-extraction', () => {
	it('re-apply after a newer pipeline renumbers the events', async () => {
		const target = facts.events[0];
		await submitCorrection(db, id, { expectedVersion: 0, author: 'A', op: { type: 'edit', target: keyOf(target), changes: { date: { value: '2024-03-05', precision: 'day' } } } });
		await submitCorrection(db, id, { expectedVersion: 1, author: 'A', op: { type: 'delete', target: keyOf(facts.events[facts.events.length - 1]) } });
		await refreshFactFile(db, id, renumbering);
		const current = (await getCorrectedArticle(db, id))!;
		expect(current.history.map((h) => h.state)).toEqual(['applied', 'applied']);
		const moved = current.facts.events.find((e) => e.trigger.start === target.trigger.start)!;
		expect(moved.id).not.toBe(target.id);
		expect(moved.when).toMatchObject({ value: '2024-03-05', granularity: 'day' });
		expect(current.facts.events).toHaveLength(facts.events.length - 1);
	});

	it('keep a correction whose event the newer pipeline no longer finds, marked as not applied', async () => {
		const target = facts.events[0];
		await submitCorrection(db, id, { expectedVersion: 0, author: 'A', op: rename('Lost') });
		await refreshFactFile(db, id, (input) => {
			const f = original(input);
			return { ...f, events: f.events.filter((e) => e.trigger.start !== target.trigger.start) };
		});
		const current = (await getCorrectedArticle(db, id))!;
		expect(current.version).toBe(1);
		expect(current.history).toMatchObject([{ state: 'not-applied', reason: expect.stringContaining(target.trigger.text) }]);
		expect(current.facts.events.some((e) => e.label === 'Lost')).toBe(false);
	});
});
