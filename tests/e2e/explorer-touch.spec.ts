import { expect, test, type Page } from '@playwright/test';
import { placeMarker } from './map-kit';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function openSample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page.locator('[data-view="map"] .leaflet-marker-icon[data-event-ids]').first()).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
}

const zoomOf = (page: Page) => Number(new URL(page.url()).searchParams.get('map')!.split(',')[2]);

test('on a phone, tapping a marker selects its events in the list and the text', async ({ page }) => {
	await openSample(page);
	// Pyongyang: at phone width, the fitted view merges it with its neighbours; a tap opens them.
	const marker = await placeMarker(page, 'Pyongyang', { tap: true });
	await marker.scrollIntoViewIfNeeded();
	const ids = (await marker.getAttribute('data-event-ids'))!.split(' ');
	await marker.tap();
	await expect(marker).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`[data-view="timeline"] ol [data-event-id="${ids[0]}"]`)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'quittait la gare de Pyongyang' }).first()).toHaveAttribute('aria-current', 'true');
});

test('on a phone, tapping a sentence selects its event in the list', async ({ page }) => {
	await openSample(page);
	const s = page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'quittait la gare de Pyongyang' }).first();
	await s.scrollIntoViewIfNeeded();
	await s.tap();
	await expect(s).toHaveAttribute('aria-current', 'true');
	await expect(page).toHaveURL(/[?&]event=/);
	const id = new URL(page.url()).searchParams.get('event')!;
	await expect(page.locator(`[data-view="timeline"] ol [data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
});

test('on a phone, two fingers spreading apart zoom the map in', async ({ page }) => {
	await openSample(page);
	const map = page.locator('[data-view="map"] .leaflet-container');
	await map.scrollIntoViewIfNeeded();
	await page.waitForTimeout(300);
	const box = (await map.boundingBox())!;
	const before = zoomOf(page);
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const cdp = await page.context().newCDPSession(page);
	const points = (d: number) => [
		{ x: cx - d, y: cy, id: 1 },
		{ x: cx + d, y: cy, id: 2 }
	];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(20) });
	for (let d = 25; d <= 120; d += 5) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(d) });
		await page.waitForTimeout(16);
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await expect.poll(() => zoomOf(page)).toBeGreaterThan(before + 1);
	// The pinch did not select anything.
	expect(new URL(page.url()).searchParams.has('event')).toBe(false);
});
