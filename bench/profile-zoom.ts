/**
 * npx tsx bench/profile-zoom.ts [--runs N] [--peer DIR] [--cpu] [--long] [--frames] [--threads] [--heavy] [--lines] [--alloc] [--css RULES]
 * Where a frame of the scripted zoom (browser-probes.ts) spends its time: a
 * Chromium trace of the zoom, main thread only, summed by trace event (self
 * time: scripting, style, layout, paint…) and divided by the number of
 * frames, with each task's thread (CPU) time, which a busy machine inflates
 * less than wall time. --long: the costliest tasks and the URL writes;
 * --frames: every task in order; --threads: the other threads (raster,
 * compositor). --cpu: a sampled CPU profile by function, inclusive too
 * (--heavy: the costliest tenth of the tasks only; --lines: hot lines);
 * build with `npx vite build --minify false` to read the names. --peer: serve
 * another checkout's build instead (an unmodified peer). --alloc: the
 * memory allocated a frame (sampled, the objects collected since included:
 * the garbage that makes the collector's frames), by allocating function.
 * --css: a style sheet added to the page, for experiments.
 */
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { datedEvents, fullExtent } from '../src/lib/components/timeline-layout';
import { startBenchServer } from './browser-server';
import { syntheticArticle } from './synthetic-facts';
import { scriptedZoom } from './browser-probes';
import { longTasks, selfTimes, type TraceEvent } from './trace-events';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const cpu = args.includes('--cpu');
const alloc = args.includes('--alloc');
const log = (s: string) => process.stderr.write(s + '\n');

