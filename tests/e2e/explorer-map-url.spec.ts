import { expect, test, type Page } from '@playwright/test';
import { placeMarker } from './map-kit';

test.use({ viewport: { width: 1400, height: 900 } });

const mapParam = (page: Page) => new URL(page.url()).searchParams.get('map');

async function openSample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page.locator('[data-view="map"] .leaflet-marker-icon[data-event-ids]').first()).toBeVisible();
	// The map fits the story and writes that view in place (no new entry).
	await expect.poll(() => mapParam(page)).toMatch(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/);
	// The layout may still settle (a scroll bar, the timeline's height) and
	// the map follow its new size: wait until the written view stays put.
	let last = mapParam(page);
	for (let i = 0; i < 10; i++) {
		await page.waitForTimeout(600);
		if (mapParam(page) === last) break;
		last = mapParam(page);
	}
}

const vladivostok = (page: Page) => page.locator('[data-view="map"] .leaflet-marker-icon[aria-label*="Vladivostok"]').first();

async function markerAt(page: Page) {
	const box = (await vladivostok(page).boundingBox())!;
	return { x: Math.round(box.x), y: Math.round(box.y) };
}

async function dragMap(page: Page, dx: number, dy: number) {
	const box = (await page.locator('[data-view="map"] .leaflet-container').boundingBox())!;
	// Start on open sea, away from markers and controls.
	const x = box.x + box.width - 60;
	const y = box.y + 60;
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
	await page.mouse.up();
}

test('panning and zooming are kept in ?map=, a reload restores the view, back returns to the previous one', async ({ page }) => {
	await openSample(page);
	const fitted = mapParam(page)!;
	const historyAtStart = await page.evaluate(() => history.length);

	await dragMap(page, -150, 80);
	await expect.poll(() => mapParam(page)).not.toBe(fitted);
	const panned = mapParam(page)!;
	const pannedMarker = await markerAt(page);
	// One settled gesture, one history entry.
	expect(await page.evaluate(() => history.length)).toBe(historyAtStart + 1);
	// A pause, as a reader makes between two gestures: steps closer together
	// than the map's coalescing window (1 s) count as one gesture.
	await page.waitForTimeout(1100);

	const map = (await page.locator('[data-view="map"] .leaflet-container').boundingBox())!;
	await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
	await page.mouse.wheel(0, -400);
	await expect.poll(() => mapParam(page)).not.toBe(panned);
	await page.waitForTimeout(1200);
	const zoomed = mapParam(page)!;
	expect(Number(zoomed.split(',')[2])).toBeGreaterThan(Number(panned.split(',')[2]));
	const zoomedMarker = await markerAt(page);

	await page.reload();
	await expect(vladivostok(page)).toBeVisible();
	await page.waitForTimeout(800);
	// The link's view wins over fitting the story.
	expect(mapParam(page)).toBe(zoomed);
	const restored = await markerAt(page);
	expect(Math.abs(restored.x - zoomedMarker.x)).toBeLessThanOrEqual(3);
	expect(Math.abs(restored.y - zoomedMarker.y)).toBeLessThanOrEqual(3);

	await page.goBack();
	await expect.poll(() => mapParam(page)).toBe(panned);
	await expect.poll(async () => Math.abs((await markerAt(page)).x - pannedMarker.x)).toBeLessThanOrEqual(3);
	expect(Math.abs((await markerAt(page)).y - pannedMarker.y)).toBeLessThanOrEqual(3);

	await page.goBack();
	await expect.poll(() => mapParam(page)).toBe(fitted);
});

test('a shared link with ?map= and ?event= opens on that view and that selection', async ({ page }) => {
	await openSample(page);
	const marker = await placeMarker(page, 'Vladivostok');
	const id = (await marker.getAttribute('data-event-ids'))!.split(' ')[0];
	const url = new URL(page.url());
	url.searchParams.set('map', '43.1,131.9,7');
	url.searchParams.set('event', id);
	await page.goto(url.toString());
	await expect(vladivostok(page)).toHaveAttribute('aria-current', 'true');
	await page.waitForTimeout(800);
	expect(mapParam(page)).toBe('43.1,131.9,7');
	// Vladivostok (43.12, 131.89) is at the centre of the map.
	const box = (await page.locator('[data-view="map"] .leaflet-container').boundingBox())!;
	const m = (await vladivostok(page).boundingBox())!;
	expect(Math.abs(m.x + m.width / 2 - (box.x + box.width / 2))).toBeLessThan(20);
	expect(Math.abs(m.y + m.height / 2 - (box.y + box.height / 2))).toBeLessThan(20);
});

test('a broken ?map= is ignored: the map fits the story', async ({ page }) => {
	await openSample(page);
	const fitted = mapParam(page);
	const url = new URL(page.url());
	url.searchParams.set('map', 'not,a,view');
	await page.goto(url.toString());
	await expect.poll(() => mapParam(page)).toBe(fitted);
});

test('selecting a place out of view brings it into view, and back returns to the view before', async ({ page }) => {
	await openSample(page);
	const url = new URL(page.url());
	// Far away, zoomed in: over the Atlantic.
	url.searchParams.set('map', '30,-40,6');
	await page.goto(url.toString());
	await page.waitForTimeout(800);
	await page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'Forum économique oriental' }).first().click();
	await expect(vladivostok(page)).toHaveAttribute('aria-current', 'true');
	await expect(vladivostok(page)).toBeInViewport();
	await expect.poll(() => mapParam(page)).not.toBe('30,-40,6');
	await page.goBack();
	await expect.poll(() => mapParam(page)).toBe('30,-40,6');
	await expect(vladivostok(page)).not.toHaveAttribute('aria-current', 'true');
});
