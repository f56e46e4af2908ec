import { expect, it, vi } from 'vitest';
import { PIPELINE_VERSION, type ExtractInput } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import { createArticle, listArticles, staleArticleIds, type Extractor } from './articles';
import { refreshStaleInBackground } from './refresh';
import { describeEachStore } from './testkit';

const extractor =
	(version: string, events: number): Extractor =>
	(input: ExtractInput): FactFile => ({
		article: { lang: input.lang, dct: input.dct },
		sentences: [],
		timexes: [],
		places: [],
		events: Array.from({ length: events }, () => ({}) as FactFile['events'][number]),
		generator: { name: 'factline', version }
	});

describeEachStore('refreshStaleInBackground', ({ db }) => {
	it('re-extracts every stale article, and goes on past one that fails', async () => {
		const input = { title: 'T', dct: '2024-03-06', lang: 'fr' as const, text: 'Texte.' };
		const a = await createArticle(db(), input, { extractor: extractor('old', 1) });
		const b = await createArticle(db(), { ...input, text: 'boom' }, { extractor: extractor('old', 1) });
		await createArticle(db(), input, { extractor: extractor(PIPELINE_VERSION, 5) });
		const flaky: Extractor = (i) => {
			if (i.text === 'boom') throw new Error('pipeline bug');
			return extractor(PIPELINE_VERSION, 3)(i);
		};
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const count = await new Promise<number>((done) => refreshStaleInBackground(db(), flaky, done));
		expect(logged).toHaveBeenCalledWith(expect.stringContaining(b), expect.any(Error));
		logged.mockRestore();
		expect(count).toBe(1);
		expect(await staleArticleIds(db())).toEqual([b]);
		expect((await listArticles(db())).find((x) => x.id === a)?.eventCount).toBe(3);
	});
});
