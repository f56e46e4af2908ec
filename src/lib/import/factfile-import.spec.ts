import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '$lib/extract/pipeline';
import { loadGazetteer } from '$lib/extract/places/load';
import { toFactFileJson } from '$lib/export/factfile';
import type { FactFile } from '$lib/model';
import { readFactFile } from './factfile-import';

const gold = JSON.parse(readFileSync('../shared/eval/dev/dev-fr-02.json', 'utf8')) as { text: string; dct: string; lang: 'fr'; title: string };
const facts = extract({ text: gold.text, dct: gold.dct, lang: gold.lang, title: gold.title }, loadGazetteer());
const record = { id: 'abc', title: gold.title, lang: gold.lang, dct: gold.dct, text: gold.text, createdAt: '2024-01-01T00:00:00.000Z' };
const exported = toFactFileJson(record, facts);

/** The exported file, changed by `edit`, as JSON again. */
function edited(edit: (f: FactFile & { article: Record<string, unknown> }) => void): string {
	const f = JSON.parse(exported);
	edit(f);
	return JSON.stringify(f);
}

function errorsOf(json: string): string[] {
	const r = readFactFile(json);
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.errors;
}

describe('readFactFile: the export round-trips', () => {
	it('gives back the same facts, with the text and title', () => {
		const r = readFactFile(exported);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const { article, ...rest } = r.facts;
		const { article: original, ...stored } = facts;
		expect(rest).toEqual(stored);
		expect(article).toEqual({ lang: original.lang, dct: original.dct, title: gold.title, text: gold.text });
		expect(facts.events.length).toBeGreaterThan(3);
	});

	it('fills what another tool may leave out with neutral defaults', () => {
		const minimal = {
			article: { lang: 'en', dct: '2023-09-13', text: 'Kim met Putin in Vostochny on Wednesday.' },
			sentences: [{ index: 0, start: 0, end: 40 }],
			events: [
				{
					id: 'e1',
					sentence: 0,
					label: 'Kim meets Putin',
					trigger: { start: 4, end: 7, text: 'met' },
					when: { value: '2023-09-13', granularity: 'day' },
					where: { name: 'Vostochny', lat: 51.88, lon: 128.33, kind: 'site' },
					status: 'occurred'
				}
			]
		};
		const r = readFactFile(JSON.stringify(minimal));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.facts.events[0]).toMatchObject({ sentences: [0], actors: [], kind: 'other', secondary: false, when: { timex: null, inherited: false } });
		expect(r.facts.sentences[0]).toEqual({ index: 0, start: 0, end: 40, paragraph: 0, boilerplate: null });
		expect(r.facts.timexes).toEqual([]);
	});
});

describe('readFactFile: errors name the bad field', () => {
	it('says when the file is not JSON', () => {
		expect(errorsOf('{"article": ')[0]).toMatch(/^The file is not valid JSON \(.+\)\. Export it again/);
	});

	it('says when it is JSON but not a fact file', () => {
		expect(errorsOf('[1, 2]')).toEqual([expect.stringMatching(/^the file: expected a fact file/)]);
	});

	it.each<[string, (f: FactFile & { article: Record<string, unknown> }) => void, RegExp]>([
		['a bad TIMEX3 value', (f) => ((f.events[3].when as { value: string }).value = 'next week'), /^events\[3\]\.when\.value: expected a TIMEX3 value such as 2023-09-10, found "next week"$/],
		['an unknown status', (f) => ((f.events[1] as { status: string }).status = 'rumoured'), /^events\[1\]\.status: expected one of occurred, planned, reported, negated, hypothetical, found "rumoured"$/],
		['a missing label', (f) => delete (f.events[0] as Partial<FactFile['events'][0]>).label, /^events\[0\]\.label: missing \(the field is required\)$/],
		['a latitude off the globe', (f) => (f.places[0].lat = 123), /^places\[0\]\.lat: expected a latitude from -90 to 90/],
		['a missing text', (f) => delete f.article.text, /^article\.text: missing \(the field is required\)$/],
		['a bad publication date', (f) => (f.article.dct = '2023-02-30'), /^article\.dct: expected the publication date as a real day/],
		['an unsupported language', (f) => (f.article.lang = 'de' as never), /^article\.lang: expected the language, one of fr, en, found "de"$/],
		['a string for an offset', (f) => ((f.timexes[0] as unknown as { start: string }).start = '12'), /^timexes\[0\]\.start: expected a character offset/]
	])('%s', (_, edit, message) => {
		expect(errorsOf(edited(edit))).toContainEqual(expect.stringMatching(message));
	});

	it('checks that offsets lie inside the text and point at the words they claim', () => {
		const errors = errorsOf(
			edited((f) => {
				f.article.text = (f.article.text as string).slice(0, 200);
			})
		);
		expect(errors).toContainEqual(expect.stringMatching(/^sentences\[\d+\]: offsets \d+–\d+ lie outside the text, which has 200 characters$/));
		const shifted = errorsOf(edited((f) => (f.timexes[0].start += 1)));
		expect(shifted).toContainEqual(expect.stringMatching(/^timexes\[0\]\.text: ".+" is not what the text has at \d+–\d+/));
	});

	it('checks that sentence indexes and ids exist', () => {
		const errors = errorsOf(
			edited((f) => {
				f.events[2].sentence = 999;
				f.events[4].sentences = [0, 998];
				if (f.events[0].when) f.events[0].when.timex = 'nope';
				f.places[1].id = f.places[0].id;
			})
		);
		expect(errors).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^events\[2\]\.sentence: sentence 999 does not exist \(the file has \d+ sentences/),
				expect.stringMatching(/^events\[4\]\.sentences\[1\]: sentence 998 does not exist/),
				'events[0].when.timex: no temporal expression has the id “nope”',
				expect.stringMatching(/^places\[1\]\.id: “.+” is used twice/)
			])
		);
	});

	it('lists at most 20 problems, and says how many more', () => {
		const errors = errorsOf(edited((f) => f.events.forEach((e) => (e.status = 'x' as never))));
		if (facts.events.length > 20) expect(errors.at(-1)).toMatch(/and \d+ more problems/);
		expect(errors.length).toBeLessThanOrEqual(21);
	});
});
