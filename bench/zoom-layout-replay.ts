/**
 * npx tsx bench/zoom-layout-replay.ts [--width 711] [--rounds 5] [--dump FILE] [--peer DIR] [--frames]
 * The row layout of the scripted zoom (browser-probes.ts) replayed in Node,
 * without the browser: the synthetic article, the window of each of its 120
 * frames, and what Timeline.svelte lays out for it (the events in the
 * window, lane by lane (timeline-window-scan.ts), stacked with the previous frame's rows and at most
 * NEW_PER_FRAME new marks a lane, as during a gesture). Prints the time of
 * the layout per frame (median of the rounds, then its p50, p95 and max
 * over the frames), so a change to timeline-layout.ts or
 * timeline-lane-layout.ts can be timed alone; `--dump` writes every frame's
 * layout, to compare two versions' outputs (they must be identical).
 * `--peer DIR`: the same frames laid out by another checkout's modules
 * (DIR/src/lib/components) in alternating rounds, in one process, with the
 * ratio of each round's pair (the machine is shared and noisy). `--frames`:
 * the median time of each frame, in order.
 */
import { writeFileSync } from 'node:fs';
import { clip, datedEvents, estimateTextWidth, fullExtent, parseWallClock, shortLabel, type LayoutInput } from '../src/lib/components/timeline-layout';
import { layoutLanes as ourLayout } from '../src/lib/components/timeline-lane-layout';
import { assignLanes, autoLaneMode } from '../src/lib/components/timeline-lanes';
import { scanWindow } from '../src/lib/components/timeline-window-scan';
import { syntheticArticle } from './synthetic-facts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const width = Number(opt('--width') ?? 711);
const rounds = Number(opt('--rounds') ?? 5);
const dump = opt('--dump');
const FRAMES = 120;

const article = syntheticArticle();
const { dated } = datedEvents(article.facts.events);
const full = fullExtent(dated)!;
const dct = parseWallClock(article.facts.article.dct);
const lanes = assignLanes(dated, autoLaneMode(dated, dct), dct);
const target = Date.parse(`${article.dct}T12:00:00Z`) - 5 * 86_400_000;
const events = dated.map((d) => {
	const text = clip(d.event.label, 38);
	const fullWidth = estimateTextWidth(text, 12);
	const input: LayoutInput = { id: d.event.id, x0: 0, x1: 0, labelWidth: fullWidth, shortWidth: estimateTextWidth(shortLabel(text), 12) };
	return { id: d.event.id, start: d.start, end: d.end, point: d.point, lane: lanes.laneOf.get(d.event.id) ?? 0, fullWidth, input };
});
const orderIndex = new Map(events.map((e, i) => [e.id, i]));

/** The window of each frame: the probe zooms by the same factor every frame about the target's pixel. */
function windows(): [number, number][] {
	const left = 12;
	const right = width - 12;
	const px = left + ((target - full.start) / (full.end - full.start)) * (right - left);
	const factor = 2 ** (Math.log2((full.end - full.start) / 86_400_000) / FRAMES);
	const out: [number, number][] = [];
	let [lo, hi] = [full.start, full.end];
	for (let f = 0; f < FRAMES; f++) {
		const at = lo + ((px - left) / (right - left)) * (hi - lo);
		lo = at - (at - lo) / factor;
		hi = at + (hi - at) / factor;
		out.push([lo, hi]);
	}
	return out;
}

function frame(layoutLanes: typeof ourLayout, lo: number, hi: number, prev: ReadonlyMap<string, number> | undefined) {
	// As Timeline.svelte: each event's item is the same object every frame, its pixels rewritten.
	const byLane = scanWindow(events, { lo, left: 12, k: (width - 24) / (hi - lo), width }, lanes.lanes.length);
	const input = lanes.lanes.map((l, i) => ({ key: l.key, label: l.label, items: byLane[i] }));
	const out = layoutLanes(input, { width, rowHeight: 26, headHeight: lanes.lanes.length > 1 ? 16 : 0, top: 4, maxRows: 14, gap: 8, pointRadius: 6, bareMarks: true, keep: new Set(), prev, maxNew: prev ? 10 : Infinity });
	out.placed.sort((a, b) => orderIndex.get(a.id)! - orderIndex.get(b.id)!);
	return out;
}

const peerDir = opt('--peer');
const peerLayout: typeof ourLayout | null = peerDir ? (await import(`${peerDir}/src/lib/components/timeline-lane-layout.ts`)).layoutLanes : null;
const wins = windows();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))];

/** One zoom: every frame's time, and its layouts with `--dump`. */
function zoom(layoutLanes: typeof ourLayout, keep: boolean): { times: number[]; outputs: unknown[] } {
	let prev: Map<string, number> | undefined;
	const times: number[] = [];
	const outputs: unknown[] = [];
	for (const [lo, hi] of wins) {
		const t0 = performance.now();
		const out = frame(layoutLanes, lo, hi, prev);
		times.push(performance.now() - t0);
		prev = new Map(out.placed.map((p) => [p.id, p.row]));
		if (keep) outputs.push(out);
	}
	return { times, outputs };
}

const sides = peerLayout ? ([['peer', peerLayout], ['ours', ourLayout]] as const) : ([['ours', ourLayout]] as const);
const byFrame: Record<string, number[][]> = { peer: wins.map(() => []), ours: wins.map(() => []) };
const perRound: Record<string, { p95: number; sum: number }[]> = { peer: [], ours: [] };
for (let r = 0; r < rounds; r++) {
	for (const [side, layout] of r % 2 ? [...sides].reverse() : sides) {
		const { times, outputs } = zoom(layout, dump !== undefined && side === 'ours' && r === rounds - 1);
		times.forEach((t, f) => byFrame[side][f].push(t));
		perRound[side].push({ p95: q(times, 0.95), sum: times.reduce((a, b) => a + b, 0) });
		if (outputs.length) writeFileSync(dump!, JSON.stringify(outputs));
	}
}
for (const [side] of sides) {
	const perFrame = byFrame[side].map(median);
	console.log(`${side}: layout per frame (ms, median of ${rounds} rounds): p50 ${q(perFrame, 0.5).toFixed(2)} p95 ${q(perFrame, 0.95).toFixed(2)} max ${q(perFrame, 1).toFixed(2)} sum ${perFrame.reduce((a, b) => a + b, 0).toFixed(1)}`);
	if (args.includes('--frames')) console.log(perFrame.map((t, f) => `${f}:${t.toFixed(1)}`).join(' '));
}
if (peerLayout) {
	const ratio = (k: 'p95' | 'sum') => median(perRound.ours.map((o, r) => o[k] / perRound.peer[r][k]));
	console.log(`ours/peer, median of the rounds' ratios: p95 ${ratio('p95').toFixed(3)}, sum ${ratio('sum').toFixed(3)}`);
}
