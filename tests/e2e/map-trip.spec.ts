import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1400, height: 900 } });

test('the map draws the trip as numbered legs with arrows, Pyongyang to the Russian Far East', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	const legs = page.locator('[data-view="map"] path[data-leg]');
	await expect(legs.first()).toBeAttached();
	const drawn = await legs.evaluateAll((els) =>
		els.map((el) => ({
			n: el.getAttribute('data-leg'),
			from: el.getAttribute('data-from'),
			to: el.getAttribute('data-to'),
			arrow: el.getAttribute('marker-mid'),
			d: el.getAttribute('d') ?? ''
		}))
	);
	expect(drawn.map((l) => l.n)).toEqual(drawn.map((_, i) => String(i + 1)));
	// Pyongyang → Primorye (the train crossing into the region, as the agency confirmed) → Vladivostok.
	expect(drawn.map((l) => `${l.from} → ${l.to}`)).toEqual(['Pyongyang → Primorié', 'Primorié → Vladivostok']);
	for (const l of drawn) {
		expect(l.arrow).toMatch(/^url\(#/);
		// Drawn on screen: a real path, with its arrowhead defined.
		expect(l.d).toMatch(/^M/);
	}
	await expect(page.locator('[data-view="map"] marker#fl-leg-arrow')).toBeAttached();
	// The leg is short on screen: it does not go the long way round the world.
	const box = await legs.first().boundingBox();
	const map = await page.locator('[data-view="map"] .leaflet-container').boundingBox();
	expect(box!.width).toBeLessThan(map!.width);
	// Numbered on the map and listed in words for every reader.
	await expect(page.locator('[data-view="map"] .fl-leg-number').first()).toHaveText('1');
	await expect(page.locator('[data-view="map"] [data-trip-leg="1"]')).toContainText(/Pyongyang → Primori/);
	await expect(page.locator('[data-view="map"] [data-trip-leg="2"]')).toContainText(/Primori.* → Vladivostok/);
	// The region stop is drawn where the trip enters the region's circle, not on Vladivostok: leg 2 has a length.
	const second = await legs.nth(1).boundingBox();
	expect(Math.max(second!.width, second!.height)).toBeGreaterThan(3);

	// Selecting the departure highlights the leg.
	await page.locator('[data-sentence-index]', { hasText: 'quittait la gare de Pyongyang' }).first().click();
	await expect(legs.first()).not.toHaveAttribute('stroke-dasharray', /./);
});

test('a leg of the trip legend selects the movements at its two stops, and a second click clears them', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	const leg = page.locator('[data-view="map"] [data-trip-leg="1"] button');
	await expect(leg).toHaveAttribute('aria-pressed', 'false');
	const ids = (await leg.getAttribute('data-leg-event-ids'))!.split(' ');
	expect(ids.length).toBeGreaterThanOrEqual(2);
	await leg.click();
	await expect(leg).toHaveAttribute('aria-pressed', 'true');
	// The departure from Pyongyang is one of them: its sentence and its mark on the timeline light up.
	await expect(page.locator('[data-view="text"] .sentence[aria-current="true"]', { hasText: 'quittait la gare de Pyongyang' }).first()).toBeVisible();
	for (const id of ids) await expect(page.locator(`[data-view="timeline"] svg.main [data-event-id="${id}"]`).first()).toHaveAttribute('aria-current', 'true');
	await expect.poll(() => new URL(page.url()).searchParams.getAll('event').sort()).toEqual([...ids].sort());

	// By keyboard: the leg is a button; Enter on it again clears the selection.
	await leg.focus();
	await page.keyboard.press('Enter');
	await expect(leg).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('[data-view="text"] .sentence[aria-current="true"]')).toHaveCount(0);
});
