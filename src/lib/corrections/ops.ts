/**
 * Corrections a person makes to the extracted facts, as plain JSON: what is
 * stored (the `op` of a correction record), what the API takes, what the
 * page's forms build. Each op names its event by a stable key rather than
 * by id alone, so that it still finds the event after a newer pipeline has
 * renumbered them (see target.ts).
 */
import { EVENT_STATUSES, type EventStatus, type PlaceKind, type Span } from '$lib/model';
import { isDatePrecision, readDate, type DatePrecision } from './date';

/** How a correction finds its event again: the id is only a hint. */
export interface EventKey {
	id: string;
	sentence: number;
	trigger: Span;
}

/** A place chosen from the gazetteer. */
export interface PlacePick {
	name: string;
	lat: number;
	lon: number;
	kind: PlaceKind;
	gazetteerId: string;
}

export interface DatePick {
	value: string;
	precision: DatePrecision;
}

/** Fields an edit may change; an absent field is left alone, null clears it. */
export interface EventChanges {
	label?: string;
	date?: DatePick | null;
	place?: PlacePick | null;
	status?: EventStatus;
}

export type CorrectionOp =
	| { type: 'edit'; target: EventKey; changes: EventChanges }
	| { type: 'delete'; target: EventKey }
	/** `other` is folded into `target`: one event citing both sets of sentences. */
	| { type: 'merge'; target: EventKey; other: EventKey }
	/** A new event told by `sentence`; `trigger` is the words chosen (the sentence by default). */
	| { type: 'add'; sentence: number; trigger: Span; label: string; date: DatePick | null; place: PlacePick | null; status: EventStatus }
	/** Cancels an earlier correction (the record's `undoes` says which). */
	| { type: 'undo' };

export type CorrectionType = CorrectionOp['type'];

export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'region', 'city', 'site', 'area'];
export const MAX_LABEL = 200;

export type OpReading = { ok: true; op: CorrectionOp } | { ok: false; errors: Array<{ field: string; message: string }> };

type Errors = Array<{ field: string; message: string }>;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function readSpan(x: unknown, field: string, errors: Errors): Span | null {
	if (!isObject(x) || !isIndex(x.start) || !isIndex(x.end) || x.end < x.start || typeof x.text !== 'string') {
		errors.push({ field, message: 'must be { start, end, text } with 0 ≤ start ≤ end' });
		return null;
	}
	return { start: x.start, end: x.end, text: x.text };
}

function readKey(x: unknown, field: string, errors: Errors): EventKey | null {
	if (!isObject(x)) {
		errors.push({ field, message: 'must name an event: { id, sentence, trigger }' });
		return null;
	}
	const before = errors.length;
	if (typeof x.id !== 'string' || x.id === '' || x.id.length > 64) errors.push({ field: `${field}.id`, message: 'must be an event id' });
	if (!isIndex(x.sentence)) errors.push({ field: `${field}.sentence`, message: 'must be a sentence index' });
	const trigger = readSpan(x.trigger, `${field}.trigger`, errors);
	return errors.length === before && trigger ? { id: x.id as string, sentence: x.sentence as number, trigger } : null;
}

function readLabel(x: unknown, field: string, errors: Errors): string | null {
	const label = typeof x === 'string' ? x.replace(/\s+/g, ' ').trim() : '';
	if (label === '') errors.push({ field, message: 'write a short label for the event' });
	else if (label.length > MAX_LABEL) errors.push({ field, message: `keep the label under ${MAX_LABEL} characters (it has ${label.length})` });
	else return label;
	return null;
}

export function readDatePick(x: unknown, field: string, errors: Errors): DatePick | null {
	if (!isObject(x) || typeof x.value !== 'string') {
		errors.push({ field: `${field}.value`, message: 'give the date as a TIMEX3 value, such as 2023-09-13' });
		return null;
	}
	if (!isDatePrecision(x.precision)) {
		errors.push({ field: `${field}.precision`, message: 'choose a precision: minute, hour, part-of-day, day, week, month, year…' });
		return null;
	}
	const read = readDate(x.value, x.precision);
	if (!read.ok) {
		errors.push({ field: `${field}.value`, message: read.message });
		return null;
	}
	return { value: read.valued.value, precision: x.precision };
}

