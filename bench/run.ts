/**
 * npm run bench [-- --json] [-- --only extract|browser|library]
 * Runs every benchmark in one process and prints a summary, or with --json
 * one JSON object (`{ "extract": {…}, "browser": {…}, "library": {…} }`). `--only NAME`
 * runs one member alone.
 */
import { benchExtract } from './extract';
import { benchBrowser } from './browser';
import { benchLibrary } from './library';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
const MEMBERS = ['extract', 'browser', 'library'];
if (only !== null && !MEMBERS.includes(only)) {
	console.error(`--only takes one of: ${MEMBERS.join(', ')} (got “${only ?? ''}”)`);
	process.exit(2);
}
const wanted = (name: string) => only === null || only === name;
const shared = process.env.FACTLINE_SHARED ?? '../shared';
const log = (s: string) => {
	if (!json) console.log(s);
	else process.stderr.write(s + '\n');
};

const result: Record<string, unknown> = {};
if (wanted('extract')) result.extract = benchExtract(shared, log);
if (wanted('browser')) result.browser = await benchBrowser(log);
if (wanted('library')) result.library = await benchLibrary(shared, log);
if (json) console.log(JSON.stringify(result));
else console.log(JSON.stringify(result, null, 2));
