import { expect, test, type CDPSession, type Page } from '@playwright/test';

// The narrowest width that still shows the drawn timeline (below 768 px the
// page lists the events instead), on a touch screen.
test.use({ viewport: { width: 780, height: 1000 }, hasTouch: true, isMobile: true });

type Point = { x: number; y: number };

/** Real touch input through Chromium's input pipeline, finger by finger. */
async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
	await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
}

async function gesture(page: Page, from: Point[], to: Point[], steps = 8) {
	const cdp = await page.context().newCDPSession(page);
	await touch(cdp, 'touchStart', from);
	for (let i = 1; i <= steps; i++) {
		const at = from.map((p, k) => ({ x: p.x + ((to[k].x - p.x) * i) / steps, y: p.y + ((to[k].y - p.y) * i) / steps }));
		await touch(cdp, 'touchMove', at);
	}
	await touch(cdp, 'touchEnd', []);
}

/** The visible window, in ms since the epoch, from the URL the timeline writes. */
async function windowOf(page: Page): Promise<[number, number]> {
	await expect.poll(() => new URL(page.url()).searchParams.get('t')).not.toBeNull();
	const [a, b] = new URL(page.url()).searchParams.get('t')!.split('..');
	return [Date.parse(a + 'Z'), Date.parse(b + 'Z')];
}

test('drag pans and pinch zooms the timeline by touch', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	const svg = page.locator('[data-view="timeline"] svg.main');
	await expect(svg.locator('[data-event-id]').filter({ visible: true }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Main story' }).tap();
	const before = await windowOf(page);
	const box = (await svg.boundingBox())!;
	const y = box.y + Math.min(box.height / 2, 40);
	const mid = box.x + box.width / 2;

	// One finger dragged right: the window moves earlier, same width.
	await gesture(page, [{ x: mid - 100, y }], [{ x: mid + 100, y }]);
	await expect.poll(async () => (await windowOf(page))[0]).toBeLessThan(before[0]);
	const panned = await windowOf(page);
	expect(Math.abs(panned[1] - panned[0] - (before[1] - before[0]))).toBeLessThan((before[1] - before[0]) * 0.01);

	// Two fingers spread apart: the window narrows.
	await gesture(page, [{ x: mid - 40, y }, { x: mid + 40, y }], [{ x: mid - 160, y }, { x: mid + 160, y }]);
	await expect.poll(async () => { const w = await windowOf(page); return w[1] - w[0]; }).toBeLessThan((panned[1] - panned[0]) * 0.6);
});
