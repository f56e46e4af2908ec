import { expect, test, type Page } from '@playwright/test';
import { placeMarker } from './map-kit';

/** Opens the sample article from the library, as a newcomer would. */
async function openSample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page).toHaveURL(/\/articles\/[^/?]+/);
	await expect(page.locator('[data-view="map"] [data-event-ids]').first()).toBeVisible();
}

const sentence = (page: Page, needle: string) => page.locator('[data-sentence-index]', { hasText: needle }).first();

test('the sample article shows text, timeline and map side by side', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await openSample(page);
	for (const view of ['text', 'timeline', 'map']) await expect(page.locator(`[data-view="${view}"]`)).toBeVisible();
	// The three views share the width on a desktop screen.
	const boxes = await Promise.all(
		['text', 'map'].map((v) => page.locator(`[data-view="${v}"]`).boundingBox())
	);
	expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + 100);
	// The map, its trip legend and its attribution stay inside their panel.
	const map = await page.locator('[data-view="map"] .map-wrap').boundingBox();
	expect(map!.y + map!.height).toBeLessThanOrEqual(boxes[1]!.y + boxes[1]!.height);

	expect(await page.locator('[data-view="timeline"] [data-event-id]').count()).toBeGreaterThan(5);
	// Pyongyang, Primorye and Vladivostok are on the map.
	const markerNames = await page.locator('[data-view="map"] [data-event-ids]').evaluateAll((els) =>
		els.map((el) => el.getAttribute('aria-label') ?? '')
	);
	// Primorye may be named as the gazetteer spells it in French (Primorié).
	for (const place of [/Pyongyang/, /Primori(e|é|ye)/, /Vladivostok/]) {
		expect(markerNames.join(' | ')).toMatch(place);
	}
	await page.screenshot({ path: 'docs/screenshot.png' });
});

