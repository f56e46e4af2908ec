import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1400, height: 900 } });

async function openSample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page.locator('[data-view="map"] .leaflet-marker-icon[data-event-ids]').first()).toBeVisible();
}

const sentence = (page: Page, needle: string) => page.locator('[data-view="text"] [data-sentence-index]', { hasText: needle }).first();
const marker = (page: Page, name: string) => page.locator(`[data-view="map"] .leaflet-marker-icon[aria-label*="${name}"]`).first();

test('hovering a sentence previews its place on the map, without selecting it', async ({ page }) => {
	await openSample(page);
	const pyongyang = marker(page, 'Pyongyang');
	await expect(pyongyang).not.toHaveClass(/fl-hovered/);
	await sentence(page, 'quittait la gare de Pyongyang').hover();
	await expect(pyongyang).toHaveClass(/fl-hovered/);
	await expect(pyongyang).not.toHaveAttribute('aria-current', 'true');
	expect(new URL(page.url()).searchParams.has('event')).toBe(false);
	// Leaving ends the preview.
	await page.locator('h1').hover();
	await expect(pyongyang).not.toHaveClass(/fl-hovered/);
});

test('hovering or focusing a marker previews every sentence of its events', async ({ page }) => {
	await openSample(page);
	const vlad = marker(page, 'Vladivostok');
	await vlad.hover();
	const forum = sentence(page, 'Forum économique oriental');
	await expect(forum).toHaveClass(/hovered/);
	await expect(forum).not.toHaveAttribute('aria-current', 'true');
	await page.locator('h1').hover();
	await expect(forum).not.toHaveClass(/hovered/);
	await vlad.focus();
	await expect(forum).toHaveClass(/hovered/);
});

test('a preview looks unlike a selection', async ({ page }) => {
	await openSample(page);
	const forum = sentence(page, 'Forum économique oriental');
	await marker(page, 'Vladivostok').hover();
	await expect(forum).toHaveClass(/hovered/);
	const preview = await forum.evaluate((el) => getComputedStyle(el).backgroundColor + '|' + getComputedStyle(el).boxShadow);
	await forum.click();
	await page.locator('h1').hover();
	await expect(forum).toHaveAttribute('aria-current', 'true');
	const selected = await forum.evaluate((el) => getComputedStyle(el).backgroundColor + '|' + getComputedStyle(el).boxShadow);
	expect(selected).not.toBe(preview);
});

test('hovering a date shows how it was read, in a tooltip tied to the mark', async ({ page }) => {
	await openSample(page);
	const mardi = page.locator('[data-view="text"] [data-mark="timex"]', { hasText: /^mardi$/ }).first();
	await mardi.hover();
	const tip = page.locator('[data-view="text"] [role="tooltip"]');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('mardi');
	await expect(tip).toContainText('Tuesday, 12 September 2023');
	await expect(tip).toContainText(/publication date/);
	await expect(mardi).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
	await page.locator('h1').hover();
	await expect(tip).toHaveCount(0);
});

test('hovering a place shows its name, kind, confidence and gazetteer id', async ({ page }) => {
	await openSample(page);
	const place = page.locator('[data-view="text"] [data-mark="place"]', { hasText: /Vladivostok/ }).first();
	await place.hover();
	const tip = page.locator('[data-view="text"] [role="tooltip"]');
	await expect(tip).toContainText('Vladivostok');
	await expect(tip).toContainText(/city in RU/);
	await expect(tip).toContainText(/\d+ % sure/);
	await expect(tip).toContainText(/gazetteer: geonames:\d+/);
});

test('the readings are reachable by keyboard: a focused sentence describes its marks; Escape hides them', async ({ page }) => {
	await openSample(page);
	const s = sentence(page, 'quittait la gare de Pyongyang');
	await s.focus();
	const tip = page.locator('[data-view="text"] [role="tooltip"]');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Pyongyang');
	await expect(s).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
	await page.keyboard.press('Escape');
	await expect(tip).toHaveCount(0);
});