export function readPlacePick(x: unknown, field: string, errors: Errors): PlacePick | null {
	const o = isObject(x) ? x : {};
	const { name, lat, lon, kind, gazetteerId } = o;
	if (
		typeof name !== 'string' ||
		name.trim() === '' ||
		name.length > 200 ||
		typeof lat !== 'number' ||
		!(Math.abs(lat) <= 90) ||
		typeof lon !== 'number' ||
		!(Math.abs(lon) <= 180) ||
		!PLACE_KINDS.includes(kind as PlaceKind) ||
		typeof gazetteerId !== 'string' ||
		gazetteerId.length > 100
	) {
		errors.push({ field, message: 'choose a place from the gazetteer search (name, lat, lon, kind, gazetteerId)' });
		return null;
	}
	return { name: name.trim(), lat, lon, kind: kind as PlaceKind, gazetteerId };
}

function readStatus(x: unknown, field: string, errors: Errors): EventStatus | null {
	if (EVENT_STATUSES.includes(x as EventStatus)) return x as EventStatus;
	errors.push({ field, message: `must be one of ${EVENT_STATUSES.join(', ')}` });
	return null;
}

/** Checks untrusted JSON (an API body, a stored record) and returns the op, or what is wrong with each field. */
export function readCorrectionOp(x: unknown): OpReading {
	const errors: Errors = [];
	const done = (op: CorrectionOp): OpReading => (errors.length > 0 ? { ok: false, errors } : { ok: true, op });
	if (!isObject(x)) return { ok: false, errors: [{ field: 'op', message: 'must be an object with a "type"' }] };
	switch (x.type) {
		case 'edit': {
			const target = readKey(x.target, 'target', errors);
			const c = isObject(x.changes) ? x.changes : {};
			if (!isObject(x.changes)) errors.push({ field: 'changes', message: 'must be an object of the fields to change' });
			const changes: EventChanges = {};
			if ('label' in c) changes.label = readLabel(c.label, 'changes.label', errors) ?? '';
			if ('date' in c) changes.date = c.date === null ? null : readDatePick(c.date, 'changes.date', errors);
			if ('place' in c) changes.place = c.place === null ? null : readPlacePick(c.place, 'changes.place', errors);
			if ('status' in c) changes.status = readStatus(c.status, 'changes.status', errors) ?? 'occurred';
			if (isObject(x.changes) && Object.keys(changes).length === 0) errors.push({ field: 'changes', message: 'change at least one of label, date, place, status' });
			return done({ type: 'edit', target: target!, changes });
		}
		case 'delete':
			return done({ type: 'delete', target: readKey(x.target, 'target', errors)! });
		case 'merge': {
			const target = readKey(x.target, 'target', errors);
			const other = readKey(x.other, 'other', errors);
			if (target && other && target.id === other.id && target.sentence === other.sentence) {
				errors.push({ field: 'other', message: 'choose another event to merge with' });
			}
			return done({ type: 'merge', target: target!, other: other! });
		}
		case 'add': {
			if (!isIndex(x.sentence)) errors.push({ field: 'sentence', message: 'must be the index of the sentence telling the event' });
			const trigger = readSpan(x.trigger, 'trigger', errors);
			const label = readLabel(x.label, 'label', errors);
			const date = x.date == null ? null : readDatePick(x.date, 'date', errors);
			const place = x.place == null ? null : readPlacePick(x.place, 'place', errors);
			const status = x.status === undefined ? 'occurred' : readStatus(x.status, 'status', errors);
			return done({ type: 'add', sentence: x.sentence as number, trigger: trigger!, label: label!, date, place, status: status! });
		}
		case 'undo':
			return done({ type: 'undo' });
		default:
			return { ok: false, errors: [{ field: 'type', message: 'must be one of edit, delete, merge, add, undo' }] };
	}
}
