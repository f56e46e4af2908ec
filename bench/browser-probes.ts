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

/** A point in the page (CSS pixels from the viewport's top left). */
export interface Point {
	x: number;
	y: number;
}

/**
 * A point on every event mark drawn on the timeline and in sight, left to
 * right: the middle of a component's mark, and for a mark drawn as a path
 * segment (timeline-mark-layers.ts: the bare marks of a dense window, no
 * elements of their own), a point inside its shape read from the path (a
 * circle's centre, a little inside a band's top left corner). Where a reader
 * would put the pointer to click that event.
 */
export async function markPoints(page: Page): Promise<Point[]> {
	return page.evaluate(() => {
		const svg = document.querySelector('[data-view="timeline"] svg.main')!;
		const view = svg.closest('.plot')!.getBoundingClientRect();
		const out: { x: number; y: number }[] = [];
		for (const m of svg.querySelectorAll('[data-event-id] .mark')) {
			const r = m.getBoundingClientRect();
			out.push({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
		}
		for (const path of svg.querySelectorAll<SVGPathElement>('.bare-marks path')) {
			const ctm = path.getScreenCTM()!;
			// Each subpath starts on its shape's outline: a circle at 3 o'clock (radius 6), a band at its top edge.
			for (const [, x, y, next] of (path.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)([A-Za-z])/g)) {
				const inside = next === 'A' ? { x: Number(x) - 6, y: Number(y) } : { x: Number(x) + 1, y: Number(y) + 6 };
				const p = new DOMPoint(inside.x, inside.y).matrixTransform(ctm);
				out.push({ x: p.x, y: p.y });
			}
		}
		const seen = (p: { x: number; y: number }) => p.x >= view.left && p.x <= view.right && p.y >= view.top && p.y <= view.bottom && p.y <= window.innerHeight;
		return out.filter(seen).sort((a, b) => a.x - b.x || a.y - b.y);
	});
}

/** The event whose mark is under the pointer put at `at` (the page hovers it), or null; the pointer then leaves. */
export async function eventAt(page: Page, at: Point): Promise<string | null> {
	await page.mouse.move(at.x, at.y);
	const id = await page.evaluate(async ({ x, y }) => {
		// A mark drawn as a path becomes a component when hovered: read it once drawn.
		await new Promise((r) => requestAnimationFrame(r));
		return document.elementFromPoint(x, y)?.closest('[data-view="timeline"] [data-event-id]')?.getAttribute('data-event-id') ?? null;
	}, at);
	await page.mouse.move(0, 0);
	return id;
}

/**
 * Clicks at `at` (the mark of event `id`), as a reader does: the pointer
 * moves there, goes down and up. Times it from the pointer going down to
 * the first frame painted after the timeline, the text and the map all show
 * event `id` as selected (NaN if they do not within 10 s).
 */
export async function timeClick(page: Page, id: string, at: Point): Promise<number> {
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
	await page.mouse.click(at.x, at.y);
	return page.evaluate(() => (window as unknown as { selectProbe: Promise<number> }).selectProbe);
}

/**
 * Clicks `count` events drawn on the timeline (among `candidates`, those
 * with a place, so that the map has something to show), spread across the
 * marks in sight, and times each (timeClick). Each mark is found by where it
 * is drawn and the event under it read by hovering it, whether it is a
 * component or a path segment: a real click on the mark either way.
 */
export async function timeSelection(page: Page, candidates: ReadonlySet<string>, count: number): Promise<number[]> {
	const points = await markPoints(page);
	const step = Math.max(1, Math.floor(points.length / count));
	const times: number[] = [];
	for (let i = 0; i < points.length && times.length < count; i += step) {
		// The first mark of this stretch whose event is a candidate.
		for (let j = i; j < Math.min(points.length, i + step); j++) {
			const id = await eventAt(page, points[j]);
			if (id === null || !candidates.has(id)) continue;
			const ms = await timeClick(page, id, points[j]);
			if (Number.isFinite(ms)) times.push(ms);
			break;
		}
	}
	if (times.length === 0) throw new Error('No event on the timeline could be clicked and seen selected in all three views.');
	return times;
}
