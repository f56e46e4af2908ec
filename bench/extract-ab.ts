/**
 * npx tsx bench/extract-ab.ts <peer worktree> [--rounds N] [--stage places]
 *
 * Paired A/B of `extract()` (or, with `--stage places`, of `findPlaces` alone)
 * of this worktree against the same function imported from a peer worktree
 * (e.g. main), on the sample article and on the 1 MB text of `npm run bench`.
 * Each round times this side and the peer interleaved (which goes first
 * alternates), fastest batch after a warm-up
 * (see extract.ts); the report is the ratio peer / this of the fastest times
 * and the median of the rounds' ratios, the only figures a shared, loaded
 * machine gives honestly. `--cpu` times batches in the process's CPU time (all its threads,
 * the collector's included) instead of wall time: on a machine with more
 * runnable work than cores, wall time mostly measures the wait for a core.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fastestBatch } from './extract';
import { bigDevText, sampleText } from './texts';
import type { Doc } from '../src/lib/extract/document';
import type { Gazetteer } from '../src/lib/extract/places/gazetteer';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '7' }, stage: { type: 'string' }, cpu: { type: 'boolean', default: false } } });
const peerDir = resolve(positionals[0] ?? '../main');
const rounds = Number(values.rounds);

/** `fastestBatch` in CPU ms a run. */
function fastestCpuBatch(batches: number, size: number, fn: () => void): number {
	let best = Infinity;
	for (let b = 0; b < batches; b++) {
		const t0 = process.cpuUsage();
		for (let i = 0; i < size; i++) fn();
		const t = process.cpuUsage(t0);
		best = Math.min(best, (t.user + t.system) / 1000 / size);
	}
	return best;
}
const timed = values.cpu ? fastestCpuBatch : fastestBatch;

interface Side {
	run: (text: string) => unknown;
}
async function load(dir: string): Promise<Side> {
	const { extract } = await import(join(dir, 'src/lib/extract/pipeline.ts'));
	const { loadGazetteer } = await import(join(dir, 'src/lib/extract/places/load.ts'));
	// Each side with its own gazetteer: curated data is part of what a change may cost.
	const gazetteer: Gazetteer = loadGazetteer(join(dir, 'generated/gazetteer.json'));
	if (values.stage !== 'places') return { run: (text) => extract({ text, dct: '2023-09-12', lang: 'fr' }, gazetteer) };
	const { normalizeForMatching, lowerCased } = await import(join(dir, 'src/lib/extract/clean.ts'));
	const { splitSentences } = await import(join(dir, 'src/lib/extract/sentences.ts'));
	const { findPlaces } = await import(join(dir, 'src/lib/extract/places/index.ts'));
	const docs = new Map<string, Doc>();
	return {
		run: (text) => {
			let doc = docs.get(text);
			if (!doc) {
				const norm = normalizeForMatching(text);
				doc = { text, norm, lower: lowerCased(norm), lang: 'fr', dct: '2023-09-12', sentences: splitSentences(text, norm, 'fr') };
				docs.set(text, doc);
			}
			return findPlaces(doc, gazetteer);
		}
	};
}
const mine = await load(process.cwd());
const peer = await load(peerDir);

const sample = sampleText();
const { big } = bigDevText();

for (const [name, text, batches, size, warm] of [
	['sample', sample, 5, 10, 600],
	['1 MB', big, 1, 1, 4]
] as const) {
	for (let i = 0; i < warm; i++) {
		mine.run(text);
		peer.run(text);
	}
	let ta = Infinity;
	let tb = Infinity;
	const ratios: number[] = [];
	for (let r = 0; r < rounds; r++) {
		let a = 0;
		let b = 0;
		const runA = () => {
			a = timed(batches, size, () => mine.run(text));
		};
		const runB = () => {
			b = timed(batches, size, () => peer.run(text));
		};
		if (r % 2 === 0) {
			runA();
			runB();
		} else {
			runB();
			runA();
		}
		ta = Math.min(ta, a);
		tb = Math.min(tb, b);
		ratios.push(b / a);
	}
	ratios.sort((x, y) => x - y);
	const median = ratios[ratios.length >> 1];
	console.log(`${`${name} ${values.stage ?? 'extract'}`.padEnd(22)} this ${ta.toFixed(2)} ms  peer ${tb.toFixed(2)} ms  peer/this ${(tb / ta).toFixed(3)}× (fastest), ${median.toFixed(3)}× (median of ${rounds} paired rounds)`);
}
