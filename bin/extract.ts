/**
 * npm run extract -- FILE --dct YYYY-MM-DD [--lang fr|en] [--title T]
 * Prints the fact file of FILE on stdout. Bad arguments or an unreadable
 * file: a one-line error on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract, ExtractInputError } from '../src/lib/extract/pipeline';
import { loadGazetteer } from '../src/lib/extract/places/load';
import { checkDct, checkLang } from '../src/lib/article-input';
import type { Lang } from '../src/lib/model';

const USAGE = 'usage: npm run extract -- FILE --dct YYYY-MM-DD [--lang fr|en] [--title TITLE] [--pretty]';

function fail(message: string): never {
	process.stderr.write(`extract: ${message}\n`);
	process.exit(2);
}

function main(): void {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				dct: { type: 'string' },
				lang: { type: 'string', default: 'fr' },
				title: { type: 'string' },
				pretty: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (e) {
		fail(`${(e as Error).message} (${USAGE})`);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		process.stdout.write(USAGE + '\n');
		return;
	}
	if (positionals.length !== 1) fail(`give exactly one article file (${USAGE})`);
	if (values.dct === undefined) fail(`--dct is required: the publication date, YYYY-MM-DD (${USAGE})`);
	const dctError = checkDct(values.dct);
	if (dctError) fail(`--dct: ${dctError}`);
	const langError = checkLang(values.lang ?? '');
	if (langError) fail(`--lang: ${langError}`);

	let text: string;
	try {
		text = readFileSync(positionals[0], 'utf8');
	} catch (e) {
		fail(`cannot read ${positionals[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
	}
	try {
		const facts = extract({ text, dct: values.dct, lang: values.lang as Lang, title: values.title }, loadGazetteer());
		process.stdout.write(JSON.stringify(facts, null, values.pretty ? 2 : undefined) + '\n');
	} catch (e) {
		if (e instanceof ExtractInputError) fail(e.message);
		throw e;
	}
}

main();
