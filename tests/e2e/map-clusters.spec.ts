import { expect, test, type Page } from '@playwright/test';
import { addArticle } from './article-kit';

test.use({ viewport: { width: 1400, height: 900 } });

/** Three towns of the Paris region, close together at a country's scale, Lyon far from them, and one sentence telling of Marseille and Nice. */
const TEXT = [
	'Le président est arrivé lundi à Versailles pour un sommet européen.',
	'Mardi, il a inauguré un nouveau stade à Nanterre.',
	'Mercredi, il a rencontré les maires de la région à Paris.',
	"Jeudi, il s'est rendu à Lyon pour un discours sur l'industrie.",
	"Vendredi, il s'est rendu à Marseille, puis samedi il s'est rendu à Nice."
].join('\n\n');

const TITLE = 'Une semaine en Île-de-France et à Lyon';
let articleUrl = '';

const mapView = (page: Page) => page.locator('[data-view="map"]');
/** The cluster of the Paris towns. How far apart Marseille and Nice stand depends on the map's height, so they may cluster too. */
const cluster = (page: Page) => mapView(page).locator('.leaflet-marker-icon[data-place-kind="cluster"][aria-label*="Paris"]');
const place = (page: Page, name: string) => mapView(page).locator(`.leaflet-marker-icon[data-place-kind="city"][aria-label^="${name}:"]`);
const zoomOf = (page: Page) => Number(new URL(page.url()).searchParams.get('map')?.split(',')[2]);
const sentence = (page: Page, needle: string) => page.locator('[data-view="text"] [data-sentence-index]', { hasText: needle }).first();

test.beforeAll(async ({ browser }) => {
	articleUrl = await addArticle(browser, { title: TITLE, dct: '2024-03-08', lang: 'fr', text: TEXT });
});

/** Opens the article and waits until the map has fitted the story. */
async function open(page: Page, query = '') {
	await page.goto(articleUrl + query);
	await expect(mapView(page).locator('.leaflet-marker-icon[data-event-ids]').first()).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
}

test('places close together merge into one cluster that names them; Lyon keeps its own marker', async ({ page }) => {
	await open(page);
	await expect(cluster(page)).toHaveCount(1);
	await expect(cluster(page)).toHaveText('3');
	await expect(cluster(page)).toHaveAttribute('data-cluster-size', '3');
	for (const name of ['Paris', 'Versailles', 'Nanterre']) await expect(cluster(page)).toHaveAttribute('aria-label', new RegExp(name));
	await expect(cluster(page)).toHaveAttribute('aria-label', /^3 places: .*; 3 events/);
	await expect(place(page, 'Lyon')).toBeVisible();
	await expect(place(page, 'Paris')).toHaveCount(0);
});

test('clicking a cluster zooms in until its places stand apart', async ({ page }) => {
	await open(page);
	const before = zoomOf(page);
	await cluster(page).click();
	for (const name of ['Paris', 'Versailles', 'Nanterre']) await expect(place(page, name)).toBeVisible();
	await expect(cluster(page)).toHaveCount(0);
	await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);
	// Opening is the reader's own zoom: back returns to the view with the cluster.
	await page.goBack();
	await expect(cluster(page)).toHaveText('3');
});

test('a cluster is focusable and Enter opens it, leaving the focus on one of its places', async ({ page }) => {
	await open(page);
	await cluster(page).focus();
	await expect(cluster(page)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(cluster(page)).toHaveCount(0);
	for (const name of ['Paris', 'Versailles', 'Nanterre']) await expect(place(page, name)).toBeVisible();
	const focused = mapView(page).locator('.leaflet-marker-icon:focus');
	await expect(focused).toHaveAttribute('aria-label', /^(Paris|Versailles|Nanterre):/);
	// Enter on the place now selects its event.
	await page.keyboard.press('Enter');
	await expect(focused).toHaveAttribute('aria-current', 'true');
});

test('an event selected inside a cluster highlights the cluster', async ({ page }) => {
	await open(page);
	const view = new URL(page.url()).searchParams.get('map')!;
	const paris = sentence(page, 'les maires de la région à Paris');
	await paris.click();
	await expect(page).toHaveURL(/[?&]event=/);
	const id = new URL(page.url()).searchParams.get('event')!;
	// A shared link with that selection and the wide view shows the cluster selected.
	await open(page, `?event=${id}&map=${view}`);
	await expect(cluster(page)).toHaveAttribute('aria-current', 'true');
	await expect(cluster(page)).toHaveClass(/fl-selected/);
	await expect(place(page, 'Lyon')).not.toHaveAttribute('aria-current', 'true');
	// Selecting Lyon moves the highlight off the cluster.
	await sentence(page, 'il s\'est rendu à Lyon').click();
	await expect(place(page, 'Lyon')).toHaveAttribute('aria-current', 'true');
	await expect(cluster(page)).not.toHaveAttribute('aria-current', 'true');
});

test('fitting the selection zooms in far enough that its cluster opens', async ({ page }) => {
	await open(page);
	await expect(cluster(page)).toHaveCount(1);
	await sentence(page, 'un nouveau stade à Nanterre').click();
	await expect(place(page, 'Nanterre')).toHaveAttribute('aria-current', 'true');
	await expect(place(page, 'Nanterre')).toBeInViewport();
	await expect(cluster(page)).toHaveCount(0);
});

test('the view fits a selection of events in several places', async ({ page }) => {
	// Zoomed in on Paris, the reader picks the sentence of two events, in Marseille and in Nice.
	await open(page, '?map=48.86,2.35,9');
	await sentence(page, 'il s\'est rendu à Marseille').click();
	await expect.poll(() => new URL(page.url()).searchParams.getAll('event').length).toBeGreaterThanOrEqual(2);
	const box = (await mapView(page).locator('.leaflet-container').boundingBox())!;
	for (const name of ['Marseille', 'Nice']) {
		const marker = place(page, name);
		await expect(marker).toHaveAttribute('aria-current', 'true');
		await expect
			.poll(async () => {
				const m = (await marker.boundingBox())!;
				return m.x >= box.x && m.x + m.width <= box.x + box.width && m.y >= box.y && m.y + m.height <= box.y + box.height;
			})
			.toBe(true);
	}
});

test('the view fits a selected country, zooming out to show it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page).toHaveURL(/\/articles\/[^/?]+/);
	const sample = new URL(page.url()).pathname;
	// Zoomed in on Pyongyang, far inside North Korea.
	await page.goto(`${sample}?map=39.03,125.75,9`);
	const russia = mapView(page).locator('path[data-iso="RU"]');
	await expect(russia).toBeAttached();
	await page.locator('[data-view="text"] [data-sentence-index]', { hasText: 'également en Russie' }).first().click();
	await expect(russia).toHaveAttribute('aria-current', 'true');
	await expect.poll(() => zoomOf(page)).toBeLessThan(4);
	const box = (await mapView(page).locator('.leaflet-container').boundingBox())!;
	await expect
		.poll(async () => {
			const r = (await russia.boundingBox())!;
			// Most of the country is on screen: the fit pads the bounds, and the map's width bounds it.
			const w = Math.min(r.x + r.width, box.x + box.width) - Math.max(r.x, box.x);
			const h = Math.min(r.y + r.height, box.y + box.height) - Math.max(r.y, box.y);
			return (w * h) / (r.width * r.height);
		})
		.toBeGreaterThan(0.9);
});
