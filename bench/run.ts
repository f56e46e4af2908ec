/**
 * npm run bench [-- --json]
 * Runs every benchmark in one process and prints a summary, or with --json
 * one JSON object (`{ "extract": {…} }`).
 */
import { benchExtract } from './extract';
import { benchLibrary } from './library';

const json = process.argv.includes('--json');
const shared = process.env.FACTLINE_SHARED ?? '../shared';
const log = (s: string) => {
	if (!json) console.log(s);
	else process.stderr.write(s + '\n');
};

const result = { extract: benchExtract(shared, log), library: await benchLibrary(shared, log) };
if (json) console.log(JSON.stringify(result));
else console.log(JSON.stringify(result, null, 2));
