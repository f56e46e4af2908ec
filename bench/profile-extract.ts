/**
 * npm run bench:profile [-- --big] [-- --runs N] [-- --top N]
 *
 * Where the extraction pipeline spends its time, read from V8's sampling
 * profiler in this process (no flags, works under tsx): each stage's share
 * of `extract`, the garbage collector's share, and the functions with the
 * most self time. `--big` profiles the 1 MB text of `npm run bench` instead
 * of the sample article. Shares, not milliseconds: the machine is shared,
 * and what a change moves is the split.
 *
 * Self time is only as fine as V8's inlining: a small helper inlined into
 * its caller is counted there.
 */
import { Session } from 'node:inspector/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../src/lib/extract/pipeline';
import { loadGazetteer } from '../src/lib/extract/places/load';

const STAGES = ['splitSentences', 'findTimexes', 'findPlaces', 'findEvents'];

const { values } = parseArgs({ options: { big: { type: 'boolean', default: false }, runs: { type: 'string' }, top: { type: 'string', default: '25' }, inclusive: { type: 'boolean', default: false } } });
const gazetteer = loadGazetteer();
const sample = readFileSync('src/lib/server/sample/kim-jong-un-russie.fr.txt', 'utf8');
let text = sample;
if (values.big) {
	const devDir = join(process.env.FACTLINE_SHARED ?? '../shared', 'eval', 'dev');
	const dev = readdirSync(devDir).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(join(devDir, f), 'utf8')) as { text: string }).text);
	text = '';
	for (let i = 0; text.length < 1_000_000; i++) text += dev[i % dev.length] + '\n\n';
}
const runs = Number(values.runs ?? (values.big ? 3 : 300));
const run = (t: string) => extract({ text: t, dct: '2023-09-12', lang: 'fr' }, gazetteer);
// Compiled before profiling, as in `npm run bench`.
for (let i = 0; i < 40; i++) run(sample);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });
await session.post('Profiler.start');
for (let i = 0; i < runs; i++) run(text);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

type Node = (typeof profile.nodes)[number];
const byId = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples?.forEach((id, k) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas?.[k] ?? 0)));

const where = (n: Node) => {
	const url = n.callFrame.url.replace(/^file:\/\//, '');
	return url ? relative(process.cwd(), url) : '';
};
const self = new Map<string, number>();
/** Time under each function, counted once per stack even when it recurses (`--inclusive`). */
const under = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
let gc = 0;
/** Walks the call tree once; a stage is counted once per stack even when it recurses. */
function walk(id: number, open: Set<string>, onStack: Set<string>): number {
	const n = byId.get(id)!;
	const name = n.callFrame.functionName || '(anonymous)';
	const key = `${name}  ${where(n)}`;
	let t = selfUs.get(id) ?? 0;
	if (name !== '(idle)' && name !== '(program)') {
		total += t;
		if (name === '(garbage collector)') gc += t;
		self.set(key, (self.get(key) ?? 0) + t);
	}
	const stage = STAGES.includes(name) || name === 'extract' ? name : null;
	const inner = stage && !open.has(stage) ? new Set(open).add(stage) : open;
	const first = !onStack.has(key);
	const stack = first ? new Set(onStack).add(key) : onStack;
	for (const c of n.children ?? []) t += walk(c, inner, stack);
	if (first) under.set(key, (under.get(key) ?? 0) + t);
	if (stage && !open.has(stage)) inclusive.set(stage, (inclusive.get(stage) ?? 0) + t);
	return t;
}
walk(profile.nodes[0].id, new Set(), new Set());

const pct = (us: number, of: number) => `${((100 * us) / of).toFixed(1).padStart(5)}%`;
const all = inclusive.get('extract') ?? total;
console.log(`${values.big ? '1 MB text' : 'sample'} (${text.length} chars) × ${runs}: ${(all / 1000 / runs).toFixed(2)} ms per run while profiled`);
console.log(`garbage collector: ${pct(gc, total)} of all samples`);
for (const s of STAGES) console.log(`${s.padEnd(15)} ${pct(inclusive.get(s) ?? 0, all)} of extract`);
const shown = values.inclusive ? under : self;
console.log(`\n${values.inclusive ? 'inclusive' : 'self'} time, top functions:`);
for (const [k, us] of [...shown].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${pct(us, total)}  ${k}`);
