import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1400, height: 900 } });

test('countries are drawn as highlighted shapes, matched by ISO code, not pins', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	const russia = page.locator('[data-view="map"] path[data-iso="RU"]');
	await expect(russia).toBeAttached();
	await expect(russia).toHaveAttribute('aria-label', /Russie/);
	await expect(page.locator('[data-view="map"] path[data-iso="KP"]')).toHaveAttribute('aria-label', /Corée du Nord/);
	// No pin stands for a whole country any more.
	await expect(page.locator('[data-view="map"] .leaflet-marker-icon[data-place-kind="country"]')).toHaveCount(0);
	// Selecting the area by keyboard selects its events everywhere.
	const ids = (await russia.getAttribute('data-event-ids'))!.split(' ');
	await russia.focus();
	await expect(russia).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(russia).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`[data-view="timeline"] [data-event-id="${ids[0]}"]`)).toHaveAttribute('aria-current', 'true');
	expect(await russia.evaluate((el) => el.getAttribute('fill'))).toBe('#fbbf24');
});
