/**
 * The library at scale: how long the library page's server load takes with
 * 10,000 articles stored, how many dev articles per second an import stores
 * (extraction included), and how long the GeoJSON of a 1,000-event
 * collection takes. SQLite always (a fresh file in a temp folder); the same
 * on PostgreSQL (a fresh schema, dropped afterwards) when DATABASE_URL is set.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { ArticleInput } from '../src/lib/article-input';
import type { ArticleRecord, FactFile } from '../src/lib/model';
import { openStore, type Store, type StoreConfig } from '../src/lib/server/db/database';
import { createArticle, extractWithGazetteer, getArticle, getFactFile, SOURCE_EXTRACTED, type Extractor } from '../src/lib/server/db/articles';
import { createCollection } from '../src/lib/server/db/collections';
import { loadLibraryPage } from '../src/lib/server/db/library-page';
import { toGeoJson, type EventFeatureCollection } from '../src/lib/export/geojson';
import { renderCollection } from '../src/lib/export/collection';
import { loadCollection } from '../src/lib/collections/store.server';
import { loadGazetteer } from '../src/lib/extract/places/load';

export interface LibraryBenchRun {
	/** Median server time of the library page's load (first page) with `articles` stored. */
	list_ms: number;
	/** The same, for a page deep in the library (offset 9,950) and for a title search. */
	list_last_page_ms: number;
	list_query_ms: number;
	articles: number;
	/** Dev articles stored per second through createArticle (validation, extraction, transaction). */
	import_articles_per_s: number;
	/** Of each import, the time not spent in extraction (validation, id, the transaction). */
	import_storage_ms_per_article: number;
	/** Of each import, the time spent in the extraction pipeline (the bound on import_articles_per_s). */
	import_extract_ms_per_article: number;
	/** GeoJSON of a collection whose articles hold `export_events` placed events, by the real export path: read the members'
	 * corrected facts, link the events telling the same happening into stories, write the features (`export_features`). */
	export_geojson_ms: number;
	export_events: number;
	export_features: number;
}

export interface LibraryBench extends LibraryBenchRun {
	database: 'sqlite';
	postgres?: LibraryBenchRun | { error: string };
}

const LIBRARY_SIZE = 10_000;
const COLLECTION_EVENTS = 1_000;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

function devArticles(shared: string): ArticleInput[] {
	const dir = join(shared, 'eval', 'dev');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ArticleInput & { id: string })
		.map((a) => ({ title: a.title || a.id, dct: a.dct, lang: a.lang, text: a.text }));
}

/** One FeatureCollection of every placed event of the collection's articles, ids made unique per article. */
/** The real export path of `/collections/{id}/export/geojson`: load the members' corrected facts, link the stories, write GeoJSON. */
async function collectionGeoJson(db: Store, id: string): Promise<string> {
	const loaded = await loadCollection(db, id);
	if (!loaded?.combined) throw new Error(`bench collection ${id} has nothing to export`);
	const { record, combined } = loaded;
	return renderCollection('geojson', { id: record.id, title: record.title, createdAt: record.createdAt, combined });
}

