/**
 * npx tsx bench/timex-stage-ab.ts <peer worktree> [--rounds N]
 *
 * Paired A/B of the sentence and timex stages alone: `splitSentences` and
 * `findTimexes` of this worktree against the same functions imported from a
 * peer worktree (e.g. main), on the sample article and on the 1 MB text of
 * `npm run bench`. Inputs are prepared once; each round times this side and
 * the peer interleaved, fastest batch after a long warm-up (see extract.ts),
 * and the report is the ratio peer / this. `--sample` skips the 1 MB text, `--big` the sample;
 * `--stage timex|sentences` times one stage only.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Doc } from '../src/lib/extract/document';
import { fastestBatch } from './extract';
import { bigDevText, sampleText } from './texts';
import type { Lang } from '../src/lib/model';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '7' }, sample: { type: 'boolean', default: false }, big: { type: 'boolean', default: false }, stage: { type: 'string' } } });
const peerDir = resolve(positionals[0] ?? '../main');
const rounds = Number(values.rounds);

interface Side {
	normalizeForMatching: (t: string) => string;
	lowerCased: (t: string) => string | null;
	splitSentences: (text: string, norm: string, lang: Lang) => Doc['sentences'];
	findTimexes: (doc: Doc) => unknown[];
}
async function load(dir: string): Promise<Side> {
	const clean = await import(join(dir, 'src/lib/extract/clean.ts'));
	const sentences = await import(join(dir, 'src/lib/extract/sentences.ts'));
	const timex = await import(join(dir, 'src/lib/extract/timex/index.ts'));
	return { ...clean, ...sentences, ...timex };
}
const mine = await load(process.cwd());
const peer = await load(peerDir);

const sample = sampleText();
const { big } = bigDevText();

function prepare(side: Side, text: string): Doc {
	const norm = side.normalizeForMatching(text);
	const sentences = side.splitSentences(text, norm, 'fr');
	return { text, norm, lower: side.lowerCased(norm), lang: 'fr', dct: '2023-09-12', sentences };
}

function pair(label: string, a: () => void, b: () => void, batches: number, size: number, warm: number) {
	for (let i = 0; i < warm; i++) {
		a();
		b();
	}
	let ta = Infinity;
	let tb = Infinity;
	for (let r = 0; r < rounds; r++) {
		ta = Math.min(ta, fastestBatch(batches, size, a));
		tb = Math.min(tb, fastestBatch(batches, size, b));
	}
	console.log(`${label.padEnd(28)} this ${ta.toFixed(3)} ms  peer ${tb.toFixed(3)} ms  peer/this ${(tb / ta).toFixed(2)}×`);
}

for (const [name, text, batches, size, warm] of [
	['sample', sample, 5, 20, 1500],
	['1 MB', big, 2, 1, 8]
] as const) {
	if ((values.sample && name !== 'sample') || (values.big && name === 'sample')) continue;
	const dm = prepare(mine, text);
	const dp = prepare(peer, text);
	if (values.stage !== 'timex') pair(`${name} splitSentences`, () => mine.splitSentences(dm.text, dm.norm, 'fr'), () => peer.splitSentences(dp.text, dp.norm, 'fr'), batches, size, warm);
	if (values.stage !== 'sentences') pair(`${name} findTimexes`, () => mine.findTimexes(dm), () => peer.findTimexes(dp), batches, size, warm);
	if (!values.stage) pair(
		`${name} both`,
		() => {
			mine.splitSentences(dm.text, dm.norm, 'fr');
			mine.findTimexes(dm);
		},
		() => {
			peer.splitSentences(dp.text, dp.norm, 'fr');
			peer.findTimexes(dp);
		},
		batches,
		size,
		warm / 2
	);
}
