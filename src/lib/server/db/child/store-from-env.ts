import { openStore, type Store, type StoreConfig } from '../database';

/**
 * For the child processes of the storage tests: opens the store described by
 * FACTLINE_TEST_STORE (JSON: `{ "sqlite": path }` or `{ "postgres": url, "schema": name }`).
 */
export function storeFromEnv(): Promise<Store> {
	const raw = process.env.FACTLINE_TEST_STORE;
	if (!raw) throw new Error('FACTLINE_TEST_STORE is not set: give the store as JSON ({"sqlite": path} or {"postgres": url, "schema": name}).');
	return openStore(JSON.parse(raw) as StoreConfig);
}

/** Lines of stdin, one at a time. */
export async function* stdinLines(): AsyncGenerator<string> {
	let buffer = '';
	for await (const chunk of process.stdin) {
		buffer += String(chunk);
		let nl: number;
		while ((nl = buffer.indexOf('\n')) >= 0) {
			yield buffer.slice(0, nl);
			buffer = buffer.slice(nl + 1);
		}
	}
}
