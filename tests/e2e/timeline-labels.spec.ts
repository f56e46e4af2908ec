import { expect, test, type Page } from '@playwright/test';
import { addArticle } from './article-kit';

type Box = { id: string; x: number; y: number; w: number; h: number };

/** Every pair of visible event labels (and marks) that overlap on screen. */
async function overlaps(page: Page): Promise<string[]> {
	const boxes: Box[] = await page.locator('[data-view="timeline"] svg.main [data-event-id]').evaluateAll((els) => {
		const svg = (els[0] as SVGGElement).ownerSVGElement!.getBoundingClientRect();
		return els.flatMap((el) =>
			[...el.querySelectorAll('text, .mark')].map((t) => {
				const r = t.getBoundingClientRect();
				return { id: el.getAttribute('data-event-id')!, x: r.x, y: r.y, w: r.width, h: r.height };
			}).filter((b) => b.x + b.w > svg.x && b.x < svg.right && b.w > 0)
		);
	});
	// Sanity: the labels of the sample are there to be compared.
	expect(new Set(boxes.map((b) => b.id)).size).toBeGreaterThan(3);
	const out: string[] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i];
			const b = boxes[j];
			if (a.id === b.id) continue;
			const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
			const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
			if (dx > 1 && dy > 1) out.push(`${a.id} × ${b.id}`);
		}
	return out;
}

for (const width of [1400, 900]) {
	test(`timeline labels never overlap, at ${width} px, zoomed out and in`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
		await expect(page.locator('[data-view="timeline"] svg.main [data-event-id]').filter({ visible: true }).first()).toBeVisible();
		expect(await overlaps(page)).toEqual([]);
		await page.getByRole('button', { name: 'Main story' }).click();
		expect(await overlaps(page)).toEqual([]);
		for (let i = 0; i < 3; i++) {
			await page.getByRole('button', { name: 'Zoom the timeline in' }).click();
			expect(await overlaps(page)).toEqual([]);
		}
	});
}

test.describe('where no label fits', () => {
	// Sixty fire crews at work a minute apart: seen over the day, far more
	// marks than labels fit beside them.
	const TEXT = Array.from({ length: 60 }, (_, i) => `Vendredi à 8 h ${String(i).padStart(2, '0')}, les pompiers du poste ${i + 1} ont évacué un immeuble de la rue Saint-Denis.`).join('\n\n');
	let articleUrl = '';

	test.beforeAll(async ({ browser }) => {
		articleUrl = await addArticle(browser, { title: 'Soixante évacuations rue Saint-Denis', dct: '2024-03-08', lang: 'fr', text: TEXT });
	});

	test('the mark stands alone, never with a bare “…”, and shows its name when the pointer or the focus rests on it', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto(articleUrl);
		const events = page.locator('[data-view="timeline"] svg.main [data-event-id]');
		await expect(events.filter({ visible: true }).first()).toBeVisible();
		expect(await overlaps(page)).toEqual([]);
		// Every label drawn says something: letters, not an ellipsis alone.
		for (const text of await events.locator('text').allTextContents()) expect(text).toMatch(/\p{L}{2}/u);
		const bare = page.locator('[data-view="timeline"] svg.main [data-event-id]:not(:has(text))');
		expect(await bare.count()).toBeGreaterThan(0);
		const peek = page.locator('[data-view="timeline"] svg.main .peek');
		await expect(peek).toHaveCount(0);

		// The pointer on a bare mark: its name on a pill, the start of its accessible name.
		const first = bare.first();
		await first.locator('.mark').hover();
		await expect(peek).toHaveCount(1);
		const name = (await first.getAttribute('aria-label'))!;
		const shown = (await peek.textContent())!.replace(/…$/, '');
		expect(shown.length).toBeGreaterThan(10);
		expect(name.startsWith(shown)).toBe(true);
		await page.mouse.move(5, 5);
		await expect(peek).toHaveCount(0);

		// The focus on one: the same. Keyboard only: Tab into the timeline, arrows to a bare mark.
		await page.getByRole('button', { name: 'Main story' }).focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const focused = page.locator('[data-view="timeline"] svg.main [data-event-id]:focus');
		for (let i = 0; i < 60 && (await focused.locator('text').count()) > 0; i++) await page.keyboard.press('ArrowRight');
		await expect(focused).toHaveCount(1);
		await expect(focused.locator('text')).toHaveCount(0);
		await expect(peek).toHaveCount(1);
		expect((await focused.getAttribute('aria-label'))!.startsWith((await peek.textContent())!.replace(/…$/, ''))).toBe(true);

		// Selected, it keeps its pill when the focus and the pointer are elsewhere.
		const id = (await focused.getAttribute('data-event-id'))!;
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Main story' }).focus();
		await page.mouse.move(5, 5);
		const selected = page.locator(`[data-view="timeline"] svg.main [data-event-id="${id}"][aria-current="true"]`);
		await expect(selected).toHaveCount(1);
		await expect(peek).toHaveCount(1);
		expect((await selected.getAttribute('aria-label'))!.startsWith((await peek.textContent())!.replace(/…$/, ''))).toBe(true);
	});
});
