import { expect, it, vi } from 'vitest';
import { getArticle, getFactFile, listArticles, refreshFactFile, staleArticleIds } from './articles';
import { createImportedArticle, type ImportedFactFile } from './imported';
import { describeEachStore } from './testkit';
import { EXPORT_FACTS } from '$lib/export/testkit';

const TEXT = 'Kim left.\r\nPutin waited.';
const FILE: ImportedFactFile = {
	...EXPORT_FACTS,
	article: { ...EXPORT_FACTS.article, title: 'Kim <img src=x onerror=alert(1)>', text: TEXT },
	generator: { name: 'factline', version: '0.0.1-elsewhere' }
};

describeEachStore('imported fact files', ({ db }) => {
	it('are stored as given, text verbatim, and never re-extracted', async () => {
		const id = await createImportedArticle(db(), FILE);
		expect(await getArticle(db(), id)).toMatchObject({ title: FILE.article.title, text: TEXT, dct: FILE.article.dct, lang: FILE.article.lang });
		const extractor = vi.fn();
		const facts = await getFactFile(db(), id, extractor);
		expect(facts?.events).toEqual(FILE.events);
		expect(facts?.generator.version).toBe('0.0.1-elsewhere');
		expect(facts?.article).not.toHaveProperty('text');
		expect(await refreshFactFile(db(), id, extractor)).toEqual(facts);
		expect(extractor).not.toHaveBeenCalled();
		expect(await staleArticleIds(db())).toEqual([]);
		expect(await listArticles(db())).toEqual([expect.objectContaining({ id, imported: true, eventCount: FILE.events.length })]);
	});

	it('take the title chosen by the user, or the first line', async () => {
		const a = await createImportedArticle(db(), FILE, { title: 'Chosen' });
		const b = await createImportedArticle(db(), { ...FILE, article: { ...FILE.article, title: undefined } });
		expect((await getArticle(db(), a))?.title).toBe('Chosen');
		expect((await getArticle(db(), b))?.title).toBe('Kim left.');
	});

	it('refuse a file missing what storage needs, naming the field, and store nothing', async () => {
		const bad = (patch: object) => ({ ...FILE, ...patch }) as ImportedFactFile;
		await expect(createImportedArticle(db(), bad({ article: { ...FILE.article, text: undefined } }))).rejects.toThrow(/article\.text/);
		await expect(createImportedArticle(db(), bad({ article: { ...FILE.article, dct: '2023-13-01' } }))).rejects.toThrow(/article\.dct/);
		await expect(createImportedArticle(db(), bad({ article: { ...FILE.article, lang: 'de' } }))).rejects.toThrow(/article\.lang/);
		await expect(createImportedArticle(db(), bad({ events: 'none' }))).rejects.toThrow(/^Cannot import this fact file: events/);
		await expect(createImportedArticle(db(), null as unknown as ImportedFactFile)).rejects.toThrow(/not a JSON object/);
		expect(await listArticles(db())).toEqual([]);
	});
});
