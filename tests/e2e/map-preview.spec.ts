import { expect, test, type Page } from '@playwright/test';
import { syntheticArticle } from '../../bench/synthetic-facts';
import { PREVIEW_LIMIT } from '../../src/lib/preview-limit';

test.use({ viewport: { width: 1400, height: 900 } });

/**
 * A large fact file, as the benchmark makes it (events in a few dozen places
 * over decades), imported through the app. Its first sentence is made to
 * tell of more events than a preview lights up, as a long summary sentence does.
 */
const article = syntheticArticle({ count: 1500, seed: 7 });
const facts = article.facts;
const SUMMARY = facts.sentences[0];
const summarised = facts.events.slice(0, PREVIEW_LIMIT + 50);
for (const e of summarised) e.sentences = [...new Set([e.sentence, SUMMARY.index])];
/** A sentence of its own telling one placed event. */
const lone = facts.events.find((e) => e.where && e.sentence > summarised.length && e.when)!;

let articleUrl = '';

test.beforeAll(async ({ browser }) => {
	const page = await browser.newPage();
	await page.goto('/');
	const file = { article: { ...facts.article, text: article.text }, sentences: facts.sentences, timexes: facts.timexes, places: facts.places, events: facts.events, generator: facts.generator };
	await page.getByLabel(/^Or read a file/).setInputFiles({ name: 'big.factline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
	await page.getByRole('button', { name: 'Read the file' }).click();
	await expect(page).toHaveURL(/\/articles\/[^/?]+/);
	articleUrl = new URL(page.url()).pathname;
	await page.close();
});

const map = (page: Page) => page.locator('[data-view="map"]');
const lit = {
	sentences: (page: Page) => page.locator('[data-view="text"] .sentence.hovered'),
	marks: (page: Page) => page.locator('[data-view="timeline"] .event.hovered'),
	markers: (page: Page) => map(page).locator('.leaflet-marker-icon.fl-hovered, path.fl-hovered')
};
const tip = (page: Page) => map(page).locator('.fl-preview-tip');
const eventCount = async (page: Page, marker: ReturnType<Page['locator']>) => ((await marker.getAttribute('data-event-ids')) ?? '').split(' ').length;

async function open(page: Page) {
	await page.goto(articleUrl);
	await expect(map(page).locator('.leaflet-marker-icon[data-event-ids]').first()).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
}

/** The marker standing for the most events. */
async function busiest(page: Page) {
	const all = map(page).locator('.leaflet-marker-icon[data-event-ids]');
	const counts = await all.evaluateAll((els) => els.map((el) => (el.getAttribute('data-event-ids') ?? '').split(' ').length));
	return all.nth(counts.indexOf(Math.max(...counts)));
}

test('hovering a cluster of more events than the limit names its places and counts, and lights nothing elsewhere', async ({ page }) => {
	await open(page);
	const big = await busiest(page);
	const n = await eventCount(page, big);
	expect(n).toBeGreaterThan(PREVIEW_LIMIT);
	await big.hover();
	await expect(tip(page)).toBeVisible();
	await expect(tip(page)).toContainText(`${n.toLocaleString('en')} events`);
	await expect(tip(page)).toContainText(/Too many to light up in the text and timeline/);
	// Its busiest place is named with its count.
	await expect(tip(page)).toContainText(/[A-Z][a-z]+: \d+ events/);
	// The marker under the pointer still shows it is the one previewed.
	const halo = await big.evaluate((el) => getComputedStyle(el).boxShadow);
	expect(halo).toMatch(/rgba?\(37, 99, 235/);
	await expect(lit.sentences(page)).toHaveCount(0);
	await expect(lit.marks(page)).toHaveCount(0);
	await page.locator('h1').hover();
	await expect(tip(page)).toHaveCount(0);
});

test('hovering a marker of fewer events than the limit lights them up across the views', async ({ page }) => {
	// Zoomed in on Paris, its events stand alone: fewer than the limit.
	await page.goto(`${articleUrl}?map=48.86,2.35,8`);
	const paris = map(page).locator('.leaflet-marker-icon[aria-label^="Paris:"]');
	await expect(paris).toBeVisible();
	const n = await eventCount(page, paris);
	expect(n).toBeLessThanOrEqual(PREVIEW_LIMIT);
	await paris.hover();
	await expect(tip(page)).toContainText('Paris');
	await expect(tip(page)).not.toContainText(/Too many/);
	await expect(paris).toHaveClass(/fl-hovered/);
	await expect(lit.sentences(page).first()).toBeAttached();
	expect(await lit.sentences(page).count()).toBeLessThanOrEqual(n);
});

test('a sentence telling more events than the limit lights none of them on the map or the timeline; one telling a single event does', async ({ page }) => {
	await open(page);
	const summary = page.locator(`[data-view="text"] [data-sentence-index="${SUMMARY.index}"]`);
	await expect(summary).toHaveAttribute('data-event-ids', /\S+( \S+){100,}/);
	await summary.hover();
	await expect(summary).toHaveClass(/has-events/);
	await expect(lit.markers(page)).toHaveCount(0);
	await expect(lit.marks(page)).toHaveCount(0);

	const one = page.locator(`[data-view="text"] [data-sentence-index="${lone.sentence}"]`);
	await one.scrollIntoViewIfNeeded();
	await one.hover();
	await expect(one).toHaveClass(/hovered/);
	await expect(lit.markers(page).first()).toBeAttached();
	await expect(lit.markers(page).first()).toHaveAttribute('data-event-ids', new RegExp(`(^| )${lone.id}( |$)`));
});
