import { describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import { createArticle, type Extractor } from './articles';
import { loadLibraryPage, pageNumberOf } from './library-page';
import { describeEachStore } from './testkit';

const facts: Extractor = (input) =>
	({ article: { lang: input.lang, dct: input.dct }, sentences: [], timexes: [], places: [], events: [], generator: { name: 'factline', version: PIPELINE_VERSION } }) as FactFile;

describeEachStore('loadLibraryPage', ({ db }) => {
	it('pages the library newest first, clamping pages past the end, and filters by title', async () => {
		for (let i = 0; i < 7; i++) {
			const title = i % 2 ? `Odd ${i}` : `Even ${i}`;
			await createArticle(db(), { title, dct: '2024-03-06', lang: 'fr', text: 'Texte.' }, { extractor: facts, now: new Date(Date.UTC(2024, 0, i + 1)) });
		}
		const titles = (d: Awaited<ReturnType<typeof loadLibraryPage>>) => d.articles.map((a) => a.title);
		const first = await loadLibraryPage(db(), new URLSearchParams(''), 3);
		expect(titles(first)).toEqual(['Even 6', 'Odd 5', 'Even 4']);
		expect(first.pager).toEqual({ page: 1, pageCount: 3, pageSize: 3, total: 7, query: '' });
		expect(titles(await loadLibraryPage(db(), new URLSearchParams('page=3'), 3))).toEqual(['Even 0']);
		const past = await loadLibraryPage(db(), new URLSearchParams('page=99'), 3);
		expect(past.pager.page).toBe(3);
		const odd = await loadLibraryPage(db(), new URLSearchParams('q=odd&page=2'), 2);
		expect(titles(odd)).toEqual(['Odd 1']);
		expect(odd.pager).toMatchObject({ page: 2, pageCount: 2, total: 3, query: 'odd' });
	});

	it('shows one empty page for an empty library', async () => {
		expect(await loadLibraryPage(db(), new URLSearchParams('page=2'))).toEqual({
			articles: [],
			pager: { page: 1, pageCount: 1, pageSize: 50, total: 0, query: '' }
		});
	});
});

describe('pageNumberOf', () => {
	it.each([
		[null, 1],
		['', 1],
		['3', 3],
		[' 2 ', 2],
		['0', 1],
		['-2', 1],
		['2.5', 1],
		['abc', 1],
		['9999999999', 1]
	])('%j → %i', (raw, page) => expect(pageNumberOf(raw)).toBe(page));
});
