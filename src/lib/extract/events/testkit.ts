import type { Granularity, Interval, Lang, Place, PlaceKind, Timex, TimexType } from '$lib/model';
import type { Doc } from '../document';
import { normalizeForMatching } from '../clean';
import { splitSentences } from '../sentences';
import { sentenceAt } from '../document';

/**
 * Builders for the event stage's unit tests: a Doc from a text, and timexes
 * and places placed by their text, so tests do not depend on the timex and
 * place stages.
 */

export function makeDoc(text: string, lang: Lang, dct: string): Doc {
	const norm = normalizeForMatching(text);
	return { text, norm, lang, dct, sentences: splitSentences(text, norm, lang) };
}

function locate(doc: Doc, needle: string, occurrence: number): number {
	let at = -1;
	for (let i = 0; i < occurrence; i++) {
		at = doc.text.indexOf(needle, at + 1);
		if (at < 0) throw new Error(`"${needle}" #${occurrence} not in the text`);
	}
	return at;
}

function nextDay(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/** Granularity and interval of a TIMEX3 value (the shapes the tests use). */
function shape(value: string, type: TimexType): { granularity: Granularity; interval: Interval | null } {
	if (type === 'DURATION') return { granularity: 'duration', interval: null };
	if (type === 'SET') return { granularity: 'set', interval: null };
	let m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
	if (m) return { granularity: 'minute', interval: { start: value, end: value } };
	m = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$/.exec(value);
	if (m) return { granularity: 'part-of-day', interval: { start: `${m[1]}T12:00`, end: `${m[1]}T18:00` } };
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { granularity: 'day', interval: { start: `${value}T00:00`, end: `${nextDay(value)}T00:00` } };
	m = /^(\d{4})-(\d{2})$/.exec(value);
	if (m) {
		const y = Number(m[1]);
		const mo = Number(m[2]);
		const end = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
		return { granularity: 'month', interval: { start: `${value}-01T00:00`, end: `${end}-01T00:00` } };
	}
	if (/^\d{4}$/.test(value)) return { granularity: 'year', interval: { start: `${value}-01-01T00:00`, end: `${Number(value) + 1}-01-01T00:00` } };
	return { granularity: 'reference', interval: null };
}

/** `anchor`: how the value was resolved (`absolute` for a date written in full); `dct` by default. */
export function tx(doc: Doc, text: string, value: string, opts: { type?: TimexType; occurrence?: number; zone?: string; anchor?: 'absolute' | 'dct' | 'reference' } = {}): Timex {
	const type = opts.type ?? (/T/.test(value) ? 'TIME' : 'DATE');
	const start = locate(doc, text, opts.occurrence ?? 1);
	return {
		id: `t${start}`,
		start,
		end: start + text.length,
		text,
		sentence: sentenceAt(doc.sentences, start),
		type,
		value,
		...shape(value, type),
		mod: null,
		zone: opts.zone ?? null,
		resolution: { anchor: opts.anchor ?? 'dct', anchorValue: opts.anchor === 'absolute' ? null : doc.dct, tense: null, note: 'test' },
		unresolved: false
	};
}

export function pl(
	doc: Doc,
	text: string,
	lat: number,
	lon: number,
	opts: { kind?: PlaceKind; occurrence?: number; metonym?: boolean; name?: string } = {}
): Place {
	const start = locate(doc, text, opts.occurrence ?? 1);
	return {
		id: `p${start}`,
		start,
		end: start + text.length,
		text,
		sentence: sentenceAt(doc.sentences, start),
		name: opts.name ?? text,
		lat,
		lon,
		kind: opts.kind ?? 'city',
		gazetteerId: `test:${text}`,
		country: null,
		confidence: 1,
		metonym: opts.metonym ?? false
	};
}
