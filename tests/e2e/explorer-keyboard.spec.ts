import { expect, test } from '@playwright/test';
import { placeMarker } from './map-kit';

test.use({ viewport: { width: 1400, height: 900 } });

test('by keyboard on the map: a marker takes focus visibly, Enter selects, Escape clears and focus stays', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	const marker = await placeMarker(page, 'Vladivostok');
	await marker.focus();
	// Arrive by keys, as a keyboard user does, so that :focus-visible applies.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(marker).toBeFocused();
	// Focus is visible: an outline, not only a colour.
	expect(await marker.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
	// Focus previews the marker's sentences, like hovering.
	const forum = page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'Forum économique oriental' }).first();
	await expect(forum).toHaveClass(/hovered/);
	await page.keyboard.press('Enter');
	await expect(marker).toHaveAttribute('aria-current', 'true');
	await expect(forum).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('Escape');
	await expect(marker).not.toHaveAttribute('aria-current', 'true');
	await expect(marker).toBeFocused();
});

test('by keyboard in the text: a focused sentence previews its place, Enter selects it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	const s = page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'quittait la gare de Pyongyang' }).first();
	const pyongyang = page.locator('[data-view="map"] .leaflet-marker-icon[aria-label*="Pyongyang"]').first();
	await expect(pyongyang).toBeVisible();
	await s.focus();
	await expect(pyongyang).toHaveClass(/fl-hovered/);
	await page.keyboard.press('Enter');
	await expect(pyongyang).toHaveAttribute('aria-current', 'true');
	await expect(s).toBeFocused();
});
