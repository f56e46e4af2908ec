import { describe, expect, it } from 'vitest';
import { EXPORT_FACTS, ARTICLE_TEXT } from '$lib/export/testkit';
import type { FactFile } from '$lib/model';
import { addOpFromForm, deleteOpFromForm, editOpFromForm, F, KEEP_DATE, mergeOpFromForm, NO_DATE, sentenceDefaults } from './form';
import { keyOf } from './target';
import type { PlacePick } from './ops';

const facts: FactFile = EXPORT_FACTS;
const [A, B] = facts.events;
const VLADIVOSTOK: PlacePick = { name: 'Vladivostok', lat: 43.1, lon: 131.9, kind: 'city', gazetteerId: 'geonames:2013348' };
const search = (q: string) => (q.toLowerCase().startsWith('vlad') ? VLADIVOSTOK : null);

/** The form as the editor opens it for A: nothing changed yet. */
function untouched() {
	return {
		[F.target]: JSON.stringify(keyOf(A)),
		[F.label]: A.label,
		[F.dateValue]: A.when?.value ?? '',
		[F.datePrecision]: A.when ? A.when.granularity : NO_DATE,
		[F.placeQuery]: A.where?.name ?? '',
		[F.status]: A.status
	};
}

describe('editOpFromForm', () => {
	it('records only what changed', () => {
		const read = editOpFromForm({ ...untouched(), [F.label]: ' New  label ' }, facts, search);
		expect(read).toEqual({ ok: true, op: { type: 'edit', target: keyOf(A), changes: { label: 'New label' } } });
	});

	it('says so when nothing changed', () => {
		expect(editOpFromForm(untouched(), facts, search)).toMatchObject({ ok: false, errors: [{ message: 'nothing was changed' }] });
	});

	it('reads a date and its precision, and names the field when it is wrong', () => {
		expect(editOpFromForm({ ...untouched(), [F.dateValue]: '2023-09', [F.datePrecision]: 'month' }, facts, search)).toMatchObject({
			ok: true,
			op: { changes: { date: { value: '2023-09', precision: 'month' } } }
		});
		const bad = editOpFromForm({ ...untouched(), [F.dateValue]: '2023-09-31', [F.datePrecision]: 'day' }, facts, search);
		expect(bad).toMatchObject({ ok: false, errors: [{ field: F.dateValue, message: expect.stringContaining('not a day of the calendar') }] });
	});

	it('clears the date with "no date" and keeps it with "as extracted"', () => {
		const dated = facts.events.find((e) => e.when)!;
		const form = { ...untouched(), [F.target]: JSON.stringify(keyOf(dated)), [F.label]: dated.label, [F.status]: dated.status, [F.placeQuery]: dated.where?.name ?? '' };
		expect(editOpFromForm({ ...form, [F.datePrecision]: NO_DATE }, facts, search)).toMatchObject({ ok: true, op: { changes: { date: null } } });
		expect(editOpFromForm({ ...form, [F.datePrecision]: KEEP_DATE, [F.status]: 'negated' }, facts, search)).toMatchObject({ ok: true, op: { changes: { status: 'negated' } } });
	});

	it('takes a place chosen from the search, or looks up a typed name, or clears it', () => {
		const chosen = { [F.placeId]: 'geonames:1', [F.placeName]: 'Somewhere', [F.placeLat]: '10', [F.placeLon]: '20', [F.placeKind]: 'site' };
		expect(editOpFromForm({ ...untouched(), ...chosen }, facts, search)).toMatchObject({ ok: true, op: { changes: { place: { gazetteerId: 'geonames:1', lat: 10, lon: 20, kind: 'site' } } } });
		expect(editOpFromForm({ ...untouched(), [F.placeQuery]: 'vladivo' }, facts, search)).toMatchObject({ ok: true, op: { changes: { place: VLADIVOSTOK } } });
		expect(editOpFromForm({ ...untouched(), [F.placeQuery]: 'Atlantis' }, facts, search)).toMatchObject({ ok: false, errors: [{ field: F.placeQuery }] });
		const placed = facts.events.find((e) => e.where)!;
		const form = { [F.target]: JSON.stringify(keyOf(placed)), [F.label]: placed.label, [F.datePrecision]: KEEP_DATE, [F.placeQuery]: '', [F.status]: placed.status };
		expect(editOpFromForm(form, facts, search)).toMatchObject({ ok: true, op: { changes: { place: null } } });
	});

	it('refuses a target that is no longer there', () => {
		const gone = { ...keyOf(A), sentence: 999, trigger: { start: 9000, end: 9005, text: 'ghost' } };
		expect(editOpFromForm({ ...untouched(), [F.target]: JSON.stringify(gone) }, facts, search)).toMatchObject({ ok: false, errors: [{ field: F.target }] });
		expect(editOpFromForm({ ...untouched(), [F.target]: 'not json' }, facts, search).ok).toBe(false);
	});
});

describe('delete, merge and add forms', () => {
	it('delete names the event by its key', () => {
		expect(deleteOpFromForm({ [F.target]: JSON.stringify(keyOf(B)) }, facts)).toEqual({ ok: true, op: { type: 'delete', target: keyOf(B) } });
	});

	it('merge takes the other event by id', () => {
		expect(mergeOpFromForm({ [F.target]: JSON.stringify(keyOf(A)), [F.other]: B.id }, facts)).toEqual({ ok: true, op: { type: 'merge', target: keyOf(A), other: keyOf(B) } });
		expect(mergeOpFromForm({ [F.target]: JSON.stringify(keyOf(A)), [F.other]: 'nope' }, facts)).toMatchObject({ ok: false, errors: [{ field: F.other }] });
	});

	it('add takes the whole sentence as the trigger', () => {
		const s = facts.sentences[1];
		const read = addOpFromForm({ [F.sentence]: String(s.index), [F.label]: 'Missed', [F.dateValue]: '2023-09-13', [F.datePrecision]: 'day', [F.status]: 'planned' }, facts, ARTICLE_TEXT, search);
		expect(read).toEqual({
			ok: true,
			op: { type: 'add', sentence: s.index, trigger: { start: s.start, end: s.end, text: ARTICLE_TEXT.slice(s.start, s.end) }, label: 'Missed', date: { value: '2023-09-13', precision: 'day' }, place: null, status: 'planned' }
		});
		expect(addOpFromForm({ [F.sentence]: '999', [F.label]: 'x' }, facts, ARTICLE_TEXT, search)).toMatchObject({ ok: false, errors: [{ field: F.sentence }] });
		expect(addOpFromForm({ [F.sentence]: String(s.index), [F.label]: '' }, facts, ARTICLE_TEXT, search)).toMatchObject({ ok: false, errors: [{ field: 'label' }] });
	});

	it('proposes the date and place the sentence itself gives', () => {
		const t = facts.timexes.find((x) => x.interval && x.granularity === 'minute')!;
		expect(sentenceDefaults(facts, t.sentence)).toMatchObject({ dateValue: t.value, datePrecision: 'minute' });
		const none = facts.sentences.find((s) => !facts.timexes.some((x) => x.sentence === s.index));
		if (none) expect(sentenceDefaults(facts, none.index).datePrecision).toBe(NO_DATE);
	});
});
