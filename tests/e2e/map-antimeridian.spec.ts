import { expect, test, type Page } from '@playwright/test';
import { addArticle } from './article-kit';

test.use({ viewport: { width: 1400, height: 900 } });

/** A story on both sides of the 180° meridian: Kamchatka, Alaska, Fiji. */
const TEXT = [
	'The research ship left Petropavlovsk-Kamchatsky on Monday for a survey of the northern Pacific.',
	'On Wednesday the crew reached Anchorage, where scientists met officials from Alaska.',
	'On Friday the expedition flew to Suva, in Fiji, to present its findings.',
	'Last year a similar voyage visited Kamchatka and the Aleutian Islands.'
].join('\n\n');

const PLACES = [
	['Petropavlovsk-Kamchatsky', 'Russia'],
	['Anchorage', 'United States of America'],
	['Suva', 'Fiji']
] as const;

let articleUrl = '';

test.beforeAll(async ({ browser }) => {
	articleUrl = await addArticle(browser, { title: 'A survey of the northern Pacific', dct: '2024-05-20', lang: 'en', text: TEXT });
});

const map = (page: Page) => page.locator('[data-view="map"]');
const marker = (page: Page, name: string) => map(page).locator(`.leaflet-marker-icon[aria-label^="${name}:"]`);
/** Half the world's width in pixels at the map's zoom: places farther apart went round the long way. */
const halfWorld = (page: Page) => (256 * 2 ** Number(new URL(page.url()).searchParams.get('map')!.split(',')[2])) / 2;
const centre = async (page: Page, name: string) => {
	const b = (await marker(page, name).boundingBox())!;
	return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

async function open(page: Page) {
	await page.goto(articleUrl);
	for (const [name] of PLACES) await expect(marker(page, name)).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
}

test('a story across the 180° meridian is fitted as one region, not the whole world', async ({ page }) => {
	await open(page);
	const box = (await map(page).locator('.leaflet-container').boundingBox())!;
	const xs: number[] = [];
	for (const [name] of PLACES) {
		const c = await centre(page, name);
		expect(c.x).toBeGreaterThan(box.x);
		expect(c.x).toBeLessThan(box.x + box.width);
		xs.push(c.x);
	}
	expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(halfWorld(page));
});

test('every place stands on its country, drawn again past the meridian where needed', async ({ page }) => {
	await open(page);
	for (const [name, country] of PLACES) {
		const c = await centre(page, name);
		const boxes = await map(page)
			.locator(`path[data-country="${country}"]`)
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
		expect(boxes.some((b) => c.x >= b.left && c.x <= b.right && c.y >= b.top && c.y <= b.bottom), `${name} on ${country}`).toBe(true);
	}
});

test('the trip crosses the meridian the short way, without streaks across the map', async ({ page }) => {
	await open(page);
	const legs = map(page).locator('path[data-leg]');
	await expect(legs.first()).toBeAttached();
	const half = halfWorld(page);
	for (const leg of await legs.all()) {
		const b = (await leg.boundingBox())!;
		expect(b.width).toBeLessThan(half);
		// It ends on the markers of its stops, not on some other copy of them.
		const to = await centre(page, (await leg.getAttribute('data-to'))!);
		const from = await centre(page, (await leg.getAttribute('data-from'))!);
		for (const p of [from, to]) {
			expect(p.x).toBeGreaterThanOrEqual(b.x - 2);
			expect(p.x).toBeLessThanOrEqual(b.x + b.width + 2);
		}
	}
});
