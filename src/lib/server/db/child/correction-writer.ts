/**
 * A second (third…) writer for the versioned-write tests: its own process,
 * so its own database connection, as another app server would have. Reads
 * `{ "articleId", "expectedVersion", "author" }` lines on stdin, appends a
 * correction for each and prints the result as one JSON line. Prints
 * `READY` once the store is open.
 */
import { appendCorrection } from '../corrections';
import { stdinLines, storeFromEnv } from './store-from-env';

const store = await storeFromEnv();
process.stdout.write('READY\n');
for await (const line of stdinLines()) {
	if (!line.trim()) continue;
	const { articleId, expectedVersion, author } = JSON.parse(line) as { articleId: string; expectedVersion: number; author: string };
	try {
		const result = await appendCorrection(store, articleId, { expectedVersion, author, op: { by: author, at: expectedVersion } });
		process.stdout.write(JSON.stringify(result) + '\n');
	} catch (e) {
		process.stdout.write(JSON.stringify({ error: (e as Error).message }) + '\n');
	}
}
await store.close();
