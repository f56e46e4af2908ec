import { expect, test } from '@playwright/test';
import { placeMarker } from './map-kit';

test.use({ viewport: { width: 1400, height: 900 } });

test('regions are drawn as labelled approximate areas, never as a pin', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	const primorye = page.locator('[data-view="map"] path[data-gazetteer-id="curated:primorye"]');
	await expect(primorye).toBeAttached();
	await expect(primorye).toHaveAttribute('data-approximate', 'true');
	await expect(primorye).toHaveAttribute('aria-label', /Primori.*approximate area/);
	// Its label says it is approximate.
	const label = page.locator('[data-view="map"] .fl-approx-label', { hasText: /≈ .*Primori/ });
	await expect(label).toBeAttached();
	// No marker stands for a region.
	await expect(page.locator('[data-view="map"] .leaflet-marker-icon[data-place-kind="region"]')).toHaveCount(0);
	// Vladivostok is still a city marker of its own, beside the area (once
	// the cluster it shares with Pyongyang at the story's zoom is opened).
	await expect(await placeMarker(page, 'Vladivostok')).toHaveAttribute('data-place-kind', 'city');
	// Zoomed in that far, the label has room among its neighbours' (see map-labels.spec.ts).
	await expect(label).toBeVisible();

	const ids = (await primorye.getAttribute('data-event-ids'))!.split(' ');
	await primorye.focus();
	await page.keyboard.press('Enter');
	await expect(primorye).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`[data-view="text"] [data-sentence-index][aria-current="true"]`).first()).toBeAttached();
	await expect.poll(() => new URL(page.url()).searchParams.getAll('event')).toEqual(ids);
});

test('the region extents are served prerendered and sized from what the gazetteer knows', async ({ request }) => {
	const { regions } = await (await request.get('/basemap/regions.json')).json();
	const primorye = regions['curated:primorye'];
	const farEast = regions['curated:extreme-orient-russe'];
	expect(primorye.radiusKm).toBeGreaterThan(100);
	expect(farEast.radiusKm).toBeGreaterThan(primorye.radiusKm * 3);
	expect(Object.keys(regions).length).toBeGreaterThan(50);
});
