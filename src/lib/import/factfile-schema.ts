/**
 * The fact file as Factline imports it (the export format, `shared/eval/
 * README.md` plus our fields), checked with valibot: every bad value is
 * reported with its path (`events[3].when.value: expected a TIMEX3 value
 * such as 2023-09-10`). Fields our own export always writes but another
 * tool may leave out get a neutral default (no boilerplate, not inherited,
 * no actors), so a hand-made or third-party file still imports.
 */
import * as v from 'valibot';
import { EVENT_STATUSES, LANGS } from '$lib/model';
import { checkDct, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '$lib/article-input';
import { isTimex3Value } from './timex3';

const GRANULARITIES = [
	'minute', 'hour', 'part-of-day', 'day', 'weekend', 'week', 'month', 'season', 'quarter', 'half-year', 'year', 'decade',
	'century', 'reference', 'duration', 'set'
] as const;
const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
const MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER'] as const;
const PLACE_KINDS = ['country', 'region', 'city', 'site', 'area'] as const;
const EVENT_KINDS = ['movement', 'meeting', 'statement', 'attack', 'decision', 'disaster', 'founding', 'transaction', 'other'] as const;
const BOILERPLATE = ['headline', 'caption', 'byline', 'comment-form', 'pull-quote'] as const;
const TENSES = ['past', 'present', 'future', 'conditional'] as const;
const ANCHORS = ['absolute', 'dct', 'reference', 'event', 'none'] as const;

const list = (values: readonly string[]) => values.join(', ');
const oneOf = <T extends readonly string[]>(values: T) => v.picklist(values, `expected one of ${list(values)}`);

const offset = v.pipe(
	v.number('expected a character offset (a whole number)'),
	v.integer('expected a character offset (a whole number)'),
	v.minValue(0, 'expected an offset of 0 or more')
);
const index = v.pipe(v.number('expected a sentence index'), v.integer('expected a sentence index'), v.minValue(0, 'expected a sentence index of 0 or more'));
const text = (max: number, what = 'text') => v.pipe(v.string(`expected ${what}`), v.maxLength(max, `expected at most ${max} characters`));
const latitude = v.pipe(v.number('expected a latitude in degrees'), v.minValue(-90, 'expected a latitude from -90 to 90'), v.maxValue(90, 'expected a latitude from -90 to 90'));
const longitude = v.pipe(v.number('expected a longitude in degrees'), v.minValue(-180, 'expected a longitude from -180 to 180'), v.maxValue(180, 'expected a longitude from -180 to 180'));
const timex3 = v.pipe(v.string('expected a TIMEX3 value such as 2023-09-10'), v.check(isTimex3Value, 'expected a TIMEX3 value such as 2023-09-10'));
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const localTime = v.pipe(v.string('expected a local time YYYY-MM-DDTHH:MM'), v.regex(LOCAL_TIME, 'expected a local time YYYY-MM-DDTHH:MM'));
const interval = v.nullable(v.object({ start: localTime, end: localTime }, 'expected an interval { start, end } or null'));
const id = text(100, 'an id');

const span = { start: offset, end: offset, text: text(2000) };

const sentence = v.object({
	index,
	start: offset,
	end: offset,
	paragraph: v.optional(index, 0),
	boilerplate: v.optional(v.nullable(oneOf(BOILERPLATE)), null)
});

const timex = v.object({
	...span,
	id,
	sentence: index,
	type: oneOf(TIMEX_TYPES),
	value: timex3,
	granularity: oneOf(GRANULARITIES),
	interval: v.optional(interval, null),
	mod: v.optional(v.nullable(oneOf(MODS)), null),
	zone: v.optional(v.nullable(text(40, 'a time zone as written')), null),
	resolution: v.optional(
		v.object({
			anchor: oneOf(ANCHORS),
			anchorValue: v.nullable(v.string('expected the anchor date or null')),
			tense: v.nullable(oneOf(TENSES)),
			note: text(500, 'a note')
		}),
		{ anchor: 'none', anchorValue: null, tense: null, note: 'imported' }
	),
	unresolved: v.optional(v.boolean('expected true or false'), false)
});

const place = v.object({
	...span,
	id,
	sentence: index,
	name: text(300, 'a place name'),
	lat: latitude,
	lon: longitude,
	kind: oneOf(PLACE_KINDS),
	gazetteerId: v.optional(text(200, 'a gazetteer id'), ''),
	country: v.optional(v.nullable(text(10, 'an ISO country code')), null),
	confidence: v.optional(v.pipe(v.number('expected a number from 0 to 1'), v.minValue(0, 'expected a number from 0 to 1'), v.maxValue(1, 'expected a number from 0 to 1')), 1),
	metonym: v.optional(v.boolean('expected true or false'), false)
});

const when = v.nullable(
	v.object({
		value: timex3,
		timex: v.optional(v.nullable(id), null),
		granularity: oneOf(GRANULARITIES),
		interval: v.optional(interval, null),
		inherited: v.optional(v.boolean('expected true or false'), false)
	}, 'expected a date { value, granularity, … } or null')
);

const where = v.nullable(
	v.object({
		name: text(300, 'a place name'),
		lat: latitude,
		lon: longitude,
		kind: oneOf(PLACE_KINDS),
		place: v.optional(v.nullable(id), null),
		inherited: v.optional(v.boolean('expected true or false'), false)
	}, 'expected a place { name, lat, lon, kind, … } or null')
);

const event = v.object({
	id,
	sentence: index,
	sentences: v.optional(v.array(index, 'expected a list of sentence indexes')),
	label: v.pipe(text(500, 'a label'), v.minLength(1, 'expected a label (it is empty)')),
	kind: v.optional(oneOf(EVENT_KINDS), 'other'),
	trigger: v.object(span, 'expected the trigger { start, end, text }'),
	when,
	where,
	status: oneOf(EVENT_STATUSES),
	actors: v.optional(v.array(text(300, 'an actor name'), 'expected a list of actor names'), []),
	attribution: v.optional(v.nullable(text(300, 'a source name')), null),
	secondary: v.optional(v.boolean('expected true or false'), false)
});

const article = v.object(
	{
		lang: v.picklist(LANGS, `expected the language, one of ${list(LANGS)}`),
		dct: v.pipe(
			v.string('expected the publication date, YYYY-MM-DD'),
			v.check((s) => checkDct(s) === null, 'expected the publication date as a real day, YYYY-MM-DD (for example 2023-09-12)')
		),
		title: v.optional(text(MAX_TITLE_CHARS, 'a title')),
		text: v.pipe(
			v.string('expected the article text (the offsets point into it); export the fact file from Factline to get it'),
			v.minLength(1, 'expected the article text; it is empty'),
			v.maxLength(MAX_TEXT_CHARS, `expected at most ${MAX_TEXT_CHARS.toLocaleString('en')} characters of text`)
		)
	},
	'expected the article { lang, dct, text, title? }'
);

export const FactFileSchema = v.object(
	{
		article,
		sentences: v.pipe(v.array(sentence, 'expected a list of sentences'), v.minLength(1, 'expected at least one sentence')),
		timexes: v.optional(v.array(timex, 'expected a list of temporal expressions'), []),
		places: v.optional(v.array(place, 'expected a list of places'), []),
		events: v.array(event, 'expected a list of events'),
		generator: v.optional(
			v.object({ name: v.literal('factline', 'expected "factline"'), version: text(100, 'a version') }),
			{ name: 'factline' as const, version: 'imported' }
		)
	},
	'expected a fact file: a JSON object with article, sentences, timexes, places and events'
);

export type ParsedFactFile = v.InferOutput<typeof FactFileSchema>;

/** `events.3.when.value` → `events[3].when.value`, as a programmer reads it. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

/** One line per issue: the path, what was expected, and what was found when it helps. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = issuePath(issue) || 'the file';
	let message = issue.message;
	// valibot's own wording for a missing key or a wrong type; ours is shorter.
	// A missing key is reported by its object, with the key as `expected`.
	if (issue.type === 'object' && issue.received === 'undefined' && issue.expected?.startsWith('"')) {
		return `${path}: missing (the field is required)`;
	}
	if (issue.kind === 'schema' && issue.received === 'undefined') message = `missing; ${message}`;
	else if (issue.kind === 'schema' || issue.kind === 'validation') {
		const found = typeof issue.input === 'string' ? JSON.stringify(issue.input.slice(0, 40)) : issue.received;
		if (found && !message.includes(found)) message = `${message}, found ${found}`;
	}
	return `${path}: ${message}`;
}
