/**
 * Reads an imported fact file: JSON syntax, then the schema, then what a
 * schema cannot say — that every offset lies inside the text and points at
 * the words it claims, that every sentence index and every id an event
 * refers to exists. The facts come out as given (never re-extracted), with
 * the text their offsets point into.
 */
import * as v from 'valibot';
import type { FactEvent, FactFile, Place, Sentence, Timex } from '$lib/model';
import { describeIssue, FactFileSchema, type ParsedFactFile } from './factfile-schema';

export type ImportedFactFile = FactFile & { article: FactFile['article'] & { text: string; title?: string } };

export type FactFileRead = { ok: true; facts: ImportedFactFile } | { ok: false; errors: string[] };

/** Enough to fix a file without drowning the page. */
const MAX_ERRORS = 20;

function capped(errors: string[]): string[] {
	if (errors.length <= MAX_ERRORS) return errors;
	return [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems of the same kind.`];
}

function clip(s: string): string {
	const flat = s.replace(/\s+/g, ' ');
	return JSON.stringify(flat.length > 40 ? flat.slice(0, 39) + '…' : flat);
}

/** The cross-checks, on a file whose shape is already right. */
export function crossCheck(facts: ParsedFactFile): string[] {
	const errors: string[] = [];
	const text = facts.article.text;
	const sentenceCount = facts.sentences.length;

	const checkSpan = (path: string, s: { start: number; end: number; text?: string }) => {
		if (s.end < s.start) errors.push(`${path}: end (${s.end}) is before start (${s.start})`);
		else if (s.end > text.length) {
			errors.push(`${path}: offsets ${s.start}–${s.end} lie outside the text, which has ${text.length} characters`);
		} else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
			errors.push(`${path}.text: ${clip(s.text)} is not what the text has at ${s.start}–${s.end} (${clip(text.slice(s.start, s.end))})`);
		}
	};
	const checkSentence = (path: string, i: number) => {
		if (i >= sentenceCount) errors.push(`${path}: sentence ${i} does not exist (the file has ${sentenceCount} sentences, 0–${sentenceCount - 1})`);
	};
	const checkIds = (kind: string, items: Array<{ id: string }>) => {
		const seen = new Set<string>();
		items.forEach((item, i) => {
			if (seen.has(item.id)) errors.push(`${kind}[${i}].id: “${item.id.slice(0, 40)}” is used twice; ids must be unique`);
			seen.add(item.id);
		});
		return seen;
	};

	facts.sentences.forEach((s, i) => {
		if (s.index !== i) errors.push(`sentences[${i}].index: expected ${i} (sentences are listed in order), found ${s.index}`);
		checkSpan(`sentences[${i}]`, s);
	});
	facts.timexes.forEach((t, i) => {
		checkSpan(`timexes[${i}]`, t);
		checkSentence(`timexes[${i}].sentence`, t.sentence);
	});
	facts.places.forEach((p, i) => {
		checkSpan(`places[${i}]`, p);
		checkSentence(`places[${i}].sentence`, p.sentence);
	});
	const timexIds = checkIds('timexes', facts.timexes);
	const placeIds = checkIds('places', facts.places);
	checkIds('events', facts.events);
	facts.events.forEach((e, i) => {
		checkSentence(`events[${i}].sentence`, e.sentence);
		(e.sentences ?? []).forEach((s, j) => checkSentence(`events[${i}].sentences[${j}]`, s));
		checkSpan(`events[${i}].trigger`, e.trigger);
		if (e.when?.timex && !timexIds.has(e.when.timex)) {
			errors.push(`events[${i}].when.timex: no temporal expression has the id “${e.when.timex.slice(0, 40)}”`);
		}
		if (e.where?.place && !placeIds.has(e.where.place)) {
			errors.push(`events[${i}].where.place: no place has the id “${e.where.place.slice(0, 40)}”`);
		}
	});
	return errors;
}

function toFactFile(p: ParsedFactFile): ImportedFactFile {
	const events: FactEvent[] = p.events.map((e) => ({ ...e, sentences: e.sentences ?? [e.sentence] }));
	const article: ImportedFactFile['article'] = { lang: p.article.lang, dct: p.article.dct, text: p.article.text };
	if (p.article.title) article.title = p.article.title;
	return {
		article,
		sentences: p.sentences as Sentence[],
		timexes: p.timexes as Timex[],
		places: p.places as Place[],
		events,
		generator: p.generator
	};
}

export function readFactFile(json: string): FactFileRead {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (e) {
		const detail = e instanceof SyntaxError ? e.message : String(e);
		return { ok: false, errors: [`The file is not valid JSON (${detail}). Export it again from Factline, or fix the syntax.`] };
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return { ok: false, errors: ['the file: expected a fact file, a JSON object with article, sentences, timexes, places and events'] };
	}
	const parsed = v.safeParse(FactFileSchema, data);
	if (!parsed.success) return { ok: false, errors: capped(parsed.issues.map(describeIssue)) };
	const problems = crossCheck(parsed.output);
	if (problems.length > 0) return { ok: false, errors: capped(problems) };
	return { ok: true, facts: toFactFile(parsed.output) };
}