async function benchOne(config: StoreConfig, dev: ArticleInput[], log: (s: string) => void): Promise<LibraryBenchRun> {
	const db = await openStore(config);
	try {
		// Import throughput: the dev articles again and again, as a bulk
		// import would, through createArticle (validation, extraction, one
		// transaction). The extractor is wrapped only to tell how much of the
		// time is extraction and how much is storage.
		let extractMs = 0;
		const timedExtractor: Extractor = (input) => {
			const e0 = performance.now();
			const facts = extractWithGazetteer(input);
			extractMs += performance.now() - e0;
			return facts;
		};
		const importOne = (n: number) => {
			const a = dev[n % dev.length];
			return createArticle(db, { ...a, title: `${a.title} (${n})` }, { extractor: timedExtractor });
		};
		const t0 = performance.now();
		const imported: string[] = [];
		while (performance.now() - t0 < 3000 || imported.length < 2 * dev.length) imported.push(await importOne(imported.length));
		const importMs = performance.now() - t0;
		const import_articles_per_s = imported.length / (importMs / 1000);
		const import_extract_ms_per_article = extractMs / imported.length;
		const import_storage_ms_per_article = (importMs - extractMs) / imported.length;
		log(
			`  import: ${imported.length} articles, ${import_articles_per_s.toFixed(1)} articles/s (extraction ${import_extract_ms_per_article.toFixed(1)} ms, storage ${import_storage_ms_per_article.toFixed(2)} ms per article)`
		);

		// A collection of 1,000 placed events: distinct articles (more are
		// imported when needed) until their placed events add up.
		const members: string[] = [];
		let events = 0;
		for (let i = 0; events < COLLECTION_EVENTS; i++) {
			if (i >= imported.length) imported.push(await importOne(i));
			const id = imported[i];
			const article = (await getArticle(db, id)) as ArticleRecord;
			const placed = toGeoJson(article, (await getFactFile(db, id)) as FactFile).features.length;
			if (placed === 0) continue;
			members.push(id);
			events += placed;
		}
		const collection = await createCollection(db, { title: 'Bench', articleIds: members });
		let exported = 0;
		const export_geojson_ms = await median(7, async () => {
			const geojson = await collectionGeoJson(db, collection);
			exported = (JSON.parse(geojson) as EventFeatureCollection).features.length;
			return geojson;
		});
		log(`  geojson of a collection of ${events} placed events (${exported} story features): ${export_geojson_ms.toFixed(1)} ms`);

		// Fill the library to 10,000 with copies of the extracted dev articles
		// (same sizes as real ones; extracting 10,000 would only time the pipeline).
		const templates = await Promise.all(
			dev.map(async (a, i) => ({ input: a, facts: (await getFactFile(db, imported[i])) as FactFile }))
		);
		const base = Date.parse('2020-01-01T00:00:00Z');
		const fillStart = performance.now();
		for (let from = imported.length; from < LIBRARY_SIZE; from += 500) {
			const rows: Array<{ id: string; input: ArticleInput; facts: FactFile; createdAt: string }> = [];
			for (let i = from; i < Math.min(from + 500, LIBRARY_SIZE); i++) {
				const { input, facts } = templates[i % templates.length];
				rows.push({ id: `bench-${i}`, input, facts, createdAt: new Date(base + i * 60_000).toISOString() });
			}
			// Set-up only, so batched: 500 articles and their facts per transaction.
			await db.kysely.transaction().execute(async (trx) => {
				await trx
					.insertInto('articles')
					.values(rows.map((r) => ({ id: r.id, title: `${r.input.title} [${r.id}]`, lang: r.input.lang, dct: r.input.dct, text: r.input.text, created_at: r.createdAt })))
					.execute();
				await trx
					.insertInto('fact_files')
					.values(
						rows.map((r) => ({
							article_id: r.id,
							pipeline_version: r.facts.generator.version,
							json: JSON.stringify(r.facts),
							event_count: r.facts.events.length,
							created_at: r.createdAt,
							source: SOURCE_EXTRACTED
						}))
					)
					.execute();
			});
		}
		log(`  filled to ${LIBRARY_SIZE} articles in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);

		await loadLibraryPage(db, new URLSearchParams());
		const list_ms = await median(21, () => loadLibraryPage(db, new URLSearchParams()));
		const list_last_page_ms = await median(21, () => loadLibraryPage(db, new URLSearchParams('page=200')));
		const list_query_ms = await median(21, () => loadLibraryPage(db, new URLSearchParams('q=russie')));
		log(`  library page load: first ${list_ms.toFixed(2)} ms, last ${list_last_page_ms.toFixed(2)} ms, search ${list_query_ms.toFixed(2)} ms`);
		return {
			list_ms: round(list_ms),
			list_last_page_ms: round(list_last_page_ms),
			list_query_ms: round(list_query_ms),
			articles: LIBRARY_SIZE,
			import_articles_per_s: round(import_articles_per_s, 1),
			import_storage_ms_per_article: round(import_storage_ms_per_article),
			import_extract_ms_per_article: round(import_extract_ms_per_article),
			export_geojson_ms: round(export_geojson_ms),
			export_events: events,
			export_features: exported
		};
	} finally {
		await db.close();
	}
}

export async function benchLibrary(shared: string, log: (s: string) => void): Promise<LibraryBench> {
	const dev = devArticles(shared);
	loadGazetteer();
	// Warm the pipeline so the import rate is not the JIT's.
	for (let i = 0; i < 5; i++) for (const a of dev) extractWithGazetteer(a);

	const dir = mkdtempSync(join(tmpdir(), 'factline-bench-'));
	let sqlite: LibraryBenchRun;
	try {
		log('library on SQLite:');
		sqlite = await benchOne({ sqlite: join(dir, 'library.db') }, dev, log);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const result: LibraryBench = { database: 'sqlite', ...sqlite };

	const url = process.env.DATABASE_URL;
	if (url && /^postgres(ql)?:\/\//i.test(url)) {
		const schema = `bench_${randomBytes(4).toString('hex')}`;
		const admin = new pg.Client({ connectionString: url });
		try {
			await admin.connect();
			await admin.query(`create schema ${schema}`);
			log('library on PostgreSQL:');
			result.postgres = await benchOne({ postgres: url, schema }, dev, log);
		} catch (e) {
			result.postgres = { error: (e as Error).message };
		} finally {
			await admin.query(`drop schema if exists ${schema} cascade`).catch(() => {});
			await admin.end().catch(() => {});
		}
	}
	return result;
}
