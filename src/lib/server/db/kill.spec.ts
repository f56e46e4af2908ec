/**
 * A process killed (SIGKILL, no chance to clean up) in the middle of
 * imports and edits loses nothing it acknowledged and leaves nothing
 * half-written, on both databases. The writer is a real child process using
 * the real storage module and the real extraction pipeline.
 */
import { expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { countArticles, getArticle, getFactFile, listArticles } from './articles';
import { articleVersion, listCorrections } from './corrections';
import { getCollection } from './collections';
import { spawnChild } from './child/child-process';
import { describeEachStore } from './testkit';

const DEV = process.env.FACTLINE_SHARED ? join(process.env.FACTLINE_SHARED, 'eval/dev') : '../shared/eval/dev';

/** The dev articles of the shared eval kit, or a few built-in ones when the kit is not next to the repository. */
function articles(): Array<{ title: string; dct: string; lang: string; text: string }> {
	try {
		return readdirSync(DEV)
			.filter((f) => f.endsWith('.json'))
			.map((f) => JSON.parse(readFileSync(join(DEV, f), 'utf8')))
			.map((a) => ({ title: a.title ?? a.id, dct: a.dct, lang: a.lang, text: a.text }));
	} catch {
		return [
			{ title: 'Visite', dct: '2024-03-06', lang: 'fr', text: 'Le Premier ministre est arrivé lundi à Paris. Il repartira mardi pour Berlin.' },
			{ title: 'Summit', dct: '2023-09-13', lang: 'en', text: 'Kim Jong Un met Vladimir Putin on Wednesday at Vostochny.' }
		];
	}
}

describeEachStore(
	'a writer killed with SIGKILL',
	({ kind, handle }) => {
		it('loses no acknowledged write and leaves no half-written article or collection', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'factline-kill-'));
			const list = join(dir, 'articles.json');
			writeFileSync(list, JSON.stringify(articles()));
			// The parent's own store (from beforeEach) stays open: with SQLite it
			// is a reader of the same WAL file while the child writes.
			const child = spawnChild('./write-loop.ts', { FACTLINE_TEST_STORE: JSON.stringify(handle().config), FACTLINE_TEST_ARTICLES: list });
			try {
				// Let it get well into its loop (articles, corrections and
				// collections), then kill it without warning, wherever it is.
				const started = Date.now();
				while (child.lines.filter((l) => l.startsWith('ACK collection')).length < 3 || Date.now() - started < 1500) {
					await child.nextLine();
				}
				await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 200)));
				child.process.kill('SIGKILL');
				expect((await child.exited).signal).toBe('SIGKILL');
			} finally {
				child.process.kill('SIGKILL');
				rmSync(dir, { recursive: true, force: true });
			}
			const acks = child.lines.filter((l) => l.startsWith('ACK ')).map((l) => l.split(' ').slice(1));
			expect(acks.length).toBeGreaterThan(5);

			// Reopen, as the next start of the app would (migrations run again).
			const db = await handle().connect();
			if (kind === 'sqlite') {
				expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db.kysely)).rows[0].integrity_check).toBe('ok');
				expect((await sql`pragma foreign_key_check`.execute(db.kysely)).rows).toEqual([]);
			}

			// Every acknowledged write is there.
			const lastVersion = new Map<string, number>();
			for (const [what, id, n] of acks) {
				if (what === 'article') expect(await getArticle(db, id), `article ${id}`).not.toBeNull();
				if (what === 'correction') lastVersion.set(id, Number(n));
				if (what === 'collection') expect((await getCollection(db, id))?.articleIds, `collection ${id}`).toHaveLength(Number(n));
			}
			for (const [id, version] of lastVersion) {
				// The write after the last ACK may have committed too (killed before printing).
				expect(await articleVersion(db, id)).toBeGreaterThanOrEqual(version);
				const corrections = await listCorrections(db, id);
				expect(corrections.map((c) => c.version)).toEqual(corrections.map((_, i) => i + 1));
				expect(corrections.length).toBe(await articleVersion(db, id));
			}

			// Nothing half-written: every article has its (current) fact file, no
			// collection lacks the articles it was created with.
			const all = await listArticles(db);
			expect(all.length).toBe(await countArticles(db));
			const articleAcks = acks.filter(([w]) => w === 'article').length;
			expect(all.length === articleAcks || all.length === articleAcks + 1).toBe(true);
			const withoutFacts = await db.kysely
				.selectFrom('articles as a')
				.leftJoin('fact_files as f', 'f.article_id', 'a.id')
				.select('a.id')
				.where('f.article_id', 'is', null)
				.execute();
			expect(withoutFacts).toEqual([]);
			for (const a of all.slice(0, 5)) expect((await getFactFile(db, a.id, () => expect.fail('re-extracted')))?.events.length).toBe(a.eventCount);
			const partial = await db.kysely
				.selectFrom('collections as c')
				.leftJoin('collection_articles as l', 'l.collection_id', 'c.id')
				.select(['c.id', (eb) => eb.fn.count('l.article_id').as('n')])
				.groupBy('c.id')
				.execute();
			for (const c of partial) expect(Number(c.n), `collection ${c.id}`).toBe(3);
		}, 120_000);
	},
	{ file: true }
);