const article = syntheticArticle();
const { dated } = datedEvents(article.facts.events);
const full = fullExtent(dated)!;
const target = Date.parse(`${article.dct}T12:00:00Z`) - 5 * 86_400_000;
const peerAt = args.indexOf('--peer');
// Another checkout's build, served as it is (an unmodified peer).
const server = await startBenchServer(article, log, peerAt >= 0 ? { root: args[peerAt + 1], build: false } : {});
const f = (t: number) => new Date(t).toISOString().slice(0, 16);
const url = `${server.origin}/articles/${server.articleId}?t=${f(full.start)}..${f(full.end)}`;
const base = playwrightConfig.use?.launchOptions ?? {};
const browser = await chromium.launch({ ...base, args: [...(base.args ?? []), '--disable-frame-rate-limit', '--disable-gpu-vsync'] });
try {
	for (let run = 0; run < runs; run++) {
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		await page.addInitScript('window.__name = (f) => f');
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByName('timeline:drawn').length > 0);
		const css = args.indexOf('--css');
		if (css >= 0) await page.addStyleTag({ content: args[css + 1] });
		await page.waitForTimeout(300);
		const cdp = await page.context().newCDPSession(page);
		if (alloc) {
			await cdp.send('HeapProfiler.enable');
			// Collected objects included: the garbage is what this is after.
			await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
		}
		if (cpu) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			await cdp.send('Profiler.start');
		}
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] });
		const z = await scriptedZoom(page, full, target);
		const buf = await browser.stopTracing();
		const trace = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
		const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
		const onMain = trace.traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
		const self = [...selfTimes(onMain)].sort((a, b) => b[1] - a[1]);
		const total = self.reduce((a, [, v]) => a + v, 0);
		// Main-thread tasks of the zoom: frames (rAF, Svelte's flush, style, layout, paint) and the timers between them.
		const frameTasks = longTasks(onMain, 0).filter(({ task }) => (task.tdur ?? 0) > 300);
		const cpuOf = (t: TraceEvent) => (t.tdur ?? t.dur!) / 1000;
		const sorted = frameTasks.map(({ task }) => cpuOf(task)).sort((a, b) => a - b);
		const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * f))];
		log(`run ${run + 1}: p95 ${z.p95.toFixed(1)} ms over ${z.frames} frames; main thread ${(total / 1000 / z.frames).toFixed(1)} ms a frame (wall); task CPU median ${q(0.5).toFixed(1)} p95 ${q(0.95).toFixed(1)} ms over ${sorted.length} tasks, ${(sorted.reduce((a, b) => a + b, 0) / z.frames).toFixed(1)} ms a frame`);
		for (const [name, us] of self.slice(0, 14)) log(`  ${name.padEnd(28)} ${(us / 1000 / z.frames).toFixed(2)} ms/frame`);
		if (args.includes('--threads')) {
			// CPU of every thread over the zoom (the compositor and raster work a frame also waits for).
			const names = new Map<string, string>();
			for (const e of trace.traceEvents) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
			const byThread = new Map<string, TraceEvent[]>();
			for (const e of trace.traceEvents) {
				const k = `${e.pid}:${e.tid}`;
				if (!byThread.has(k)) byThread.set(k, []);
				byThread.get(k)!.push(e);
			}
			const cpuByName = new Map<string, number>();
			for (const [k, evs] of byThread) {
				const top = longTasks(evs, 0).reduce((a, { task }) => a + (task.tdur ?? 0), 0);
				const n = (names.get(k) ?? k).replace(/\d+$/, '');
				cpuByName.set(n, (cpuByName.get(n) ?? 0) + top);
			}
			for (const [k, evs] of byThread) {
				if (!(names.get(k) ?? '').startsWith('ThreadPoolForegroundWorker') && !(names.get(k) ?? '').startsWith('VizCompositor')) continue;
				const top = [...selfTimes(evs, true)].sort((a, b) => b[1] - a[1]).slice(0, 6);
				if (top.length && top[0][1] > 1000) log(`    ${names.get(k)}: ${top.map(([n, us]) => `${n} ${(us / 1000 / z.frames).toFixed(2)}`).join(', ')}`);
			}
			log(`  threads, CPU ms/frame: ${[...cpuByName].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).map(([n, us]) => `${n} ${(us / 1000 / z.frames).toFixed(2)}`).join(', ')}`);
		}
		if (args.includes('--long')) {
			// The costliest frames (by CPU), what each spent it on.
			for (const { task, inside } of [...frameTasks].sort((a, b) => cpuOf(b.task) - cpuOf(a.task)).slice(0, 8)) {
				const top = [...selfTimes(inside, true)].sort((a, b) => b[1] - a[1]).slice(0, 7);
				log(`  frame ${cpuOf(task).toFixed(1)} ms CPU: ${top.map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(', ')}`);
			}
			// The URL written mid-gesture, between frames.
			for (const { task, inside } of frameTasks.filter(({ inside }) => inside.some((e) => e.name === 'Document::SetURL'))) {
				const top = [...selfTimes(inside, true)].sort((a, b) => b[1] - a[1]).slice(0, 5);
				log(`  URL write ${cpuOf(task).toFixed(1)} ms CPU (${(task.dur! / 1000).toFixed(1)} wall): ${top.map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(', ')}`);
			}
			if (args.includes('--frames'))
				log(`  frames in order (CPU ms, of which JS): ${frameTasks.map(({ task, inside }) => `${cpuOf(task).toFixed(0)}/${((selfTimes(inside, true).get('FunctionCall') ?? 0) / 1000).toFixed(0)}`).join(' ')}`);
			const all = new Map<string, number>();
			for (const { inside } of frameTasks) for (const [n, us] of selfTimes(inside, true)) all.set(n, (all.get(n) ?? 0) + us);
			log(`  all frames, CPU ms/frame: ${[...all].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([n, us]) => `${n} ${(us / 1000 / frameTasks.length).toFixed(2)}`).join(', ')}`);
		}
		if (cpu) {
			const { profile } = (await cdp.send('Profiler.stop')) as {
				profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };
			};
			const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
			const fn = new Map<string, number>();
			profile.samples.forEach((id, i) => {
				const c = byNode.get(id)!.callFrame;
				const key = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber + 1}`;
				fn.set(key, (fn.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
			});
			for (const [name, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 30)) log(`    ${name.padEnd(60)} ${(us / 1000 / z.frames).toFixed(2)} ms/frame`);
			// Inclusive time by function (each function counted once per sample).
			const parent = new Map<number, number>();
			for (const n of profile.nodes as { id: number; children?: number[] }[]) for (const c of n.children ?? []) parent.set(c, n.id);
			const incl = new Map<string, number>();
			// Only the samples in the costliest frames (by CPU) with --heavy.
			const heavy = [...frameTasks].sort((a, b) => cpuOf(b.task) - cpuOf(a.task)).slice(0, Math.ceil(frameTasks.length / 10)).map(({ task }) => [task.ts, task.ts + task.dur!]);
			const stamps: number[] = [];
			let t = (profile as unknown as { startTime: number }).startTime;
			for (const dt of profile.timeDeltas) stamps.push((t += dt));
			const inHeavy = (i: number) => !args.includes('--heavy') || heavy.some(([a, b]) => stamps[i] >= a && stamps[i] <= b);
			const frameCount = args.includes('--heavy') ? heavy.length : z.frames;
			profile.samples.forEach((id, i) => {
				if (!inHeavy(i)) return;
				const seen = new Set<string>();
				for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
					const c = byNode.get(n)!.callFrame;
					if (!c.url) continue;
					const key = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber + 1}`;
					if (seen.has(key)) continue;
					seen.add(key);
					incl.set(key, (incl.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
				}
			});
			if (args.includes('--lines')) {
				// Hot lines of our own code (positionTicks), all frames.
				const lines = new Map<string, number>();
				for (const n of profile.nodes as { callFrame: { functionName: string; url: string }; positionTicks?: { line: number; ticks: number }[] }[])
					for (const t of n.positionTicks ?? []) {
						const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${t.line}`;
						lines.set(k, (lines.get(k) ?? 0) + t.ticks);
					}
				for (const [k, ticks] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`    line ${k.padEnd(50)} ${ticks}`);
			}
			log('  inclusive:');
			for (const [name, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60)) log(`    ${name.padEnd(60)} ${(us / 1000 / frameCount).toFixed(2)} ms/frame`);
		}
		if (alloc) {
			type Node = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] };
			const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: Node } };
			const bySite = new Map<string, number>();
			let total = 0;
			const walk = (n: Node) => {
				const c = n.callFrame;
				const key = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber + 1}`;
				bySite.set(key, (bySite.get(key) ?? 0) + n.selfSize);
				total += n.selfSize;
				n.children.forEach(walk);
			};
			walk(profile.head);
			log(`  allocated ${(total / 1024 / z.frames).toFixed(0)} KB a frame; by function (KB/frame):`);
			for (const [name, b] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 20)) log(`    ${name.padEnd(60)} ${(b / 1024 / z.frames).toFixed(1)}`);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.stop();
}
