import { expect, test, type Locator, type Page } from '@playwright/test';

const timeline = (page: Page) => page.locator('[data-view="timeline"]');
const plot = (page: Page) => timeline(page).locator('svg.main');
const lanesParam = (page: Page) => new URL(page.url()).searchParams.get('lanes');
/** A drawn event by the start of its label (its accessible name). */
const event = (page: Page, label: string) => plot(page).locator(`[data-event-id][aria-label^="${label}"]`);

async function openSample(page: Page) {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(plot(page).locator('[data-event-id]').filter({ visible: true }).first()).toBeVisible();
}

/** Vertical middle of an element on screen. */
async function midY(l: Locator): Promise<number> {
	const b = (await l.boundingBox())!;
	return b.y + b.height / 2;
}

/** Top and bottom of a lane, from its background strip. */
async function laneSpan(page: Page, key: string): Promise<[number, number]> {
	const b = (await plot(page).locator(`[data-lane-head="${key}"] rect`).boundingBox())!;
	return [b.y, b.y + b.height];
}

test('the sample opens with the story apart from its background history', async ({ page }) => {
	await openSample(page);
	await expect(plot(page)).toHaveAttribute('data-lanes', 'story');
	await expect(timeline(page).getByRole('radio', { name: 'Story / background' })).toBeChecked();
	// Chosen automatically: nothing in the URL until the reader picks.
	expect(lanesParam(page)).toBeNull();

	await page.getByRole('button', { name: 'All dates' }).click();
	const founding = event(page, 'La fondation de la Corée du Nord');
	const lastTrip = event(page, 'Sa dernière visite à l’étranger');
	await expect(founding).toHaveAttribute('data-lane', 'background');
	await expect(lastTrip).toHaveAttribute('data-lane', 'background');

	await page.getByRole('button', { name: 'Main story' }).click();
	await expect(plot(page).locator('[data-lane-head="background"]')).toHaveText(/none in this window/);
	const leaves = event(page, 'Kim quittait la gare de Pyongyang');
	await expect(leaves).toHaveAttribute('data-lane', 'story');
	// Every event of the trip on show is in the story lane, drawn inside it.
	const trip = plot(page).locator('[data-event-id][aria-label*="Sept 2023"]');
	expect(await trip.count()).toBeGreaterThan(3);
	for (const lane of await trip.evaluateAll((els) => els.map((e) => e.getAttribute('data-lane')))) expect(lane).toBe('story');
	const [top, bottom] = await laneSpan(page, 'story');
	const y = await midY(leaves.locator('.mark'));
	expect(y).toBeGreaterThan(top);
	expect(y).toBeLessThan(bottom);

	await page.getByRole('button', { name: 'All dates' }).click();
	// Background above the story, as it comes first in time.
	const [bgTop, bgBottom] = await laneSpan(page, 'background');
	expect(bgBottom).toBeLessThanOrEqual((await laneSpan(page, 'story'))[0] + 1);
	const fy = await midY(founding.locator('.mark'));
	expect(fy).toBeGreaterThan(bgTop);
	expect(fy).toBeLessThan(bgBottom);
});

test('lanes switch by mouse, survive a reload through the URL, and back returns', async ({ page }) => {
	await openSample(page);
	await timeline(page).getByRole('radio', { name: 'Status' }).check();
	await expect(plot(page)).toHaveAttribute('data-lanes', 'status');
	await expect.poll(() => lanesParam(page)).toBe('status');
	await expect(plot(page).locator('[data-lane-head]')).toHaveText([/^Happened/, /^Reported/, /^Planned/, /^Hypothetical/, /^Did not happen/]);
	await expect(event(page, 'Kim rencontrera Poutine')).toHaveAttribute('data-lane', 'planned');

	await page.reload();
	await expect(plot(page)).toHaveAttribute('data-lanes', 'status');
	await expect(timeline(page).getByRole('radio', { name: 'Status' })).toBeChecked();

	await timeline(page).getByRole('radio', { name: 'None' }).check();
	await expect(plot(page)).toHaveAttribute('data-lanes', 'none');
	await expect(plot(page).locator('[data-lane-head]')).toHaveCount(0);
	await page.goBack();
	await expect(plot(page)).toHaveAttribute('data-lanes', 'status');
	await expect(timeline(page).getByRole('radio', { name: 'Status' })).toBeChecked();
});

test('lanes switch by keyboard: arrow keys move through the choices', async ({ page }) => {
	await openSample(page);
	const chosen = timeline(page).getByRole('radio', { name: 'Story / background' });
	await chosen.focus();
	await page.keyboard.press('ArrowRight');
	await expect(timeline(page).getByRole('radio', { name: 'Status' })).toBeFocused();
	await expect(plot(page)).toHaveAttribute('data-lanes', 'status');
	await expect.poll(() => lanesParam(page)).toBe('status');
	await page.keyboard.press('ArrowRight');
	await expect(plot(page)).toHaveAttribute('data-lanes', 'none');
	await expect.poll(() => lanesParam(page)).toBe('none');
});

test('a date at the start of a year is drawn as its first half with a soft end', async ({ page }) => {
	await openSample(page);
	await page.getByRole('button', { name: 'All dates' }).click();
	// `au début de l'année dernière` (TIMEX3 2022, mod START).
	const invasion = event(page, 'Son invasion de l’Ukraine');
	await expect(invasion).toHaveAttribute('aria-label', /early 2022/);
	const mark = invasion.locator('.mark');
	await expect(mark).toHaveAttribute('data-soft', 'end');
	await expect(mark).toHaveAttribute('mask', 'url(#timeline-soft-end)');
	await expect(plot(page).locator('mask#timeline-soft-end')).toBeAttached();
	// Half of a year, beside a whole year drawn without a soft edge.
	const year = event(page, 'Sa dernière visite à l’étranger').locator('.mark');
	await expect(year).not.toHaveAttribute('data-soft');
	await page.getByRole('button', { name: 'Zoom the timeline in' }).click();
	await page.getByRole('button', { name: 'Zoom the timeline in' }).click();
	// Centre on 2021: both bands in view at a zoom where a year is wide.
	const ov = (await timeline(page).locator('svg.overview').boundingBox())!;
	const [lo, hi] = [Date.UTC(1948, 0, 1), Date.UTC(2023, 8, 18)];
	const span = hi - lo;
	const x0 = ov.x + 12 + ((Date.UTC(2021, 0, 1) - (lo - span * 0.04)) / (span * 1.08)) * (ov.width - 24);
	await page.mouse.click(x0, ov.y + ov.height / 2);
	const half = (await mark.boundingBox())!.width;
	const whole = (await year.boundingBox())!.width;
	expect(half / whole).toBeGreaterThan(0.4);
	expect(half / whole).toBeLessThan(0.6);
});
