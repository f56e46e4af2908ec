import { LANGS, type Lang } from '$lib/model';

/** Longest article text we accept, in characters (about 60 pages of news). */
export const MAX_TEXT_CHARS = 200_000;
export const MAX_TITLE_CHARS = 300;

export interface ArticleInput {
	title: string;
	dct: string;
	lang: Lang;
	text: string;
}

export type ArticleInputField = keyof ArticleInput;
export type ArticleInputErrors = Partial<Record<ArticleInputField, string>>;
export type ArticleInputValues = Record<ArticleInputField, string>;

export const ARTICLE_INPUT_FIELDS: readonly ArticleInputField[] = ['title', 'dct', 'lang', 'text'];

/**
 * The raw form fields, as strings. A field that is missing or was sent as a
 * file (a crafted request) reads as empty, so validation reports it.
 */
export function readArticleForm(form: FormData): ArticleInputValues {
	const get = (name: ArticleInputField) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : '';
	};
	return { title: get('title'), dct: get('dct'), lang: get('lang'), text: get('text') };
}

/**
 * Browsers send textarea line breaks as CRLF; the pipeline counts paragraphs
 * by blank lines and offsets must match the stored text, so the text is
 * stored with LF only, before anything is counted.
 */
export function normalizeLineBreaks(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/**
 * Checks a publication date written `YYYY-MM-DD`. Returns an error message
 * saying what is wrong and what to write instead, or null when it is a real
 * calendar day (so `2023-02-30` is refused, not rolled over to March).
 */
export function checkDct(value: string): string | null {
	const trimmed = value.trim();
	if (trimmed === '') return 'Give the publication date, as YYYY-MM-DD (for example 2023-09-12).';
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
	if (!m) return `“${trimmed.slice(0, 40)}” is not a date written YYYY-MM-DD (for example 2023-09-12).`;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
		return `${trimmed} is not a day of the calendar: check the month and the day.`;
	}
	if (y < 1000) return `${trimmed} is too early: give a year from 1000 on.`;
	return null;
}

export function checkLang(value: string): string | null {
	if ((LANGS as readonly string[]).includes(value)) return null;
	if (value.trim() === '') return 'Choose the language of the article: fr (French) or en (English).';
	return `“${value.slice(0, 20)}” is not a supported language: choose fr (French) or en (English).`;
}

export function checkText(value: string): string | null {
	if (value.trim() === '') return 'Paste the text of the article: it is empty.';
	if (value.length > MAX_TEXT_CHARS) {
		return `The text has ${value.length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en')}. Split the article or trim what is not part of it.`;
	}
	return null;
}

export function checkTitle(value: string): string | null {
	if (value.length > MAX_TITLE_CHARS) return `The title is longer than ${MAX_TITLE_CHARS} characters: shorten it.`;
	return null;
}

/**
 * Validates raw form fields. Returns the cleaned input, or the errors per
 * field (every field is checked, so the user sees all problems at once).
 */
export function validateArticleInput(
	raw: Record<ArticleInputField, string>
): { ok: true; input: ArticleInput } | { ok: false; errors: ArticleInputErrors } {
	const errors: ArticleInputErrors = {};
	const rawText = normalizeLineBreaks(raw.text);
	const title = checkTitle(raw.title.trim());
	if (title) errors.title = title;
	const dct = checkDct(raw.dct);
	if (dct) errors.dct = dct;
	const lang = checkLang(raw.lang);
	if (lang) errors.lang = lang;
	const text = checkText(rawText);
	if (text) errors.text = text;
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		input: { title: raw.title.trim(), dct: raw.dct.trim(), lang: raw.lang as Lang, text: rawText }
	};
}
