import { describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import { createArticle, deleteArticle, type Extractor } from './articles';
import {
	createCollection,
	deleteCollection,
	getCollection,
	listCollections,
	renameCollection,
	setCollectionArticles
} from './collections';
import { describeEachStore } from './testkit';

const facts: Extractor = (input) =>
	({ article: { lang: input.lang, dct: input.dct }, sentences: [], timexes: [], places: [], events: [], generator: { name: 'factline', version: PIPELINE_VERSION } }) as FactFile;
const INPUT = { title: 'T', dct: '2024-03-06', lang: 'fr' as const, text: 'Texte.' };

describeEachStore('collections', ({ db }) => {
	const article = () => createArticle(db(), INPUT, { extractor: facts });

	it('create one with its articles in the order given, each once', async () => {
		const [a, b, c] = [await article(), await article(), await article()];
		const now = new Date('2024-06-01T08:00:00Z');
		const id = await createCollection(db(), { title: '  Kim  en Russie ', articleIds: [c, a, c, b] }, { now });
		expect(await getCollection(db(), id)).toEqual({ id, title: 'Kim en Russie', createdAt: now.toISOString(), articleIds: [c, a, b] });
		expect(await getCollection(db(), 'nope')).toBeNull();
	});

	it('list newest first with article counts, empty ones included', async () => {
		const a = await article();
		const old = await createCollection(db(), { title: 'Old', articleIds: [a] }, { now: new Date('2024-01-01T00:00:00Z') });
		const empty = await createCollection(db(), { title: 'Empty', articleIds: [] }, { now: new Date('2024-02-01T00:00:00Z') });
		expect(await listCollections(db())).toEqual([
			{ id: empty, title: 'Empty', createdAt: '2024-02-01T00:00:00.000Z', articleCount: 0 },
			{ id: old, title: 'Old', createdAt: '2024-01-01T00:00:00.000Z', articleCount: 1 }
		]);
	});

	it('refuse unknown articles, naming them, and store nothing', async () => {
		const a = await article();
		await expect(createCollection(db(), { title: 'X', articleIds: [a, 'ghost'] })).rejects.toThrow(/articleIds: no article with id “ghost”/);
		expect(await listCollections(db())).toEqual([]);
		await expect(createCollection(db(), { title: ' ', articleIds: [a] })).rejects.toThrow(/^title/);
	});

	it('replace the articles atomically: a bad list keeps the previous one', async () => {
		const [a, b, c] = [await article(), await article(), await article()];
		const id = await createCollection(db(), { title: 'S', articleIds: [a, b] });
		await setCollectionArticles(db(), id, [b, c]);
		expect((await getCollection(db(), id))?.articleIds).toEqual([b, c]);
		await expect(setCollectionArticles(db(), id, [a, 'ghost'])).rejects.toThrow(/“ghost”/);
		expect((await getCollection(db(), id))?.articleIds).toEqual([b, c]);
		await expect(setCollectionArticles(db(), 'nope', [a])).rejects.toThrow(/No collection with id “nope”/);
	});

	it('rename, delete, and lose an article that is deleted', async () => {
		const [a, b] = [await article(), await article()];
		const id = await createCollection(db(), { title: 'S', articleIds: [a, b] });
		await renameCollection(db(), id, 'Sommet');
		await expect(renameCollection(db(), 'nope', 'x')).rejects.toThrow(/No collection/);
		await deleteArticle(db(), a);
		expect(await getCollection(db(), id)).toMatchObject({ title: 'Sommet', articleIds: [b] });
		expect(await deleteCollection(db(), id)).toBe(true);
		expect(await deleteCollection(db(), id)).toBe(false);
		expect(await getCollection(db(), id)).toBeNull();
		// The articles stay.
		expect((await db().kysely.selectFrom('articles').select('id').execute()).map((r) => r.id)).toEqual([b]);
	});
});

describe('collections module', () => {
	it('is exported from the storage index with the agreed names', async () => {
		const mod = await import('./collections');
		expect(Object.keys(mod)).toEqual(
			expect.arrayContaining(['createCollection', 'getCollection', 'listCollections', 'setCollectionArticles', 'renameCollection', 'deleteCollection'])
		);
	});
});
