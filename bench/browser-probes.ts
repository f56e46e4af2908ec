/**
 * What the browser benchmark does inside the article page: a scripted zoom
 * with its frame times, and clicks on events timed until all three views
 * show the selection. These functions run in the page (serialised by
 * Playwright), so each is self-contained.
 */
import type { Page } from '@playwright/test';

const p95 = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};

/**
 * Zooms the timeline from `full` down to one day around `target` with one
 * wheel event a frame, as a trackpad does, and times every frame.
 */
export async function scriptedZoom(page: Page, full: { start: number; end: number }, target: number, frames = 120): Promise<{ p95: number; frames: number; range: string }> {
	const out = await page.evaluate(
		async ({ start, end, target, frames }) => {
			const svg = document.querySelector('[data-view="timeline"] svg.main')!;
			const r = svg.getBoundingClientRect();
			// The view maps `full` onto the plot less its 12 px margins.
			const x = r.left + 12 + ((target - start) / (end - start)) * (r.width - 24);
			const doublings = Math.log2((end - start) / 86_400_000);
			// d3-zoom scales by 2^(-deltaY * 0.002) for pixel-mode wheel events.
			const deltaY = -doublings / frames / 0.002;
			const stamps: number[] = [];
			for (let i = 0; i < frames; i++) {
				svg.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, clientX: x, clientY: r.top + 30, bubbles: true, cancelable: true }));
				stamps.push(await new Promise<number>((res) => requestAnimationFrame(res)));
			}
			stamps.push(await new Promise<number>((res) => requestAnimationFrame(res)));
			const durations = stamps.slice(1).map((t, i) => t - stamps[i]);
			return { durations, range: document.querySelector('[data-view="timeline"] .range')?.textContent ?? '' };
		},
		{ start: full.start, end: full.end, target, frames }
	);
	return { p95: p95(out.durations), frames: out.durations.length, range: out.range };
}

/**
 * Clicks `count` events drawn on the timeline (among `candidates`, those
 * with a place, so that the map has something to show) and times each from
 * the pointer going down to the first frame painted after the timeline, the
 * text and the map all show it as selected.
 */
export async function timeSelection(page: Page, candidates: ReadonlySet<string>, count: number): Promise<number[]> {
	const drawn = await page.locator('[data-view="timeline"] svg.main [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
	const ids = drawn.filter((id) => candidates.has(id));
	const step = Math.max(1, Math.floor(ids.length / count));
	const times: number[] = [];
	for (let i = 0; i < ids.length && times.length < count; i += step) {
		const id = ids[i];
		const target = page.locator(`[data-view="timeline"] svg.main [data-event-id="${id}"] .mark`);
		if ((await target.count()) === 0) continue;
		await page.evaluate((id) => {
			const w = window as unknown as { selectProbe?: Promise<number> };
			w.selectProbe = new Promise<number>((resolve) => {
				document.addEventListener(
					'pointerdown',
					async (e) => {
						const t0 = e.timeStamp;
						const done = () =>
							document.querySelector(`[data-view="timeline"] svg.main [data-event-id="${id}"][aria-current="true"]`) &&
							document.querySelector('[data-view="text"] .sentence[aria-current="true"]') &&
							document.querySelector('[data-view="map"] [aria-current="true"]');
						const deadline = performance.now() + 10_000;
						while (!done() && performance.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
						await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
						resolve(done() ? performance.now() - t0 : NaN);
					},
					{ capture: true, once: true }
				);
			});
		}, id);
		try {
			await target.click({ timeout: 5000 });
		} catch {
			continue;
		}
		const ms = await page.evaluate(() => (window as unknown as { selectProbe: Promise<number> }).selectProbe);
		if (Number.isFinite(ms)) times.push(ms);
	}
	if (times.length === 0) throw new Error('No event on the timeline could be clicked and seen selected in all three views.');
	return times;
}
