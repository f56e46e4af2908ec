/**
 * A small, hand-made fact file for the view helpers' tests: four sentences
 * of the sample article, with the dates, places and events a good extractor
 * would give. Written by hand so that view tests do not move when the
 * extraction rules change.
 */
import type { FactEvent, FactFile, Place, Timex } from '$lib/model';

export const TEXT = [
	'Kim left Pyongyang station on Sunday evening.',
	'The train crossed the border and reached Primorye. Kim will meet Putin in Vladivostok this week.',
	'North Korea was founded 75 years ago.',
	'Photo: Kim on the red carpet (AFP)'
].join('\n\n');

function at(needle: string, from = 0): { start: number; end: number; text: string } {
	const start = TEXT.indexOf(needle, from);
	if (start < 0) throw new Error(`fixture: no "${needle}"`);
	return { start, end: start + needle.length, text: needle };
}

function sentenceOf(offset: number): number {
	return SENTENCES.findIndex((s) => offset >= s.start && offset < s.end);
}

const s0 = at('Kim left Pyongyang station on Sunday evening.');
const s1 = at('The train crossed the border and reached Primorye.');
const s2 = at('Kim will meet Putin in Vladivostok this week.');
const s3 = at('North Korea was founded 75 years ago.');
const s4 = at('Photo: Kim on the red carpet (AFP)');

export const SENTENCES: FactFile['sentences'] = [
	{ index: 0, start: s0.start, end: s0.end, paragraph: 0, boilerplate: null },
	{ index: 1, start: s1.start, end: s1.end, paragraph: 1, boilerplate: null },
	{ index: 2, start: s2.start, end: s2.end, paragraph: 1, boilerplate: null },
	{ index: 3, start: s3.start, end: s3.end, paragraph: 2, boilerplate: null },
	{ index: 4, start: s4.start, end: s4.end, paragraph: 3, boilerplate: 'caption' }
];

function timex(id: string, needle: string, value: string, granularity: Timex['granularity'], interval: Timex['interval'], note: string): Timex {
	const span = at(needle);
	return {
		id,
		...span,
		sentence: sentenceOf(span.start),
		type: granularity === 'part-of-day' ? 'TIME' : 'DATE',
		value,
		granularity,
		interval,
		mod: null,
		zone: null,
		resolution: { anchor: 'dct', anchorValue: '2023-09-12', tense: 'past', note },
		unresolved: false
	};
}

export const TIMEXES: Timex[] = [
	timex('t1', 'Sunday evening', '2023-09-10TEV', 'part-of-day', { start: '2023-09-10T18:00', end: '2023-09-11T00:00' }, 'Sunday before the publication date (past tense)'),
	timex('t2', 'this week', '2023-W37', 'week', { start: '2023-09-11T00:00', end: '2023-09-18T00:00' }, 'week of the publication date'),
	timex('t3', '75 years ago', '1948', 'year', { start: '1948-01-01T00:00', end: '1949-01-01T00:00' }, '75 years before the publication date')
];

function place(id: string, needle: string, name: string, lat: number, lon: number, kind: Place['kind'], country: string): Place {
	const span = at(needle);
	return { id, ...span, sentence: sentenceOf(span.start), name, lat, lon, kind, gazetteerId: `test:${id}`, country, confidence: 0.9, metonym: false };
}

export const PLACES: Place[] = [
	place('p1', 'Pyongyang', 'Pyongyang', 39.0392, 125.7625, 'city', 'KP'),
	place('p2', 'Primorye', 'Primorye', 45.05, 135.0, 'region', 'RU'),
	place('p3', 'Vladivostok', 'Vladivostok', 43.1155, 131.8855, 'city', 'RU'),
	place('p4', 'North Korea', 'North Korea', 40.34, 127.51, 'country', 'KP')
];

function event(id: string, sentence: number, trigger: string, label: string, when: FactEvent['when'], wherePlace: Place | null, extra: Partial<FactEvent> = {}): FactEvent {
	return {
		id,
		sentence,
		sentences: [sentence],
		label,
		kind: 'movement',
		trigger: at(trigger),
		when,
		where: wherePlace && { name: wherePlace.name, lat: wherePlace.lat, lon: wherePlace.lon, kind: wherePlace.kind, place: wherePlace.id, inherited: false },
		status: 'occurred',
		actors: ['Kim'],
		attribution: null,
		secondary: false,
		...extra
	};
}

export const EVENTS: FactEvent[] = [
	event('e1', 0, 'left', 'Kim leaves Pyongyang', { value: '2023-09-10TEV', timex: 't1', granularity: 'part-of-day', interval: TIMEXES[0].interval, inherited: false }, PLACES[0]),
	event('e2', 1, 'crossed', 'Train crosses the border', { value: '2023-09-12', timex: null, granularity: 'day', interval: { start: '2023-09-12T00:00', end: '2023-09-13T00:00' }, inherited: true }, PLACES[1]),
	event('e3', 2, 'meet', 'Kim to meet Putin', { value: '2023-W37', timex: 't2', granularity: 'week', interval: TIMEXES[1].interval, inherited: false }, PLACES[2], { status: 'planned', kind: 'meeting' }),
	event('e4', 3, 'founded', 'Founding of North Korea', { value: '1948', timex: 't3', granularity: 'year', interval: TIMEXES[2].interval, inherited: false }, PLACES[3], { kind: 'founding' }),
	event('e5', 4, 'red carpet', 'Kim on the red carpet', null, null, { secondary: true, sentences: [4, 0] })
];

export const FACTS: FactFile = {
	article: { lang: 'en', dct: '2023-09-12', title: 'Kim travels to Russia' },
	sentences: SENTENCES,
	timexes: TIMEXES,
	places: PLACES,
	events: EVENTS,
	generator: { name: 'factline', version: 'test' }
};
