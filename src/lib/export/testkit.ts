/**
 * The export tests' article: the view fixture (a part of a day, a day, a
 * week, a year and an undated caption) plus sentences written to break
 * naive writers: commas, quotes, a line break, markup, a formula, a clock
 * time with a zone and one without, a place west of Greenwich.
 */
import type { ArticleRecord, FactEvent, FactFile, Sentence, Timex } from '$lib/model';
import { FACTS, TEXT } from '$lib/components/fixture';

const EXTRA = [
	'=HYPERLINK("http://evil.example","click") said the agency, at 09h38 GMT.',
	'Officials said "talks, frankly,\nwent well" <script>alert(1)</script> & more at 18h38.'
];

export const ARTICLE_TEXT = [TEXT, ...EXTRA].join('\n\n');

function sentence(index: number, s: string, paragraph: number): Sentence {
	const start = ARTICLE_TEXT.indexOf(s);
	if (start < 0) throw new Error('testkit: sentence not in text');
	return { index, start, end: start + s.length, paragraph, boilerplate: null };
}

const S5 = sentence(5, EXTRA[0], 4);
const S6 = sentence(6, EXTRA[1], 5);

function clock(id: string, sentenceIndex: number, value: string, zone: string | null): Timex {
	const [date, time] = value.split('T');
	const [h, m] = time.split(':').map(Number);
	const end = `${date}T${String(h + Math.floor((m + 1) / 60)).padStart(2, '0')}:${String((m + 1) % 60).padStart(2, '0')}`;
	return {
		id,
		start: 0,
		end: 0,
		text: value,
		sentence: sentenceIndex,
		type: 'TIME',
		value,
		granularity: 'minute',
		interval: { start: value, end },
		mod: null,
		zone,
		resolution: { anchor: 'dct', anchorValue: '2023-09-12', tense: 'past', note: '' },
		unresolved: false
	};
}

const T_GMT = clock('t8', 5, '2023-09-10T09:38', 'GMT');
const T_LOCAL = clock('t9', 6, '2023-09-10T18:38', null);

const base = FACTS.events[0];

const E_FORMULA: FactEvent = {
	...base,
	id: 'e6',
	sentence: 5,
	sentences: [5],
	label: '=HYPERLINK("http://evil.example","click")',
	kind: 'statement',
	when: { value: T_GMT.value, timex: T_GMT.id, granularity: 'minute', interval: T_GMT.interval, inherited: false },
	where: { name: 'Washington, D.C.', lat: 38.8951, lon: -77.0364, kind: 'city', place: null, inherited: false },
	status: 'reported',
	attribution: '@agency'
};

const E_MARKUP: FactEvent = {
	...base,
	id: 'e7',
	sentence: 6,
	sentences: [6],
	label: 'Talks <b>"went well"</b> & more',
	kind: 'meeting',
	when: { value: T_LOCAL.value, timex: T_LOCAL.id, granularity: 'minute', interval: T_LOCAL.interval, inherited: false },
	where: null,
	status: 'negated',
	attribution: 'Officials, "sources"'
};

export const EXPORT_FACTS: FactFile = {
	...FACTS,
	sentences: [...FACTS.sentences, S5, S6],
	timexes: [...FACTS.timexes, T_GMT, T_LOCAL],
	events: [...FACTS.events, E_FORMULA, E_MARKUP]
};

export const EXPORT_ARTICLE: ArticleRecord = {
	id: 'kim-test',
	title: 'Kim travels to Russia',
	lang: 'en',
	dct: '2023-09-12',
	text: ARTICLE_TEXT,
	createdAt: '2023-09-12T10:00:00.000Z'
};

/** The fixture's events by id, for readable assertions. */
export function eventById(id: string): FactEvent {
	const e = EXPORT_FACTS.events.find((x) => x.id === id);
	if (!e) throw new Error(`testkit: no event ${id}`);
	return e;
}
