import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'factline-cli-'));
const article = join(dir, 'a.txt');
writeFileSync(article, 'Le président est arrivé mardi à Paris.');

function cli(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/extract.ts', ...args], { encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('extract CLI', () => {
	it('prints a fact file for a readable article', () => {
		const r = cli(article, '--dct', '2023-09-12', '--lang', 'fr');
		expect(r.code).toBe(0);
		const facts = JSON.parse(r.out);
		expect(facts.article).toEqual({ lang: 'fr', dct: '2023-09-12' });
		expect(facts.sentences).toHaveLength(1);
	});

	it.each([
		[['--dct', '2023-09-12'], /exactly one article file/],
		[[article], /--dct is required/],
		[[article, '--dct', '2023-02-30'], /not a day of the calendar/],
		[[article, '--dct', '12/09/2023'], /YYYY-MM-DD/],
		[[article, '--dct', '2023-09-12', '--lang', 'de'], /not a supported language/],
		[[join(dir, 'missing.txt'), '--dct', '2023-09-12'], /cannot read .*missing\.txt: ENOENT/],
		[[article, '--dct', '2023-09-12', '--bogus'], /Unknown option/]
	])('%j fails with one clear line', (args, message) => {
		const r = cli(...args);
		expect(r.code).toBe(2);
		expect(r.out).toBe('');
		expect(r.err.trim().split('\n')).toHaveLength(1);
		expect(r.err).toMatch(message);
	});
});
