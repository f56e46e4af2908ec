/**
 * npx tsx bench/profile-select.ts [--clicks N] [--peer DIR] [--cpu] [--steps] [--css RULES]
 * Where a click on an event (browser-probes.ts, timeClick) spends its
 * time: each click traced on its own, main thread only, from the pointer
 * going down to the probe's end, as the list of tasks in order with what
 * each spent its thread (CPU) time on, then the sums over all clicks.
 * --cpu: a sampled CPU profile by function, inclusive (build with
 * `npx vite build --minify false` to read the names). --peer: serve another
 * checkout's build (an unmodified peer) instead of this one's. --steps:
 * each task's nested steps in order (a forced layout shows inside a script).
 */
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { startBenchServer } from './browser-server';
import { syntheticArticle } from './synthetic-facts';
import { eventAt, markPoints, timeClick, type Point } from './browser-probes';
import { windowParam } from './browser';
import { datedEvents, fullExtent } from '../src/lib/components/timeline-layout';
import { longTasks, selfTimes, type TraceEvent } from './trace-events';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const clicks = Number(opt('--clicks') ?? 5);
const peer = opt('--peer');
const cpu = args.includes('--cpu');
const log = (s: string) => process.stderr.write(s + '\n');
const ms = (us: number) => (us / 1000).toFixed(1);

const article = syntheticArticle();
const full = fullExtent(datedEvents(article.facts.events).dated)!;
const withPlace = new Set(article.facts.events.filter((e) => e.where).map((e) => e.id));
const server = await startBenchServer(article, log, peer ? { root: peer, build: false } : {});
const base = playwrightConfig.use?.launchOptions ?? {};
const browser = await chromium.launch({ ...base, args: [...(base.args ?? [])] });
const sums = new Map<string, number>();
const fns = new Map<string, number>();
const walls: number[] = [];
const cpus: number[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	await page.addInitScript('window.__name = (f) => f');
	await page.goto(`${server.origin}/articles/${server.articleId}?t=${windowParam(full.start, full.end)}`);
	await page.waitForFunction(() => performance.getEntriesByName('timeline:drawn').length > 0);
	// --css RULES: a style sheet added to the page, for experiments.
	const css = opt('--css');
	if (css) await page.addStyleTag({ content: css });
	await page.waitForTimeout(500);
	const cdp = await page.context().newCDPSession(page);
	// The same events as the probe picks, one at a time, each a trace of its own.
	// Found by hovering the marks in sight (components and path segments alike), outside the traces.
	const targets: { id: string; at: Point }[] = [];
	for (const at of await markPoints(page)) {
		const id = await eventAt(page, at);
		if (id !== null && withPlace.has(id)) targets.push({ id, at });
	}
	const step = Math.max(1, Math.floor(targets.length / clicks));
	for (let i = 0, n = 0; i < targets.length && n < clicks; i += step, n++) {
		// Read again what is under the point now, as the bench does: the
		// previous click's selection lays the rows out again, and a stale point
		// would hit another event or none (a click on nothing clears).
		const id = await eventAt(page, targets[i].at);
		if (id === null || !withPlace.has(id)) {
			log(`click ${n + 1}: no placed event under the point any more, skipped`);
			continue;
		}
		if (cpu) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
			await cdp.send('Profiler.start');
		}
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'] });
		const t = await timeClick(page, id, targets[i].at);
		const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
		const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')!;
		const onMain = trace.traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid);
		const down = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown');
		const from = down?.ts ?? 0;
		const list = longTasks(onMain).filter(({ task }) => task.ts + task.dur! >= from && (task.tdur ?? 0) > 200);
		// The main thread's CPU from the pointer going down to the probe's end: less sensitive to a busy machine than wall time.
		const busy = list.filter(({ task }) => task.ts <= from + t * 1000).reduce((a, { task }) => a + (task.tdur ?? task.dur!), 0) / 1000;
		if (Number.isFinite(t)) {
			walls.push(t);
			cpus.push(busy);
		}
		log(`click ${n + 1} (${id}): ${t.toFixed(1)} ms, main thread CPU ${busy.toFixed(1)} ms`);
		for (const { task, inside } of list) {
			const top = [...selfTimes(inside, true)].sort((a, b) => b[1] - a[1]).slice(0, 6);
			const events = [...new Set(inside.filter((e) => e.name === 'EventDispatch').map((e) => e.args?.data?.type))].join(',');
			log(`  +${ms(task.ts - from).padStart(6)} ${ms(task.tdur ?? task.dur!).padStart(5)} ms CPU ${events ? `[${events}] ` : ''}${top.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
			for (const [k, v] of selfTimes(inside, true)) sums.set(k, (sums.get(k) ?? 0) + v);
			// --steps: what the task did in order (style, layout, scripts, paint), each step over 0.15 ms.
			if (args.includes('--steps'))
				for (const e of inside.filter((e) => e !== task && (e.tdur ?? e.dur!) > 150))
					log(`      +${ms(e.ts - task.ts).padStart(5)} ${e.name} ${ms(e.tdur ?? e.dur!)}${e.name === 'UpdateLayoutTree' ? ' ' + JSON.stringify(e.args).slice(0, 300) : ''}`);
		}
		if (cpu) {
			const { profile } = (await cdp.send('Profiler.stop')) as {
				profile: { nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };
			};
			const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
			const parent = new Map<number, number>();
			for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
			// Only the samples the probe's time covers: from the pointer going down to its end.
			let clock = (profile as unknown as { startTime: number }).startTime;
			const stamps = profile.timeDeltas.map((dt) => (clock += dt));
			profile.samples.forEach((id, k) => {
				if (stamps[k] < from || stamps[k] > from + t * 1000) return;
				// Which task of the click: 0 the one running the click's handlers, then each after it.
				const clickTask = list.findIndex(({ inside }) => inside.some((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click'));
				const at = list.findIndex(({ task }) => stamps[k] >= task.ts && stamps[k] <= task.ts + task.dur!);
				const phase = at < 0 ? 'between' : `task ${at - clickTask}`;
				const seen = new Set<string>();
				for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
					const c = byNode.get(node)!.callFrame;
					const key = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber + 1}`;
					if (!c.url && c.functionName !== '(garbage collector)') continue;
					if (seen.has(key)) continue;
					seen.add(key);
					fns.set(key, (fns.get(key) ?? 0) + (profile.timeDeltas[k + 1] ?? 0));
					fns.set(`${phase} ${key}`, (fns.get(`${phase} ${key}`) ?? 0) + (profile.timeDeltas[k + 1] ?? 0));
				}
			});
		}
		await page.waitForTimeout(300);
	}
} finally {
	await browser.close();
	await server.stop();
}
log(`median: ${median(walls).toFixed(1)} ms wall, ${median(cpus).toFixed(1)} ms main thread CPU`);
log(`all clicks, CPU ms a click: ${[...sums].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${k} ${(v / 1000 / clicks).toFixed(2)}`).join(', ')}`);
if (cpu) for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 140)) log(`    ${k.padEnd(60)} ${(v / 1000 / clicks).toFixed(2)} ms a click`);
