/**
 * The production build served on a throw-away database holding one
 * synthetic article, for the browser benchmark.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db/database';
import { createArticle } from '../src/lib/server/db/articles';
import type { SyntheticArticle } from './synthetic-facts';

/**
 * Stores `article` with its ready-made fact file (no extraction: its
 * generator version is the current pipeline's, so the app serves it as is).
 * The one place that knows the db module's API: adapt it here when that
 * module changes.
 */
export async function storeArticle(dbPath: string, article: SyntheticArticle): Promise<string> {
	const db = await openDatabase(dbPath);
	try {
		const { title, dct, lang, text, facts } = article;
		return await createArticle(db, { title, dct, lang, text }, { extractor: () => facts });
	} finally {
		await db.close();
	}
}

/** A free TCP port from `from` upwards (4330 + 10..19 by the team's rule). */
async function freePort(from: number, to: number): Promise<number> {
	for (let port = from; port <= to; port++) {
		const ok = await new Promise<boolean>((resolve) => {
			const s = createServer();
			s.once('error', () => resolve(false));
			s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
		});
		if (ok) return port;
	}
	throw new Error(`No free port between ${from} and ${to}: stop the servers using them and run the benchmark again.`);
}

export interface BenchServer {
	origin: string;
	articleId: string;
	stop(): Promise<void>;
}

/**
 * Builds if the sources changed (as `npm start` does), then serves `build/`.
 * `root`: another checkout's build (a peer, for paired runs: zoom-paired.ts),
 * served as it is (`build: false`) or built first.
 */
export async function startBenchServer(article: SyntheticArticle, log: (s: string) => void, { root = process.cwd(), build = true }: { root?: string; build?: boolean } = {}): Promise<BenchServer> {
	if (build) {
		// The build's report goes to stderr: stdout carries `--json`'s one object, for a pipe to read.
		const built = spawnSync(process.execPath, ['scripts/ensure-built.mjs'], { stdio: ['ignore', process.stderr, 'inherit'], cwd: root });
		if (built.status !== 0) throw new Error('The production build failed: run `npm run build` to see why.');
	}
	const dir = mkdtempSync(join(tmpdir(), 'factline-bench-'));
	const dbPath = join(dir, 'bench.db');
	const articleId = await storeArticle(dbPath, article);
	const port = await freePort(4340, 4349);
	const origin = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, FACTLINE_DB: dbPath, BODY_SIZE_LIMIT: '2112K' }
	});
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`${origin}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null) throw new Error(`The app exited (code ${child.exitCode}) before serving.`);
		if (Date.now() > deadline) throw new Error(`The app did not answer on ${origin} within 30 s.`);
		await new Promise((r) => setTimeout(r, 200));
	}
	log(`serving ${root === process.cwd() ? '' : root + '/'}build/ on ${origin}, article ${articleId}`);
	return {
		origin,
		articleId,
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
