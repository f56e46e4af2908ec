/**
 * The page's correction forms (which work without JavaScript) as ops: the
 * posted fields, read against the article as it stands. An edit records only
 * what really changed, so the history says what the person meant.
 */
import type { ArticlePageData, FactFile, FactEvent } from '$lib/model';
import type { HistoryEntry } from './history';
import { isDatePrecision } from './date';
import type { CorrectionOp, EventChanges, EventKey, PlacePick } from './ops';
import { readCorrectionOp, readDatePick, readPlacePick } from './ops';
import { findEvent } from './target';

export type FormValues = Record<string, string>;
export type FormReading = { ok: true; op: CorrectionOp } | { ok: false; errors: Array<{ field: string; message: string }> };

/** The form field names, shared with the editor components. */
export const F = {
	version: 'version',
	author: 'author',
	target: 'target',
	other: 'other',
	label: 'label',
	dateValue: 'dateValue',
	datePrecision: 'datePrecision',
	placeQuery: 'placeQuery',
	placeId: 'placeId',
	placeName: 'placeName',
	placeLat: 'placeLat',
	placeLon: 'placeLon',
	placeKind: 'placeKind',
	status: 'status',
	sentence: 'sentence'
} as const;

/** Precision `none`: the event has no date. Precision empty: leave the date as it is. */
export const NO_DATE = 'none';
export const KEEP_DATE = '';

/** What the article page loads: the corrected facts, their version and history, who is editing. */
export interface CorrectionPageData extends ArticlePageData {
	version: number;
	history: HistoryEntry[];
	/** The name the person gave last time (a cookie), empty until they give one. */
	author: string;
}

export type CorrectionAction = 'edit' | 'delete' | 'merge' | 'add' | 'undo';

/** What a correction form gets back: its own values (never lost), and why it failed or what it did. */
export interface CorrectionFormResult {
	action: CorrectionAction;
	values: FormValues;
	errors?: Array<{ field: string; message: string }>;
	/** Someone else wrote first: what they did since the form's version. */
	conflict?: { currentVersion: number; since: HistoryEntry[] };
	done?: HistoryEntry;
}

function parseKey(raw: string | undefined): EventKey | null {
	try {
		const k = JSON.parse(raw ?? '') as EventKey;
		return k && typeof k === 'object' ? k : null;
	} catch {
		return null;
	}
}

function eventOf(facts: FactFile, raw: string | undefined, field: string, errors: FormReadingErrors): FactEvent | null {
	const key = parseKey(raw);
	const e = key && findEvent(facts.events, key);
	if (!e) errors.push({ field, message: 'that event is no longer in the article; reload the page' });
	return e ?? null;
}
type FormReadingErrors = Array<{ field: string; message: string }>;

/**
 * The place the form names: one chosen from the search results (hidden
 * fields), else the first gazetteer hit for the typed name (no JavaScript),
 * else none when the field was emptied. `undefined` when unchanged.
 */
function placeOf(v: FormValues, current: FactEvent['where'], search: (q: string) => PlacePick | null, errors: FormReadingErrors): PlacePick | null | undefined {
	const typed = (v[F.placeQuery] ?? '').trim();
	if (v[F.placeId]) {
		const pick = readPlacePick(
			{ name: v[F.placeName], lat: Number(v[F.placeLat]), lon: Number(v[F.placeLon]), kind: v[F.placeKind], gazetteerId: v[F.placeId] },
			F.placeQuery,
			errors
		);
		if (!pick) return undefined;
		return current && current.gazetteerId === pick.gazetteerId && current.name === pick.name ? undefined : pick;
	}
	if (typed === '') return current ? null : undefined;
	if (current && typed === current.name) return undefined;
	const hit = search(typed);
	if (!hit) errors.push({ field: F.placeQuery, message: `no place called “${typed.slice(0, 60)}” in the gazetteer; check the spelling or leave it empty` });
	return hit ?? undefined;
}

