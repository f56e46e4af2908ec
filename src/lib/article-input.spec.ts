import { describe, expect, it } from 'vitest';
import {
	checkDct,
	MAX_TEXT_CHARS,
	MAX_TITLE_CHARS,
	normalizeLineBreaks,
	readArticleForm,
	validateArticleInput,
	type ArticleInputField,
	type ArticleInputValues
} from './article-input';

const GOOD: ArticleInputValues = {
	title: '  Visite à Paris ',
	dct: ' 2024-03-06 ',
	lang: 'fr',
	text: 'Le Premier ministre est arrivé lundi à Paris.'
};

describe('validateArticleInput', () => {
	it('accepts a good article and trims title and date', () => {
		expect(validateArticleInput(GOOD)).toEqual({
			ok: true,
			input: { title: 'Visite à Paris', dct: '2024-03-06', lang: 'fr', text: GOOD.text }
		});
	});

	it('accepts an empty title and text at exactly the limit', () => {
		const r = validateArticleInput({ ...GOOD, title: '', text: 'a'.repeat(MAX_TEXT_CHARS) });
		expect(r.ok).toBe(true);
	});

	const BAD: Array<[string, Partial<ArticleInputValues>, ArticleInputField, RegExp]> = [
		['empty text', { text: '' }, 'text', /empty/],
		['blank text', { text: ' \n\t ' }, 'text', /empty/],
		['over-size text', { text: 'a'.repeat(MAX_TEXT_CHARS + 1) }, 'text', /200,001 characters; the limit is 200,000/],
		['missing date', { dct: '' }, 'dct', /Give the publication date/],
		['impossible date', { dct: '2023-02-30' }, 'dct', /not a day of the calendar/],
		['month 13', { dct: '2023-13-01' }, 'dct', /not a day of the calendar/],
		['date in another format', { dct: '12/09/2023' }, 'dct', /not a date written YYYY-MM-DD/],
		['year before 1000', { dct: '0999-01-01' }, 'dct', /too early/],
		['unsupported language', { lang: 'de' }, 'lang', /not a supported language/],
		['missing language', { lang: '' }, 'lang', /Choose the language/],
		['over-long title', { title: 'x'.repeat(MAX_TITLE_CHARS + 1) }, 'title', /longer than 300/]
	];
	for (const [name, change, field, message] of BAD) {
		it(`refuses ${name}, with a message for the ${field} field only`, () => {
			const r = validateArticleInput({ ...GOOD, ...change });
			expect(r.ok).toBe(false);
			if (r.ok) return;
			expect(Object.keys(r.errors)).toEqual([field]);
			expect(r.errors[field]).toMatch(message);
		});
	}

	it('reports every bad field at once', () => {
		const r = validateArticleInput({ title: '', dct: '2023-02-29', lang: 'xx', text: '' });
		expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(['dct', 'lang', 'text']);
	});

	it('accepts 29 February in a leap year', () => {
		expect(checkDct('2024-02-29')).toBeNull();
	});

	it('counts the limit after making line breaks LF, as the text is stored', () => {
		const text = 'a\r\n'.repeat(MAX_TEXT_CHARS / 2);
		const r = validateArticleInput({ ...GOOD, text });
		expect(r.ok && r.input.text).toBe('a\n'.repeat(MAX_TEXT_CHARS / 2));
	});
});

describe('readArticleForm', () => {
	it('reads the four fields, and a missing or file field as empty', () => {
		const form = new FormData();
		form.set('title', 'T');
		form.set('dct', '2024-03-06');
		form.set('text', new Blob(['not a string']), 'x.txt');
		expect(readArticleForm(form)).toEqual({ title: 'T', dct: '2024-03-06', lang: '', text: '' });
	});
});

describe('normalizeLineBreaks', () => {
	it.each([
		['a\r\nb', 'a\nb'],
		['a\rb', 'a\nb'],
		['a\n\nb', 'a\n\nb'],
		['a\r\n\r\nb', 'a\n\nb']
	])('%j → %j', (input, expected) => {
		expect(normalizeLineBreaks(input)).toBe(expected);
	});
});
