import { describe, expect, it } from 'vitest';
import { checkArticleIds, checkTitle, MAX_MEMBERS, MAX_TITLE_CHARS } from './input';

describe('checkTitle', () => {
	it.each([
		['  Kim   in Russia ', { ok: true, title: 'Kim in Russia' }],
		['', { ok: false, error: 'Give the collection a title.' }],
		[null, { ok: false, error: 'Give the collection a title.' }],
		['   ', { ok: false, error: 'Give the collection a title.' }]
	])('%j', (raw, expected) => {
		expect(checkTitle(raw)).toEqual(expected);
	});

	it('refuses a title over the limit, saying by how much', () => {
		const r = checkTitle('x'.repeat(MAX_TITLE_CHARS + 1));
		expect(r).toEqual({ ok: false, error: expect.stringContaining(`${MAX_TITLE_CHARS + 1} characters`) });
	});
});

describe('checkArticleIds', () => {
	const known = new Set(['a', 'b', 'c']);

	it('keeps the order given and drops repeats and blanks', () => {
		expect(checkArticleIds(['b', 'a', 'b', '', 3], known)).toEqual({ ok: true, ids: ['b', 'a'] });
	});

	it('refuses unknown ids, none, and too many', () => {
		expect(checkArticleIds(['a', 'zz'], known)).toMatchObject({ ok: false, error: expect.stringContaining('no longer in the library') });
		expect(checkArticleIds([], known)).toEqual({ ok: false, error: 'Choose at least one article.' });
		expect(checkArticleIds(['a'], known, 2)).toEqual({ ok: false, error: 'Choose at least 2 articles.' });
		const many = Array.from({ length: MAX_MEMBERS + 1 }, (_, i) => `x${i}`);
		expect(checkArticleIds(many, new Set(many))).toMatchObject({ ok: false, error: expect.stringContaining(`at most ${MAX_MEMBERS}`) });
	});
});
