import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function openSample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page).toHaveURL(/\/articles\/[^/?]+/);
	await expect(page.locator('[data-view="timeline"] ol [data-event-id]').filter({ visible: true }).first()).toBeVisible();
}

test('on a phone: one column, a vertical list of events, then the map, then the text', async ({ page }) => {
	await openSample(page);
	const box = async (v: string) => (await page.locator(`[data-view="${v}"]`).boundingBox())!;
	const [list, map, text] = [await box('timeline'), await box('map'), await box('text')];
	expect(list.y).toBeLessThan(map.y);
	expect(map.y).toBeLessThan(text.y);
	for (const b of [list, map, text]) {
		expect(b.x).toBeLessThan(40);
		expect(b.width).toBeGreaterThan(300);
		expect(b.x + b.width).toBeLessThanOrEqual(390);
	}
	// The page does not scroll sideways.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	// The list is in time order: 1948 comes first, items say when and where.
	const items = page.locator('[data-view="timeline"] ol [data-event-id]');
	expect(await items.count()).toBeGreaterThan(5);
	await expect(items.first()).toContainText('1948');
	// No SVG timeline duplicates the ids on a phone.
	await expect(page.locator('[data-view="timeline"] svg [data-event-id]')).toHaveCount(0);
});

test('on a phone, tapping an event in the list highlights its sentence and marker', async ({ page }) => {
	await openSample(page);
	const item = page.locator('[data-view="timeline"] ol [data-event-id]', { hasText: 'quittait la gare de Pyongyang' }).first();
	const id = (await item.getAttribute('data-event-id'))!;
	await item.tap();
	await expect(item).toHaveAttribute('aria-current', 'true');
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
	const sentence = page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'quittait la gare de Pyongyang' }).first();
	await expect(sentence).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`[data-view="map"] [data-event-ids~="${id}"]`).first()).toHaveAttribute('aria-current', 'true');
	// And back: tapping a sentence selects in the list.
	const other = page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'Forum économique oriental' }).first();
	await other.tap();
	await expect(other).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('[data-view="timeline"] ol [data-event-id][aria-current="true"]').first()).toBeAttached();
});

test('on a phone, the list works by keyboard: arrows step, Enter selects', async ({ page }) => {
	await openSample(page);
	const items = page.locator('[data-view="timeline"] ol [data-event-id]');
	await expect(page.locator('[data-view="timeline"] ol [data-event-id][tabindex="0"]')).toHaveCount(1);
	await items.first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(items.nth(1)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('Escape');
	await expect(items.nth(1)).not.toHaveAttribute('aria-current', 'true');
});
