import { refreshFactFile, staleArticleIds, type Extractor } from './articles';
import type { Db } from './database';

/**
 * Re-extracts, one article per turn of the event loop, every article whose
 * facts come from another pipeline version, so that after an upgrade the
 * library's event counts catch up without delaying start-up or requests.
 * Reading an article refreshes it anyway; this only does it ahead of time.
 * Returns a function that stops the work.
 */
export function refreshStaleInBackground(db: Db, extractor?: Extractor, onDone?: (count: number) => void): () => void {
	const ids = staleArticleIds(db);
	let stopped = false;
	let done = 0;
	const step = () => {
		if (stopped) return;
		const id = ids.shift();
		if (id === undefined) {
			onDone?.(done);
			return;
		}
		try {
			if (refreshFactFile(db, id, extractor)) done++;
		} catch (e) {
			// One article the new pipeline chokes on must not stop the others;
			// reading it will try again and show the error then.
			console.error(`Could not re-extract article ${id}:`, e);
		}
		setImmediate(step);
	};
	setImmediate(step);
	return () => {
		stopped = true;
	};
}
