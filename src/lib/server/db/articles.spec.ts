import { describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { PIPELINE_VERSION, type ExtractInput } from '$lib/extract/pipeline';
import type { FactEvent, FactFile } from '$lib/model';
import {
	countArticles,
	createArticle,
	deleteArticle,
	getArticle,
	getFactFile,
	listArticles,
	staleArticleIds,
	titleFromText,
	type Extractor
} from './articles';
import { seedSample } from './seed';
import { describeEachStore } from './testkit';
import { SAMPLE_ARTICLE, SAMPLE_ID } from '$lib/server/sample';

/**
 * A stand-in extractor with a known number of events, so these tests do not
 * depend on what the real pipeline finds (one test below uses the real one).
 */
function fakeExtractor(events = 2, version = PIPELINE_VERSION): Extractor {
	return (input: ExtractInput): FactFile => ({
		article: { lang: input.lang, dct: input.dct, title: input.title },
		sentences: [],
		timexes: [],
		places: [],
		events: Array.from({ length: events }, (_, i) => ({ id: `e${i}` }) as FactEvent),
		generator: { name: 'factline', version }
	});
}

const INPUT = { title: 'Visite à Paris', dct: '2024-03-06', lang: 'fr' as const, text: 'Le Premier ministre est arrivé lundi à Paris.' };

describeEachStore('articles', ({ kind, db }) => {
	describe('createArticle', () => {
		it('stores the article and its facts, readable back by id', async () => {
			const now = new Date('2024-03-06T10:00:00Z');
			const id = await createArticle(db(), INPUT, { extractor: fakeExtractor(3), now });
			expect(id).toMatch(/^[A-Za-z0-9_-]{8}$/);
			expect(await getArticle(db(), id)).toEqual({ id, ...INPUT, createdAt: now.toISOString() });
			expect((await getFactFile(db(), id, fakeExtractor(99)))?.events).toHaveLength(3);
		});

		it('gives every article its own id', async () => {
			const ids = new Set<string>();
			for (let i = 0; i < 30; i++) ids.add(await createArticle(db(), INPUT, { extractor: fakeExtractor() }));
			expect(ids.size).toBe(30);
		});

		it('is atomic: when storing the facts fails, the article is not stored either', async () => {
			// Make the second insert of the transaction fail, as a crash or a
			// full disk would between the two writes.
			if (kind === 'sqlite') {
				await sql`CREATE TRIGGER fail_facts BEFORE INSERT ON fact_files BEGIN SELECT RAISE(ABORT, 'disk full'); END`.execute(db().kysely);
			} else {
				await sql`CREATE FUNCTION fail_facts() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`.execute(
					db().kysely
				);
				await sql`CREATE TRIGGER fail_facts BEFORE INSERT ON fact_files FOR EACH ROW EXECUTE FUNCTION fail_facts()`.execute(db().kysely);
			}
			await expect(createArticle(db(), INPUT, { extractor: fakeExtractor() })).rejects.toThrow(/disk full/);
			expect(await countArticles(db())).toBe(0);
			expect(await listArticles(db())).toEqual([]);
		});

		it('stores nothing when extraction throws', async () => {
			const broken: Extractor = () => {
				throw new Error('pipeline bug');
			};
			await expect(createArticle(db(), INPUT, { extractor: broken })).rejects.toThrow(/pipeline bug/);
			expect(await listArticles(db())).toEqual([]);
		});

		it('refuses invalid input instead of storing it', async () => {
			await expect(createArticle(db(), { ...INPUT, dct: '2023-02-30' }, { extractor: fakeExtractor() })).rejects.toThrow(/calendar/);
			await expect(createArticle(db(), INPUT, { id: 'a b', extractor: fakeExtractor() })).rejects.toThrow(/cannot be an article id/);
			expect(await listArticles(db())).toEqual([]);
		});

		it('refuses a fixed id that is taken, keeping the first article', async () => {
			await createArticle(db(), INPUT, { id: 'fixed', extractor: fakeExtractor(1) });
			await expect(createArticle(db(), { ...INPUT, title: 'Other' }, { id: 'fixed', extractor: fakeExtractor() })).rejects.toThrow(
				/already an article with id “fixed”/
			);
			expect((await getArticle(db(), 'fixed'))?.title).toBe(INPUT.title);
			expect(await countArticles(db())).toBe(1);
		});

		it('titles an untitled article with its first line', async () => {
			const id = await createArticle(db(), { ...INPUT, title: '  ', text: '\n\n  Kim   arrive en Russie.\nSuite.' }, { extractor: fakeExtractor() });
			expect((await getArticle(db(), id))?.title).toBe('Kim arrive en Russie.');
		});

		it('keeps article text exactly, except line breaks made LF', async () => {
			const text = 'Ligne « un »\r\n\r\nLigne <b>deux</b> ’ 😀';
			const id = await createArticle(db(), { ...INPUT, text }, { extractor: fakeExtractor() });
			expect((await getArticle(db(), id))?.text).toBe('Ligne « un »\n\nLigne <b>deux</b> ’ 😀');
		});
	});

	describe('listArticles and countArticles', () => {
		it('list newest first with event counts, without text', async () => {
			const a = await createArticle(db(), { ...INPUT, title: 'A' }, { extractor: fakeExtractor(1), now: new Date('2024-01-01T00:00:00Z') });
			const b = await createArticle(db(), { ...INPUT, title: 'B', lang: 'en' }, { extractor: fakeExtractor(0), now: new Date('2024-02-01T00:00:00Z') });
			expect(await listArticles(db())).toEqual([
				{ id: b, title: 'B', lang: 'en', dct: INPUT.dct, createdAt: '2024-02-01T00:00:00.000Z', eventCount: 0, imported: false },
				{ id: a, title: 'A', lang: 'fr', dct: INPUT.dct, createdAt: '2024-01-01T00:00:00.000Z', eventCount: 1, imported: false }
			]);
			expect(await countArticles(db())).toBe(2);
		});

		it('page with limit and offset: pages do not overlap, even for articles added in the same millisecond', async () => {
			const now = new Date('2024-01-01T00:00:00Z');
			for (let i = 0; i < 7; i++) await createArticle(db(), { ...INPUT, title: `T${i}` }, { extractor: fakeExtractor(), now });
			const all = (await listArticles(db())).map((a) => a.id);
			const pages = [];
			for (let offset = 0; offset < 7; offset += 3) pages.push(...(await listArticles(db(), { limit: 3, offset })).map((a) => a.id));
			expect(pages).toEqual(all);
			expect(new Set(pages).size).toBe(7);
			expect(await listArticles(db(), { limit: 3, offset: 6 })).toHaveLength(1);
			expect(await listArticles(db(), { limit: 0 })).toEqual([]);
		});

		it('filter by a piece of the title, ignoring case, with % and _ taken literally', async () => {
			await createArticle(db(), { ...INPUT, title: 'Kim arrive en Russie' }, { extractor: fakeExtractor() });
			await createArticle(db(), { ...INPUT, title: 'Sommet à Vostochny' }, { extractor: fakeExtractor() });
			await createArticle(db(), { ...INPUT, title: 'Hausse de 50% des prix' }, { extractor: fakeExtractor() });
			expect((await listArticles(db(), { query: 'RUSSIE' })).map((a) => a.title)).toEqual(['Kim arrive en Russie']);
			expect((await listArticles(db(), { query: '50%' })).map((a) => a.title)).toEqual(['Hausse de 50% des prix']);
			expect(await listArticles(db(), { query: '%' })).toHaveLength(1);
			expect(await listArticles(db(), { query: '_' })).toHaveLength(0);
			expect(await countArticles(db(), { query: 'som' })).toBe(1);
			expect(await listArticles(db(), { query: '  ' })).toHaveLength(3);
		});
	});

	describe('getArticle and getFactFile', () => {
		it('return null for an unknown id', async () => {
			expect(await getArticle(db(), 'nope')).toBeNull();
			expect(await getFactFile(db(), 'nope', fakeExtractor())).toBeNull();
		});

		it('re-extract a fact file made by another pipeline version, and store the new one', async () => {
			const id = await createArticle(db(), INPUT, { extractor: fakeExtractor(1, '0.0.1-old') });
			expect(await staleArticleIds(db())).toEqual([id]);
			const current = vi.fn(fakeExtractor(4));
			expect((await getFactFile(db(), id, current))?.events).toHaveLength(4);
			expect(current).toHaveBeenCalledOnce();
			expect(await staleArticleIds(db())).toEqual([]);
			expect((await listArticles(db()))[0].eventCount).toBe(4);
			// Now current: read from the store, not extracted again.
			expect((await getFactFile(db(), id, current))?.generator.version).toBe(PIPELINE_VERSION);
			expect(current).toHaveBeenCalledOnce();
		});
	});

	describe('deleteArticle', () => {
		it('removes the article and its facts, and says whether there was one', async () => {
			const id = await createArticle(db(), INPUT, { extractor: fakeExtractor() });
			const other = await createArticle(db(), INPUT, { extractor: fakeExtractor() });
			expect(await deleteArticle(db(), id)).toBe(true);
			expect(await deleteArticle(db(), id)).toBe(false);
			expect(await getArticle(db(), id)).toBeNull();
			const orphans = await db().kysely.selectFrom('fact_files').select('article_id').execute();
			expect(orphans.map((r) => r.article_id)).toEqual([other]);
		});
	});

	describe('seedSample', () => {
		it('adds the sample to a new library, once, and not again after it is emptied', async () => {
			expect(await seedSample(db(), fakeExtractor())).toBe(true);
			expect(await getArticle(db(), SAMPLE_ID)).toMatchObject({ title: SAMPLE_ARTICLE.title, dct: '2023-09-12', lang: 'fr' });
			expect((await getArticle(db(), SAMPLE_ID))?.text).toContain('Kim Jong Un');
			expect(await seedSample(db(), fakeExtractor())).toBe(false);
			await deleteArticle(db(), SAMPLE_ID);
			expect(await seedSample(db(), fakeExtractor())).toBe(false);
			expect(await listArticles(db())).toEqual([]);
		});

		it('leaves a library that already has articles alone', async () => {
			await createArticle(db(), INPUT, { extractor: fakeExtractor() });
			expect(await seedSample(db(), fakeExtractor())).toBe(false);
			expect(await getArticle(db(), SAMPLE_ID)).toBeNull();
		});
	});
});

describeEachStore('the real pipeline', ({ db }) => {
	it('seeds and reads the sample', async () => {
		await seedSample(db());
		const facts = await getFactFile(db(), SAMPLE_ID);
		expect(facts?.article).toMatchObject({ lang: 'fr', dct: '2023-09-12' });
		expect(facts?.generator.version).toBe(PIPELINE_VERSION);
		expect(facts?.events.length).toBeGreaterThan(0);
	});
});

describe('titleFromText', () => {
	it('shortens a long first line at a word', () => {
		const t = titleFromText('mot '.repeat(100), 20);
		expect(t.length).toBeLessThanOrEqual(21);
		expect(t.endsWith('…')).toBe(true);
	});
});
