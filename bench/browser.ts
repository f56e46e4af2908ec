/**
 * The `browser` member of `npm run bench`: the article page measured in
 * headless Chromium against the production build, on a synthetic fact file
 * of 5,000 events over 80 years, with vis-timeline drawing the same items in
 * the same browser run as the peer. The machine is shared and noisy, so every
 * figure is the median of several runs, and speed is read as the ratio to
 * the peer measured alongside.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { datedEvents, fullExtent } from '../src/lib/components/timeline-layout';
import { startBenchServer } from './browser-server';
import { syntheticArticle, type SyntheticArticle } from './synthetic-facts';
import { visItems, visRender } from './vis-harness';
import { scriptedZoom, timeSelection } from './browser-probes';

export interface BrowserBench {
	events: number;
	render_ms: number;
	vis_render_ms: number;
	ratio_vs_vis: number;
	page_ready_ms: number;
	zoom_p95_frame_ms: number;
	zoom_frames: number;
	select_ms: number;
	article_js_kb_gz: number;
	runs: number;
}

const VIEWPORT = { width: 1400, height: 900 };
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The window the URL names (`?t=start..end`, minute precision). */
export function windowParam(start: number, end: number): string {
	const f = (t: number) => new Date(t).toISOString().slice(0, 16);
	return `${f(start)}..${f(end)}`;
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
	const base = playwrightConfig.use?.launchOptions ?? {};
	return chromium.launch({ ...base, args: [...(base.args ?? []), ...extraArgs] });
}

/**
 * A page for the probes. tsx (esbuild) wraps named functions in `__name()`
 * calls, which Playwright serialises into the page along with them.
 */
export async function newPage(browser: Browser): Promise<Page> {
	const page = await browser.newPage({ viewport: VIEWPORT });
	await page.addInitScript('window.__name = (f) => f');
	return page;
}

/** One load of the article page: mount → drawn, and navigation → drawn. */
export async function renderOnce(browser: Browser, url: string): Promise<{ render: number; ready: number; plotWidth: number; plotHeight: number }> {
	const page = await newPage(browser);
	try {
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForFunction(() => performance.getEntriesByName('timeline:drawn').length > 0, null, { timeout: 120_000 });
		return await page.evaluate(() => {
			const init = performance.getEntriesByName('timeline:init')[0].startTime;
			const drawn = performance.getEntriesByName('timeline:drawn')[0].startTime;
			const plot = document.querySelector('[data-view="timeline"] .plot')!;
			return { render: drawn - init, ready: drawn, plotWidth: plot.clientWidth, plotHeight: Math.max(plot.clientHeight, 300) };
		});
	} finally {
		await page.close();
	}
}

async function visOnce(browser: Browser, items: ReturnType<typeof visItems>, win: { start: number; end: number }, size: { width: number; height: number }): Promise<number> {
	const page = await newPage(browser);
	try {
		await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0;font:12px sans-serif"><div id="vis" style="width:${size.width}px"></div></body>`);
		await page.addScriptTag({ content: readFileSync('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'utf8') });
		await page.evaluate('window.__name = (f) => f');
		return await page.evaluate(visRender, { items, start: win.start, end: win.end, height: size.height });
	} finally {
		await page.close();
	}
}

/** Gzipped size of every script the article page loads, including lazy chunks (Leaflet). */
async function articleJs(page: Page, url: string): Promise<number> {
	// The URLs the page loads, fetched again from the server afterwards: reading each body
	// through the browser (response.body()) failed now and then for the lazily imported
	// Leaflet chunk, so the figure read 98.9 KB in some runs and 141.6 in others.
	const scripts = new Set<string>();
	page.on('response', (r) => {
		const u = new URL(r.url());
		if (u.pathname.endsWith('.js') && r.status() === 200) scripts.add(u.href);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// The map imports Leaflet once it mounts: its chunk is part of what the page ships.
	await page.locator('.leaflet-container').first().waitFor();
	await page.waitForLoadState('networkidle');
	let bytes = 0;
	for (const href of scripts) bytes += gzipSync(Buffer.from(await (await fetch(href)).arrayBuffer())).length;
	return bytes / 1024;
}

export async function benchBrowser(log: (s: string) => void, { runs = 3, article = syntheticArticle() }: { runs?: number; article?: SyntheticArticle } = {}): Promise<BrowserBench> {
	const { dated } = datedEvents(article.facts.events);
	const full = fullExtent(dated)!;
	const server = await startBenchServer(article, log);
	const articleUrl = `${server.origin}/articles/${server.articleId}`;
	// Both draw the whole 80 years: the hardest view, and the same for both.
	const fullUrl = `${articleUrl}?t=${windowParam(full.start, full.end)}`;
	const items = visItems(dated);
	let browser: Browser | null = null;
	try {
		browser = await launch();
		const ours: number[] = [];
		const ready: number[] = [];
		const vis: number[] = [];
		await renderOnce(browser, fullUrl); // warm the server's caches and the browser's code cache
		for (let i = 0; i < runs; i++) {
			const r = await renderOnce(browser, fullUrl);
			ours.push(r.render);
			ready.push(r.ready);
			vis.push(await visOnce(browser, items, full, { width: r.plotWidth, height: r.plotHeight }));
			log(`render ${i + 1}/${runs}: ours ${r.render.toFixed(0)} ms (page ready ${r.ready.toFixed(0)} ms), vis-timeline ${vis[i].toFixed(0)} ms`);
		}

		const page = await newPage(browser);
		const js = await articleJs(page, fullUrl);
		await page.waitForFunction(() => performance.getEntriesByName('timeline:drawn').length > 0);
		const withPlace = new Set(article.facts.events.filter((e) => e.where).map((e) => e.id));
		const selects = await timeSelection(page, withPlace, runs + 2);
		log(`select: ${selects.map((s) => s.toFixed(0)).join(', ')} ms`);
		await page.close();
		await browser.close();

		// Frame times need frames that are not held to the display's 60 Hz:
		// with the limit off, the time between two frames is the work each took.
		browser = await launch(['--disable-frame-rate-limit', '--disable-gpu-vsync']);
		const zooms: { p95: number; frames: number }[] = [];
		for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
			const zp = await newPage(browser);
			await zp.goto(fullUrl);
			await zp.waitForFunction(() => performance.getEntriesByName('timeline:drawn').length > 0);
			zooms.push(await scriptedZoom(zp, full, Date.parse(`${article.dct}T12:00:00Z`) - 5 * 86_400_000));
			log(`zoom ${i + 1}: p95 frame ${zooms[i].p95.toFixed(1)} ms over ${zooms[i].frames} frames`);
			await zp.close();
		}

		const render_ms = median(ours);
		const vis_render_ms = median(vis);
		return {
			events: article.facts.events.length,
			render_ms: round(render_ms),
			vis_render_ms: round(vis_render_ms),
			ratio_vs_vis: round(render_ms / vis_render_ms, 3),
			page_ready_ms: round(median(ready)),
			zoom_p95_frame_ms: round(median(zooms.map((z) => z.p95))),
			zoom_frames: Math.round(median(zooms.map((z) => z.frames))),
			select_ms: round(median(selects)),
			article_js_kb_gz: round(js),
			runs
		};
	} finally {
		await browser?.close();
		await server.stop();
	}
}
