import type { ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { closeDb, databasePath, getDb } from '$lib/server/db';
import { refreshStaleInBackground } from '$lib/server/db/refresh';
import { loadGazetteer } from '$lib/extract/places/load';

/**
 * Opens the library at start-up rather than on the first request, so that a
 * bad FACTLINE_DB path, an unreachable DATABASE_URL or an unreadable
 * database stops the server with a clear message instead of failing page by
 * page.
 */
export const init: ServerInit = async () => {
	// `vite build` starts the server to prerender; it must not create or
	// migrate a database on the build machine.
	if (building) return;
	let db;
	try {
		db = await getDb();
	} catch (e) {
		throw new Error(
			`Cannot open the Factline database (${databasePath()}; set FACTLINE_DB for another SQLite file, or DATABASE_URL=postgres://… for PostgreSQL): ${(e as Error).message}`,
			{ cause: e }
		);
	}
	// Load the gazetteer now rather than on the first paste, which would
	// otherwise wait for it; a missing one is reported at start, not later.
	setImmediate(() => {
		try {
			loadGazetteer();
		} catch (e) {
			console.error('Places cannot be found:', (e as Error).message);
		}
	});
	const stop = refreshStaleInBackground(db, undefined, (n) => {
		if (n > 0) console.log(`Re-extracted ${n} article(s) with the current pipeline.`);
	});
	// adapter-node emits this on SIGINT/SIGTERM once requests are done:
	// closing checkpoints the WAL so the .db file is complete on its own.
	process.once('sveltekit:shutdown', () => {
		stop();
		void closeDb();
	});
};
