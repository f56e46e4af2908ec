import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const dev = JSON.parse(readFileSync('../shared/eval/dev/dev-fr-02.json', 'utf8')) as { text: string; dct: string; lang: string; title: string };
const SAMPLE_TITLE = 'Le dirigeant nord-coréen arrive en Russie pour rencontrer Poutine';
const XSS_TITLE = 'Kim & Poutine <img src=x onerror="window.__xss=1">';

async function addDevArticle(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByLabel(/^Title/).fill(dev.title);
	await page.getByLabel(/Publication date/).fill(dev.dct);
	await page.getByLabel(/^Language/).selectOption(dev.lang);
	await page.getByLabel(/^Text/).fill(dev.text);
	await page.getByRole('button', { name: /extract/i }).click();
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
}

test('two articles about one trip read as one story, linked across views, exported, and managed', async ({ page, request }) => {
	test.setTimeout(90_000);
	await addDevArticle(page);

	await page.goto('/collections');
	// A refused form keeps what was typed and says what is wrong.
	await page.getByLabel('Title', { exact: true }).fill(XSS_TITLE);
	await page.getByRole('button', { name: 'Create collection' }).click();
	await expect(page.getByText('Choose at least one article.')).toBeVisible();
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(XSS_TITLE);

	await page.getByRole('checkbox', { name: SAMPLE_TITLE }).check();
	await page.getByRole('checkbox', { name: dev.title }).check();
	await page.getByRole('button', { name: 'Create collection' }).click();
	await expect(page).toHaveURL(/\/collections\/[^/]+$/);
	const url = page.url();

	// The title is text, never markup.
	await expect(page.getByTestId('collection-title')).toHaveText(XSS_TITLE);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	await expect(page.getByTestId('member')).toHaveCount(2);
	// The map and its legend stay inside their panel.
	const panel = await page.locator('[data-view="map"]').boundingBox();
	const map = await page.locator('[data-view="map"] .map-wrap').boundingBox();
	expect(map!.y + map!.height).toBeLessThanOrEqual(panel!.y + panel!.height);

	// The departure, the arrival and the summit each cite both articles.
	const summit = page.getByTestId('story').filter({ hasText: 'serré la main' });
	await expect(summit).toHaveCount(1);
	await expect(summit.getByTestId('story-articles')).toHaveText('2 articles');
	await expect(summit.getByTestId('story-source').filter({ hasText: SAMPLE_TITLE })).toContainText('Extrême-Orient russe');
	for (const needle of ['quittait la gare de Pyongyang', '(mardi) en Russie']) {
		await expect(page.getByTestId('story').filter({ hasText: needle }).getByTestId('story-articles')).toHaveText('2 articles');
	}

	// Selecting a story selects it in the URL, the timeline and the map.
	await summit.getByRole('button').first().click();
	await expect(page).toHaveURL(/[?&]event=s\d+(&|$)/);
	const storyId = new URL(page.url()).searchParams.get('event')!;
	await expect(summit).toHaveClass(/selected/);
	await expect(page.locator(`[data-view="timeline"] [data-event-id="${storyId}"]`).first()).toHaveAttribute('aria-current', 'true');
	const marker = page.locator(`[data-view="map"] [data-event-ids~="${storyId}"]`);
	if ((await marker.count()) > 0) await expect(marker.first()).toHaveAttribute('aria-current', 'true');
	// Escape clears the one selection everywhere.
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/[?&]event=/);
	await expect(summit).not.toHaveClass(/selected/);

	// A source leads to its article with its own event selected.
	const link = summit.getByTestId('story-source').filter({ hasText: dev.title }).first().getByRole('link');
	await expect(link).toHaveAttribute('href', /^\/articles\/[^?]+\?event=e\d+$/);

	// Exports carry every source.
	const id = new URL(url).pathname.split('/').pop()!;
	const geo = await request.get(`/collections/${id}/export/geojson`);
	expect(geo.status()).toBe(200);
	const doc = (await geo.json()) as { features: { properties: { sources: { articleId: string }[] } }[] };
	expect(doc.features.some((f) => new Set(f.properties.sources.map((s) => s.articleId)).size === 2)).toBe(true);

	// Rename, remove an article (it stays in the library), delete.
	await page.goto(url);
	await page.getByLabel('Title', { exact: true }).fill('Kim en Russie');
	await page.getByRole('button', { name: 'Rename' }).click();
	await expect(page.getByTestId('collection-title')).toHaveText('Kim en Russie');
	await page.getByRole('button', { name: `Remove “${dev.title}” from the collection` }).click();
	await expect(page.getByTestId('member')).toHaveCount(1);
	await expect(page.getByTestId('add-articles').getByRole('checkbox', { name: dev.title })).toBeVisible();
	page.once('dialog', (d) => void d.accept());
	await page.getByRole('button', { name: 'Delete collection' }).click();
	await expect(page).toHaveURL(/\/collections$/);
	await expect(page.getByRole('link', { name: 'Kim en Russie' })).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('link', { name: dev.title })).toBeVisible();
});
