import { expect, test, type Page } from '@playwright/test';

const range = (page: Page) => page.locator('[data-view="timeline"] .range');
const windowParam = (page: Page) => new URL(page.url()).searchParams.get('t');

async function openSample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page.locator('[data-view="timeline"] svg.main [data-event-id]').filter({ visible: true }).first()).toBeVisible();
}

test('the timeline window lives in the URL: reload keeps it, back returns to the previous one', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await openSample(page);
	// The opening window is written first (replacing the entry).
	await expect.poll(() => windowParam(page)).not.toBeNull();
	const opening = windowParam(page);
	await page.getByRole('button', { name: 'All dates' }).click();
	await expect.poll(() => windowParam(page)).not.toBe(opening);
	const allDates = windowParam(page);
	const allRange = await range(page).textContent();

	await page.getByRole('button', { name: 'Main story' }).click();
	await expect.poll(() => windowParam(page)).not.toBe(allDates);
	const story = windowParam(page);
	await page.getByRole('button', { name: 'Zoom the timeline in' }).click();
	await expect.poll(() => windowParam(page)).not.toBe(story);
	const zoomed = windowParam(page);
	const zoomedRange = await range(page).textContent();

	await page.reload();
	await expect(page.locator('[data-view="timeline"] svg.main [data-event-id]').filter({ visible: true }).first()).toBeVisible();
	await expect(range(page)).toHaveText(zoomedRange!);
	expect(windowParam(page)).toBe(zoomed);

	await page.goBack();
	await expect(range(page)).not.toHaveText(zoomedRange!);
	await page.goBack();
	await expect.poll(() => windowParam(page)).toBe(allDates);
	await expect(range(page)).toHaveText(allRange!);
	await page.goForward();
	await page.goForward();
	await expect(range(page)).toHaveText(zoomedRange!);
});

test('a shared link opens on its window', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await openSample(page);
	const url = new URL(page.url());
	url.searchParams.set('t', '2023-09-11T00:00..2023-09-14T00:00');
	await page.goto(url.toString());
	await expect(range(page)).toHaveText('11 Sep 2023 – 14 Sep 2023');
});

test('zoom by keys: + and - on the focused timeline, 0 for all dates', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await openSample(page);
	await page.getByRole('button', { name: 'All dates' }).click();
	const all = await range(page).textContent();
	await page.locator('[data-view="timeline"] svg.main [data-event-id][tabindex="0"]').focus();
	await page.keyboard.press('+');
	await expect(range(page)).not.toHaveText(all!);
	await expect(page.locator('[data-view="timeline"] svg.main [data-event-id]:focus')).toHaveCount(1);
	await page.keyboard.press('0');
	await expect(range(page)).toHaveText(all!);
});

test('one spin of the wheel zooms the timeline, not the page, and is one step back', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await openSample(page);
	await expect.poll(() => windowParam(page)).not.toBeNull();
	const before = windowParam(page);
	const beforeRange = await range(page).textContent();
	// Five steps in one task: one gesture, whatever the machine's speed.
	const prevented = await page.locator('[data-view="timeline"] svg.main').evaluate((svg) => {
		const r = svg.getBoundingClientRect();
		const out: boolean[] = [];
		for (let i = 0; i < 5; i++)
			out.push(!svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, deltaMode: 0, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true })));
		return out;
	});
	expect(prevented).toEqual([true, true, true, true, true]);
	await expect(range(page)).not.toHaveText(beforeRange!);
	// Pushed once the wheel has rested: one entry for the whole spin.
	await expect.poll(() => windowParam(page)).not.toBe(before);
	const spun = windowParam(page);
	await page.goBack();
	await expect.poll(() => windowParam(page)).toBe(before);
	await expect(range(page)).toHaveText(beforeRange!);
	await page.goForward();
	await expect.poll(() => windowParam(page)).toBe(spun);
});

test('a long drag is one history entry, and back returns to the window from before it', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await openSample(page);
	// Wait for the opening window to be written, then for All dates to replace it: reading the URL
	// before that write lands would take the opening window for the one before the drag.
	await expect.poll(() => windowParam(page)).not.toBeNull();
	const opening = windowParam(page);
	await page.getByRole('button', { name: 'All dates' }).click();
	await expect.poll(() => windowParam(page)).not.toBe(opening);
	const before = windowParam(page);
	const beforeRange = await range(page).textContent();

	// A slow drag across the plot (over 700 ms): the window goes into the URL when it ends, not while it goes on.
	const box = (await page.locator('[data-view="timeline"] svg.main').boundingBox())!;
	const y = box.y + 10;
	await page.mouse.move(box.x + box.width * 0.7, y);
	await page.mouse.down();
	for (let i = 1; i <= 12; i++) {
		await page.mouse.move(box.x + box.width * (0.7 - i * 0.03), y);
		await page.waitForTimeout(60);
	}
	expect(windowParam(page)).toBe(before);
	await page.mouse.up();
	await expect.poll(() => windowParam(page)).not.toBe(before);
	const after = windowParam(page);

	await page.goBack();
	await expect.poll(() => windowParam(page)).toBe(before);
	await expect(range(page)).toHaveText(beforeRange!);
	await page.goForward();
	await expect.poll(() => windowParam(page)).toBe(after);
});
