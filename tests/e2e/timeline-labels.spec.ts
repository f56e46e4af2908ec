import { expect, test, type Page } from '@playwright/test';

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
		await expect(page.locator('[data-view="timeline"] svg.main [data-event-id]').first()).toBeVisible();
		expect(await overlaps(page)).toEqual([]);
		await page.getByRole('button', { name: 'Main story' }).click();
		expect(await overlaps(page)).toEqual([]);
		for (let i = 0; i < 3; i++) {
			await page.getByRole('button', { name: 'Zoom the timeline in' }).click();
			expect(await overlaps(page)).toEqual([]);
		}
	});
}
