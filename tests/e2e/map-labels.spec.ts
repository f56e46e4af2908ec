import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1400, height: 900 } });

const map = (page: Page) => page.locator('[data-view="map"]');
const LABELS = '.fl-place-label, .fl-leg-number';

/** Pairs of shown labels whose boxes overlap, by their texts. */
function overlaps(page: Page): Promise<string[]> {
	return map(page)
		.locator(LABELS)
		.evaluateAll((els) => {
			const shown = els.filter((el) => getComputedStyle(el).visibility !== 'hidden').map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }));
			const out: string[] = [];
			for (let i = 0; i < shown.length; i++)
				for (let j = i + 1; j < shown.length; j++) {
					const a = shown[i].r;
					const b = shown[j].r;
					// Half a pixel of tolerance for subpixel rounding.
					if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${shown[i].text} × ${shown[j].text}`);
				}
			return out;
		});
}

const hiddenTexts = (page: Page) => map(page).locator('.fl-label-hidden').allTextContents();

async function openSample(page: Page, view: string) {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page).toHaveURL(/\/articles\/[^/?]+/);
	await page.goto(`${new URL(page.url()).pathname}${view}`);
	await expect(map(page).locator('.leaflet-marker-icon[data-event-ids]').first()).toBeVisible();
	await expect(map(page).locator('path[data-leg]').first()).toBeAttached();
}

for (const [name, view] of [
	['at its opening view', ''],
	['zoomed out on the Far East', '?map=45,120,3'],
	['at the scale of Korea and Primorié', '?map=42,129,4.5']
] as const) {
	test(`the sample's map labels never overlap ${name}`, async ({ page }) => {
		await openSample(page, view);
		await expect.poll(() => overlaps(page)).toEqual([]);
	});
}

test('a label that gives way hides only its text: the marker stays, named for every reader', async ({ page }) => {
	await openSample(page, '?map=45,120,3');
	await expect.poll(() => overlaps(page)).toEqual([]);
	await expect.poll(() => hiddenTexts(page)).toContain('Vladivostok');
	const vlad = map(page).locator('.leaflet-marker-icon[aria-label^="Vladivostok"]');
	await expect(vlad).toBeVisible();
	await vlad.hover();
	await expect(map(page).locator('.fl-preview-tip')).toContainText('Vladivostok');
});

test('zooming in gives the hidden labels room again', async ({ page }) => {
	await openSample(page, '?map=45,120,3');
	await expect.poll(() => hiddenTexts(page)).toContain('Vladivostok');
	const zoom = () => Number(new URL(page.url()).searchParams.get('map')?.split(',')[2]);
	for (let i = 0; i < 3; i++) {
		const before = zoom();
		await map(page).getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(zoom).toBeGreaterThan(before);
	}
	await expect.poll(() => hiddenTexts(page)).not.toContain('Vladivostok');
	await expect.poll(() => overlaps(page)).toEqual([]);
});

test('the selected place keeps its label against a busier neighbour', async ({ page }) => {
	await openSample(page, '?map=45,120,3');
	await expect.poll(() => hiddenTexts(page)).toContain('Vladivostok');
	const view = new URL(page.url()).searchParams.get('map');
	// Selecting a Vladivostok event from the text: its marker is in view and alone, so the map stays put.
	await page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'Forum économique oriental' }).first().click();
	await expect(map(page).locator('.leaflet-marker-icon[aria-label^="Vladivostok"]')).toHaveAttribute('aria-current', 'true');
	expect(new URL(page.url()).searchParams.get('map')).toBe(view);
	await expect.poll(() => hiddenTexts(page)).not.toContain('Vladivostok');
	await expect.poll(() => overlaps(page)).toEqual([]);
	// Still the same view: the label won by priority, not by a zoom.
	expect(new URL(page.url()).searchParams.get('map')).toBe(view);
});
