// The newest modification time under a set of paths: how the build steps
// (ensure-built, build-all) tell whether their output is stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} path a file or folder (0 when it does not exist)
 * @returns {number} milliseconds since the epoch
 */
export function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let max = 0;
	for (const entry of readdirSync(path)) max = Math.max(max, newestMtime(join(path, entry)));
	return max;
}
