/**
 * The texts every extraction bench times: the sample article, and about
 * 1 MB of the dev articles one after another (`parts` are the articles it is
 * made of, for the per-article peer of the whole). One definition, so that
 * the bench and the paired A/B scripts time the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLE_PATH = 'src/lib/server/sample/kim-jong-un-russie.fr.txt';

/** The shared folder (eval kit), `../shared` unless FACTLINE_SHARED says otherwise. */
export const sharedDir = (): string => process.env.FACTLINE_SHARED ?? '../shared';

export function sampleText(): string {
	return readFileSync(SAMPLE_PATH, 'utf8');
}

/** The dev articles repeated until the text reaches `chars`, blank-line separated. */
export function bigDevText(shared = sharedDir(), chars = 1_000_000): { big: string; parts: string[] } {
	const devDir = join(shared, 'eval', 'dev');
	const dev = readdirSync(devDir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => (JSON.parse(readFileSync(join(devDir, f), 'utf8')) as { text: string }).text);
	let big = '';
	const parts: string[] = [];
	for (let i = 0; big.length < chars; i++) {
		parts.push(dev[i % dev.length]);
		big += dev[i % dev.length] + '\n\n';
	}
	return { big, parts };
}
