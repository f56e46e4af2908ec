import { describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '$lib/extract/pipeline';
import type { FactFile } from '$lib/model';
import { createArticle, deleteArticle, getFactFile, type Extractor } from './articles';
import { appendCorrection, articleVersion, listCorrections, type AppendResult } from './corrections';
import { spawnChild } from './child/child-process';
import { describeEachStore } from './testkit';

const facts =
	(version = PIPELINE_VERSION): Extractor =>
	(input) =>
		({ article: { lang: input.lang, dct: input.dct }, sentences: [], timexes: [], places: [], events: [], generator: { name: 'factline', version } }) as FactFile;
const INPUT = { title: 'T', dct: '2024-03-06', lang: 'fr' as const, text: 'Texte.' };
const RELABEL = { kind: 'relabel', event: 'e1', label: 'Arrivée <script>x</script>' };

describeEachStore('corrections', ({ db, handle }) => {
	describe('appendCorrection', () => {
		it('appends at the expected version and numbers versions 1, 2, 3', async () => {
			const id = await createArticle(db(), INPUT, { extractor: facts() });
			expect(await articleVersion(db(), id)).toBe(0);
			const now = new Date('2024-05-01T12:00:00Z');
			const first = await appendCorrection(db(), id, { expectedVersion: 0, author: ' ana ', op: RELABEL }, { now });
			expect(first).toEqual({
				ok: true,
				record: { id: expect.any(Number), articleId: id, version: 1, author: 'ana', createdAt: now.toISOString(), op: RELABEL, undoes: null }
			});
			const second = await appendCorrection(db(), id, { expectedVersion: 1, author: 'bo', op: { kind: 'delete', event: 'e2' } });
			const undo = await appendCorrection(db(), id, { expectedVersion: 2, author: 'ana', op: { kind: 'undo' }, undoes: first.ok ? first.record.id : -1 });
			expect(second.ok && undo.ok).toBe(true);
			expect(await articleVersion(db(), id)).toBe(3);
			const list = await listCorrections(db(), id);
			expect(list.map((c) => [c.version, c.author, c.undoes])).toEqual([
				[1, 'ana', null],
				[2, 'bo', null],
				[3, 'ana', first.ok ? first.record.id : -1]
			]);
			expect(list[1].id).toBeGreaterThan(list[0].id);
			expect(list[2].id).toBeGreaterThan(list[1].id);
		});

		it('refuses a stale expectedVersion, telling the current one, and stores nothing', async () => {
			const id = await createArticle(db(), INPUT, { extractor: facts() });
			await appendCorrection(db(), id, { expectedVersion: 0, author: 'ana', op: RELABEL });
			expect(await appendCorrection(db(), id, { expectedVersion: 0, author: 'bo', op: { x: 1 } })).toEqual({ ok: false, currentVersion: 1 });
			expect(await appendCorrection(db(), id, { expectedVersion: 5, author: 'bo', op: { x: 1 } })).toEqual({ ok: false, currentVersion: 1 });
			expect(await listCorrections(db(), id)).toHaveLength(1);
		});

		it('keeps each article’s versions apart', async () => {
			const a = await createArticle(db(), INPUT, { extractor: facts() });
			const b = await createArticle(db(), INPUT, { extractor: facts() });
			await appendCorrection(db(), a, { expectedVersion: 0, author: 'ana', op: 1 });
			expect((await appendCorrection(db(), b, { expectedVersion: 0, author: 'ana', op: 2 })).ok).toBe(true);
			expect(await listCorrections(db(), b)).toHaveLength(1);
		});

		it('refuses bad input with a message naming the field, changing nothing', async () => {
			const id = await createArticle(db(), INPUT, { extractor: facts() });
			await expect(appendCorrection(db(), 'nope', { expectedVersion: 0, author: 'ana', op: 1 })).rejects.toThrow(/No article with id “nope”/);
			await expect(appendCorrection(db(), id, { expectedVersion: 0, author: '  ', op: 1 })).rejects.toThrow(/^author/);
			await expect(appendCorrection(db(), id, { expectedVersion: -1, author: 'a', op: 1 })).rejects.toThrow(/expectedVersion/);
			await expect(appendCorrection(db(), id, { expectedVersion: 0, author: 'a', op: undefined })).rejects.toThrow(/^op/);
			await expect(appendCorrection(db(), id, { expectedVersion: 0, author: 'a', op: 1, undoes: 12345 })).rejects.toThrow(/^undoes/);
			// The refused undo rolled its version bump back.
			expect(await articleVersion(db(), id)).toBe(0);
			expect(await listCorrections(db(), id)).toEqual([]);
		});
	});

	it('survive re-extraction with a newer pipeline, and go with their article', async () => {
		const id = await createArticle(db(), INPUT, { extractor: facts('0.0.1-old') });
		await appendCorrection(db(), id, { expectedVersion: 0, author: 'ana', op: RELABEL });
		expect((await getFactFile(db(), id, facts()))?.generator.version).toBe(PIPELINE_VERSION);
		expect(await listCorrections(db(), id)).toHaveLength(1);
		expect(await articleVersion(db(), id)).toBe(1);
		await deleteArticle(db(), id);
		expect(await listCorrections(db(), id)).toEqual([]);
	});

	it('two writers in two processes (two connections) with the same expectedVersion: exactly one wins', async () => {
		const id = await createArticle(db(), INPUT, { extractor: facts() });
		const env = { FACTLINE_TEST_STORE: JSON.stringify(handle().config) };
		const writers = [spawnChild('./correction-writer.ts', env), spawnChild('./correction-writer.ts', env)];
		try {
			for (const w of writers) expect(await w.nextLine()).toBe('READY');
			for (let round = 0; round < 8; round++) {
				const v = await articleVersion(db(), id);
				// Both get the same version at once; both race for it.
				writers.forEach((w, i) => w.process.stdin.write(JSON.stringify({ articleId: id, expectedVersion: v, author: `w${i}` }) + '\n'));
				const results = (await Promise.all(writers.map((w) => w.nextLine()))).map((l) => JSON.parse(l) as AppendResult);
				expect(results.filter((r) => r.ok)).toHaveLength(1);
				expect(results.find((r) => !r.ok)).toEqual({ ok: false, currentVersion: v + 1 });
			}
		} finally {
			for (const w of writers) w.process.stdin.end();
			await Promise.all(writers.map((w) => w.exited));
		}
		const list = await listCorrections(db(), id);
		expect(list.map((c) => c.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(await articleVersion(db(), id)).toBe(8);
	}, 60_000);
}, { file: true });