export function editOpFromForm(v: FormValues, facts: FactFile, search: (q: string) => PlacePick | null): FormReading {
	const errors: FormReadingErrors = [];
	const e = eventOf(facts, v[F.target], F.target, errors);
	if (!e) return { ok: false, errors };
	const changes: EventChanges = {};
	const label = (v[F.label] ?? '').replace(/\s+/g, ' ').trim();
	if (label !== e.label) changes.label = label;
	const precision = v[F.datePrecision] ?? KEEP_DATE;
	const value = (v[F.dateValue] ?? '').trim();
	if (precision === KEEP_DATE) {
		// Left as extracted (a duration or a reference the editor does not rewrite).
	} else if (precision === NO_DATE) {
		if (e.when) changes.date = null;
	} else if (!isDatePrecision(precision)) {
		errors.push({ field: F.datePrecision, message: 'choose a precision for the date' });
	} else {
		const date = readDatePick({ value, precision }, 'date', errors);
		if (date && (date.value !== e.when?.value || precision !== e.when?.granularity)) changes.date = date;
	}
	const place = placeOf(v, e.where, search, errors);
	if (place !== undefined) changes.place = place;
	if (v[F.status] && v[F.status] !== e.status) changes.status = v[F.status] as EventChanges['status'];
	if (errors.length > 0) return { ok: false, errors: errors.map((x) => (x.field === 'date.value' ? { ...x, field: F.dateValue } : x)) };
	if (Object.keys(changes).length === 0) return { ok: false, errors: [{ field: F.label, message: 'nothing was changed' }] };
	return readCorrectionOp({ type: 'edit', target: { id: e.id, sentence: e.sentence, trigger: e.trigger }, changes });
}

export function deleteOpFromForm(v: FormValues, facts: FactFile): FormReading {
	const errors: FormReadingErrors = [];
	const e = eventOf(facts, v[F.target], F.target, errors);
	return e ? readCorrectionOp({ type: 'delete', target: keyFor(e) }) : { ok: false, errors };
}

export function mergeOpFromForm(v: FormValues, facts: FactFile): FormReading {
	const errors: FormReadingErrors = [];
	const a = eventOf(facts, v[F.target], F.target, errors);
	const b = facts.events.find((x) => x.id === v[F.other]) ?? null;
	if (!b) errors.push({ field: F.other, message: 'choose the event to merge with' });
	if (!a || !b) return { ok: false, errors };
	return readCorrectionOp({ type: 'merge', target: keyFor(a), other: keyFor(b) });
}

export function addOpFromForm(v: FormValues, facts: FactFile, text: string, search: (q: string) => PlacePick | null): FormReading {
	const errors: FormReadingErrors = [];
	const s = facts.sentences.find((x) => String(x.index) === v[F.sentence]);
	if (!s) return { ok: false, errors: [{ field: F.sentence, message: 'choose the sentence that tells the event' }] };
	const precision = v[F.datePrecision] ?? '';
	const value = (v[F.dateValue] ?? '').trim();
	const date = precision === NO_DATE || value === '' ? null : isDatePrecision(precision) ? readDatePick({ value, precision }, F.dateValue, errors) : null;
	if (value !== '' && precision !== NO_DATE && !isDatePrecision(precision)) errors.push({ field: F.datePrecision, message: 'choose a precision for the date' });
	const place = placeOf(v, null, search, errors) ?? null;
	const read = readCorrectionOp({
		type: 'add',
		sentence: s.index,
		trigger: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
		label: v[F.label] ?? '',
		date,
		place,
		status: v[F.status] || 'occurred'
	});
	if (!read.ok) errors.push(...read.errors);
	return errors.length > 0 ? { ok: false, errors: errors.map((x) => (x.field.startsWith(`${F.dateValue}.`) ? { ...x, field: F.dateValue } : x)) } : read;
}

const keyFor = (e: FactEvent): EventKey => ({ id: e.id, sentence: e.sentence, trigger: e.trigger });

/** The date and place the text gives in a sentence, to prefill "add an event from this sentence". */
export function sentenceDefaults(facts: FactFile, sentence: number): { dateValue: string; datePrecision: string; place: FactFile['places'][number] | null } {
	const timex = facts.timexes.find((t) => t.sentence === sentence && t.interval && isDatePrecision(t.granularity));
	const place = facts.places.find((p) => p.sentence === sentence && !p.metonym) ?? null;
	return { dateValue: timex?.value ?? '', datePrecision: timex ? timex.granularity : NO_DATE, place };
}
