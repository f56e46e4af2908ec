import { refreshFactFile, staleArticleIds, type Extractor } from './articles';
import type { Store } from './database';

/**
 * Re-extracts, one article per turn of the event loop, every article whose
 * extracted facts come from another pipeline version, so that after an
 * upgrade the library's event counts catch up without delaying start-up or
 * requests. Reading an article refreshes it anyway; this only does it ahead
 * of time. Imported fact files are never re-extracted. Returns a function
 * that stops the work.
 */
export function refreshStaleInBackground(db: Store, extractor?: Extractor, onDone?: (count: number) => void): () => void {
	let stopped = false;
	const run = async () => {
		let ids: string[];
		try {
			ids = await staleArticleIds(db);
		} catch (e) {
			console.error('Could not look for articles to re-extract:', e);
			return;
		}
		let done = 0;
		for (const id of ids) {
			// Yield between articles so requests are served meanwhile.
			await new Promise((r) => setImmediate(r));
			if (stopped) return;
			try {
				if (await refreshFactFile(db, id, extractor)) done++;
			} catch (e) {
				// One article the new pipeline chokes on must not stop the others;
				// reading it will try again and show the error then.
				console.error(`Could not re-extract article ${id}:`, e);
			}
		}
		if (!stopped) onDone?.(done);
	};
	setImmediate(() => void run());
	return () => {
		stopped = true;
	};
}
