import { expect, test, type Page } from '@playwright/test';
import { addArticle } from './article-kit';

// Sixty fire crews at work a minute apart: zoomed out from two minutes to
// the hour in one wheel spin, one frame opens room for dozens of marks.
// While a gesture goes on only a few appear a frame (Timeline.svelte,
// NEW_PER_FRAME); once the wheel rests, every one that fits must be drawn.
const TEXT = Array.from({ length: 60 }, (_, i) => `Vendredi à 8 h ${String(i).padStart(2, '0')}, les pompiers du poste ${i + 1} ont évacué un immeuble de la rue Saint-Denis.`).join('\n\n');
let articleUrl = '';

test.beforeAll(async ({ browser }) => {
	articleUrl = await addArticle(browser, { title: 'Soixante évacuations, minute par minute', dct: '2024-03-08', lang: 'fr', text: TEXT });
});

const drawn = (page: Page) => page.locator('[data-view="timeline"] svg.main [data-event-id]');
const clusters = (page: Page) => page.locator('[data-view="timeline"] svg.main .cluster');

test('after a wheel spin rests, the rows hold every mark a fresh view of the same window draws', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(`${articleUrl}?t=2024-03-08T08:29..2024-03-08T08:31`);
	await expect(drawn(page).first()).toBeVisible();
	expect(await drawn(page).count()).toBeLessThan(10);

	// One spin in one task: a single frame zooms out about fifty-fold.
	await page.locator('[data-view="timeline"] svg.main').evaluate((svg) => {
		const r = svg.getBoundingClientRect();
		for (let i = 0; i < 8; i++) svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 350, deltaMode: 0, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true }));
	});
	// Written to the URL once the wheel has rested.
	await expect.poll(() => new URL(page.url()).searchParams.get('t')).not.toBe('2024-03-08T08:29..2024-03-08T08:31');
	const t = new URL(page.url()).searchParams.get('t')!;

	// The same window opened afresh: no gesture, laid out in one go.
	const fresh = await page.context().newPage();
	await fresh.goto(`${articleUrl}?t=${t}`);
	await expect(drawn(fresh).first()).toBeVisible();
	const want = await drawn(fresh).count();
	expect(want).toBeGreaterThan(40);
	await expect(clusters(fresh)).toHaveCount(0);

	await expect.poll(() => drawn(page).count()).toBe(want);
	await expect(clusters(page)).toHaveCount(0);
});
