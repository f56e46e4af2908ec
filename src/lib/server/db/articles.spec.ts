import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PIPELINE_VERSION, type ExtractInput } from '$lib/extract/pipeline';
import type { FactEvent, FactFile } from '$lib/model';
import { openDatabase, type Db } from './database';
import {
	createArticle,
	getArticle,
	getFactFile,
	listArticles,
	staleArticleIds,
	titleFromText,
	type Extractor
} from './articles';
import { seedSample } from './seed';
import { SAMPLE_ARTICLE, SAMPLE_ID } from '$lib/server/sample';

/**
 * A stand-in extractor with a known number of events, so these tests do not
 * depend on what the real pipeline finds (it is being written meanwhile).
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

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
});

describe('createArticle', () => {
	it('stores the article and its facts, readable back by id', () => {
		const now = new Date('2024-03-06T10:00:00Z');
		const id = createArticle(db, INPUT, { extractor: fakeExtractor(3), now });
		expect(id).toMatch(/^[A-Za-z0-9_-]{8}$/);
		expect(getArticle(db, id)).toEqual({ id, ...INPUT, createdAt: now.toISOString() });
		expect(getFactFile(db, id, fakeExtractor(99))?.events).toHaveLength(3);
	});

	it('gives every article its own id', () => {
		const ids = new Set(Array.from({ length: 50 }, () => createArticle(db, INPUT, { extractor: fakeExtractor() })));
		expect(ids.size).toBe(50);
	});

	it('is atomic: when storing the facts fails, the article is not stored either', () => {
		// Make the second insert of the transaction fail, as a crash or a full
		// disk would between the two writes.
		db.exec(`CREATE TRIGGER fail_facts BEFORE INSERT ON fact_files BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
		expect(() => createArticle(db, INPUT, { extractor: fakeExtractor() })).toThrow(/disk full/);
		expect(db.prepare('SELECT COUNT(*) FROM articles').pluck().get()).toBe(0);
		expect(listArticles(db)).toEqual([]);
	});

	it('stores nothing when extraction throws', () => {
		const broken: Extractor = () => {
			throw new Error('pipeline bug');
		};
		expect(() => createArticle(db, INPUT, { extractor: broken })).toThrow(/pipeline bug/);
		expect(listArticles(db)).toEqual([]);
	});

	it('refuses invalid input instead of storing it', () => {
		expect(() => createArticle(db, { ...INPUT, dct: '2023-02-30' }, { extractor: fakeExtractor() })).toThrow(/calendar/);
		expect(listArticles(db)).toEqual([]);
	});

	it('titles an untitled article with its first line', () => {
		const id = createArticle(db, { ...INPUT, title: '  ', text: '\n\n  Kim   arrive en Russie.\nSuite.' }, { extractor: fakeExtractor() });
		expect(getArticle(db, id)?.title).toBe('Kim arrive en Russie.');
	});

	it('keeps article text exactly, except line breaks made LF', () => {
		const text = 'Ligne « un »\r\n\r\nLigne <b>deux</b> ’ 😀';
		const id = createArticle(db, { ...INPUT, text }, { extractor: fakeExtractor() });
		expect(getArticle(db, id)?.text).toBe('Ligne « un »\n\nLigne <b>deux</b> ’ 😀');
	});
});

describe('listArticles', () => {
	it('lists newest first with event counts, without text', () => {
		const a = createArticle(db, { ...INPUT, title: 'A' }, { extractor: fakeExtractor(1), now: new Date('2024-01-01T00:00:00Z') });
		const b = createArticle(db, { ...INPUT, title: 'B', lang: 'en' }, { extractor: fakeExtractor(0), now: new Date('2024-02-01T00:00:00Z') });
		expect(listArticles(db)).toEqual([
			{ id: b, title: 'B', lang: 'en', dct: INPUT.dct, createdAt: '2024-02-01T00:00:00.000Z', eventCount: 0 },
			{ id: a, title: 'A', lang: 'fr', dct: INPUT.dct, createdAt: '2024-01-01T00:00:00.000Z', eventCount: 1 }
		]);
	});
});

describe('getArticle and getFactFile', () => {
	it('return null for an unknown id', () => {
		expect(getArticle(db, 'nope')).toBeNull();
		expect(getFactFile(db, 'nope', fakeExtractor())).toBeNull();
	});

	it('re-extract a fact file made by another pipeline version, and store the new one', () => {
		const id = createArticle(db, INPUT, { extractor: fakeExtractor(1, '0.0.1-old') });
		expect(staleArticleIds(db)).toEqual([id]);
		const current = vi.fn(fakeExtractor(4));
		expect(getFactFile(db, id, current)?.events).toHaveLength(4);
		expect(current).toHaveBeenCalledOnce();
		expect(staleArticleIds(db)).toEqual([]);
		expect(listArticles(db)[0].eventCount).toBe(4);
		// Now current: read from the store, not extracted again.
		expect(getFactFile(db, id, current)?.generator.version).toBe(PIPELINE_VERSION);
		expect(current).toHaveBeenCalledOnce();
	});
});

describe('titleFromText', () => {
	it('shortens a long first line at a word', () => {
		const t = titleFromText('mot '.repeat(100), 20);
		expect(t.length).toBeLessThanOrEqual(21);
		expect(t.endsWith('…')).toBe(true);
	});
});

describe('seedSample', () => {
	it('adds the sample to a new library, once, and not again after it is emptied', () => {
		expect(seedSample(db, fakeExtractor())).toBe(true);
		expect(getArticle(db, SAMPLE_ID)).toMatchObject({ title: SAMPLE_ARTICLE.title, dct: '2023-09-12', lang: 'fr' });
		expect(getArticle(db, SAMPLE_ID)?.text).toContain('Kim Jong Un');
		expect(seedSample(db, fakeExtractor())).toBe(false);
		db.exec('DELETE FROM articles');
		expect(seedSample(db, fakeExtractor())).toBe(false);
		expect(listArticles(db)).toEqual([]);
	});

	it('leaves a library that already has articles alone', () => {
		createArticle(db, INPUT, { extractor: fakeExtractor() });
		expect(seedSample(db, fakeExtractor())).toBe(false);
		expect(getArticle(db, SAMPLE_ID)).toBeNull();
	});

	it('works with the real pipeline', () => {
		seedSample(db);
		const facts = getFactFile(db, SAMPLE_ID);
		expect(facts?.article).toMatchObject({ lang: 'fr', dct: '2023-09-12' });
		expect(facts?.generator.version).toBe(PIPELINE_VERSION);
	});
});