test('clicking a sentence selects its event on the timeline and the map', async ({ page }) => {
	await openSample(page);
	const departure = sentence(page, 'quittait la gare de Pyongyang');
	await departure.click();
	await expect(departure).toHaveAttribute('aria-current', 'true');
	await expect(page).toHaveURL(/[?&]event=/);
	const id = new URL(page.url()).searchParams.get('event')!;
	await expect(page.locator(`[data-view="timeline"] [data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
	const marker = page.locator(`[data-view="map"] [data-event-ids~="${id}"]`);
	await expect(marker).toHaveAttribute('aria-current', 'true');
	await expect(marker).toHaveAttribute('aria-label', /Pyongyang/);
});

test('clicking a timeline event highlights its sentence and marker', async ({ page }) => {
	await openSample(page);
	// The departure: the timeline opens on the days of the trip.
	const event = page.locator('[data-view="timeline"] svg [data-event-id]', { hasText: 'quittait la gare' }).first();
	const id = (await event.getAttribute('data-event-id'))!;
	await event.click();
	await expect(event).toHaveAttribute('aria-current', 'true');
	// The address bar follows once the frame showing the selection is painted.
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
	await expect(page.locator('[data-view="text"] [data-sentence-index][aria-current="true"]').first()).toBeInViewport();
	const marker = page.locator(`[data-view="map"] [data-event-ids~="${id}"]`);
	if ((await marker.count()) > 0) await expect(marker.first()).toHaveAttribute('aria-current', 'true');
});

test('each click on the timeline is one step back, and back walks through the selections', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await openSample(page);
	const marks = page.locator('[data-view="timeline"] svg.main [data-event-id]').filter({ visible: true });
	const first = (await marks.nth(1).getAttribute('data-event-id'))!;
	const second = (await marks.nth(3).getAttribute('data-event-id'))!;
	const selected = () => new URL(page.url()).searchParams.get('event');
	const before = await page.evaluate(() => history.length);
	await page.locator(`[data-view="timeline"] svg.main [data-event-id="${first}"] .mark`).click();
	await expect.poll(selected).toBe(first);
	await page.locator(`[data-view="timeline"] svg.main [data-event-id="${second}"] .mark`).click();
	await expect.poll(selected).toBe(second);
	// A click moves nothing on the timeline: no entry of its own besides the selection's.
	await page.waitForTimeout(500);
	expect(await page.evaluate(() => history.length)).toBe(before + 2);
	await page.goBack();
	await expect(page.locator(`[data-view="timeline"] [data-event-id="${first}"]`)).toHaveAttribute('aria-current', 'true');
	expect(selected()).toBe(first);
	await page.goBack();
	await expect(page.locator('[data-view="timeline"] [aria-current="true"]')).toHaveCount(0);
	await page.goForward();
	await expect(page.locator(`[data-view="timeline"] [data-event-id="${first}"]`)).toHaveAttribute('aria-current', 'true');
});

test('clicking a map marker selects its events and their sentences', async ({ page }) => {
	await openSample(page);
	const marker = await placeMarker(page, 'Vladivostok');
	const ids = (await marker.getAttribute('data-event-ids'))!.split(' ');
	await marker.click();
	await expect(marker).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`[data-view="timeline"] [data-event-id="${ids[0]}"]`)).toHaveAttribute('aria-current', 'true');
	await expect(sentence(page, 'Forum économique oriental')).toHaveAttribute('aria-current', 'true');
});

test('a link with ?event= reopens the selection', async ({ page }) => {
	await openSample(page);
	await sentence(page, 'avait traversé la frontière').click();
	await expect(page).toHaveURL(/[?&]event=/);
	const url = page.url();
	await page.goto('/');
	await page.goto(url);
	await expect(sentence(page, 'avait traversé la frontière')).toHaveAttribute('aria-current', 'true');
});

test('markers and events are focusable and named', async ({ page }) => {
	await openSample(page);
	// The departure: the timeline opens on the days of the trip.
	const event = page.locator('[data-view="timeline"] svg [data-event-id]', { hasText: 'quittait la gare' }).first();
	await event.focus();
	await expect(event).toBeFocused();
	await expect(event).toHaveAttribute('aria-label', /\S/);
	await page.keyboard.press('Enter');
	await expect(event).toHaveAttribute('aria-current', 'true');
	const marker = page.locator('[data-view="map"] [data-event-ids]').first();
	await marker.focus();
	await expect(marker).toBeFocused();
	await expect(marker).toHaveAttribute('aria-label', /\S/);
});

test('article text is shown as text, never run as HTML', async ({ page }) => {
	await page.goto('/');
	let alerted = false;
	page.on('dialog', async (d) => {
		alerted = true;
		await d.dismiss();
	});
	await page.getByLabel(/^Title/).fill('<img src=x onerror=alert(1)>');
	await page.getByLabel(/Publication date/).fill('2023-09-12');
	await page.getByLabel(/^Language/).selectOption('en');
	await page.getByLabel(/^Text/).fill('On Monday <script>alert(2)</script> the minister arrived in <b>Paris</b>.');
	await page.getByRole('button', { name: /extract/i }).click();
	await expect(page).toHaveURL(/\/articles\//);
	await expect(page.locator('[data-view="text"]')).toContainText('<script>alert(2)</script>');
	expect(alerted).toBe(false);
});

test('the article links its exports, and they parse', async ({ page }) => {
	await openSample(page);
	const href = await page.getByRole('link', { name: 'GeoJSON' }).getAttribute('href');
	const geo = await (await page.request.get(href!)).json();
	expect(geo.type).toBe('FeatureCollection');
	expect(geo.features.length).toBeGreaterThan(3);
	const ics = await (await page.request.get((await page.getByRole('link', { name: /Calendar/ }).getAttribute('href'))!)).text();
	expect(ics).toMatch(/^BEGIN:VCALENDAR/);
	expect(ics).toContain('DTSTART;VALUE=DATE:19480101');
});
