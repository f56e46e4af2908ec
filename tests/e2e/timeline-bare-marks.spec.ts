import { expect, test, type Page } from '@playwright/test';
import { addArticle } from './article-kit';

// Two hundred fire crews at work a minute apart: the view it opens on (the
// main story) draws some hundred marks, most without a label, drawn as one
// path per status (timeline-mark-layers.ts) rather than as components.
const TEXT = Array.from({ length: 200 }, (_, i) => `Vendredi à ${8 + Math.floor(i / 60)} h ${String(i % 60).padStart(2, '0')}, les pompiers du poste ${i + 1} ont évacué un immeuble de la rue Saint-Denis.`).join('\n\n');
let articleUrl = '';

test.beforeAll(async ({ browser }) => {
	articleUrl = await addArticle(browser, { title: 'Deux cents évacuations rue Saint-Denis', dct: '2024-03-08', lang: 'fr', text: TEXT });
});

const plot = (page: Page) => page.locator('[data-view="timeline"] svg.main');

/** A page point inside a mark drawn as a path that is not also a component (the Tab stop is both):
 * a circle's centre, read from its subpath (which starts at its 3 o'clock, radius 6). */
async function pathPoint(page: Page): Promise<{ x: number; y: number }> {
	return plot(page)
		.locator('.bare-marks path')
		.first()
		.evaluate((path: SVGPathElement) => {
			const ctm = path.getScreenCTM()!;
			for (const [, x, y] of path.getAttribute('d')!.matchAll(/M(-?[\d.]+),(-?[\d.]+)A/g)) {
				const p = new DOMPoint(Number(x) - 6, Number(y)).matrixTransform(ctm);
				const box = path.ownerSVGElement!.getBoundingClientRect();
				if (p.x > box.left + 20 && p.x < box.right - 20 && !document.elementFromPoint(p.x, p.y)?.closest('[data-event-id]')) return { x: p.x, y: p.y };
			}
			throw new Error('no point drawn as a path');
		});
}

test('a dense window draws its bare marks as paths, styled as the components', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(articleUrl);
	await expect(plot(page).locator('.bare-marks path').first()).toBeAttached();
	// Not every event is a component: those drawn as paths are not.
	expect(await plot(page).locator('[data-event-id]').count()).toBeLessThan(64);
	// Each path paints as a component of its status, neither hovered nor selected, paints its mark.
	const styles = await plot(page).evaluate((svg) => {
		const look = (el: Element) => {
			const s = getComputedStyle(el);
			return [s.fill, s.stroke, s.strokeWidth, s.strokeDasharray].join(' ');
		};
		return [...svg.querySelectorAll('.tl-bare')].map((g) => {
			const status = [...g.classList].find((c) => c.startsWith('status-'))!;
			const twin = svg.querySelector(`.event.${status}:not(.hovered):not([aria-current]):not(.soft) .mark`);
			return { status, path: look(g.querySelector('path')!), component: twin ? look(twin) : null };
		});
	});
	const compared = styles.filter((s) => s.component !== null);
	expect(compared.length).toBeGreaterThan(0);
	for (const s of compared) expect(s.path, s.status).toBe(s.component);
});

test('the pointer hovers and selects a mark drawn as a path as it does a component', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(articleUrl);
	await expect(plot(page).locator('.bare-marks path').first()).toBeAttached();

	const at = await pathPoint(page);
	await page.mouse.move(at.x, at.y);
	// The mark under the pointer is hovered: a component now, named on a pill.
	const hovered = plot(page).locator('[data-event-id].hovered');
	await expect(hovered).toHaveCount(1);
	await expect(plot(page).locator('.peek')).toHaveCount(1);
	expect((await hovered.getAttribute('aria-label'))!.startsWith((await plot(page).locator('.peek').textContent())!.replace(/…$/, ''))).toBe(true);
	// Its component covers the path's mark: the same circle.
	const box = (await hovered.locator('.mark').boundingBox())!;
	expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThan(1.5);
	expect(Math.abs(box.y + box.height / 2 - at.y)).toBeLessThan(1.5);
	const id = (await hovered.getAttribute('data-event-id'))!;

	await page.mouse.down();
	await page.mouse.up();
	await expect(plot(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('[data-view="text"] .sentence[aria-current="true"]')).toHaveCount(1);

	// Away from it, the hover ends and the selection stays a component; Escape clears it.
	await page.mouse.move(5, 5);
	await expect(hovered).toHaveCount(0);
	await expect(plot(page).locator(`[data-event-id="${id}"][aria-current="true"]`)).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(plot(page).locator('[aria-current="true"]')).toHaveCount(0);
});

test('a tap on a mark drawn as a path, with no hover before, selects it', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(articleUrl);
	await expect(plot(page).locator('.bare-marks path').first()).toBeAttached();
	const at = await pathPoint(page);
	// A click dispatched at the point, as a tap brings it: no pointer move first.
	await plot(page).evaluate((svg, { x, y }) => svg.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true })), at);
	await expect(plot(page).locator('[data-event-id][aria-current="true"]')).toHaveCount(1);
	await expect(page.locator('[data-view="text"] .sentence[aria-current="true"]')).toHaveCount(1);
});

test('in a dense window, arrow keys step through the events, each focused as a component', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto(articleUrl);
	await expect(plot(page).locator('.bare-marks path').first()).toBeAttached();
	await page.getByRole('button', { name: 'Main story' }).focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const focused = plot(page).locator('[data-event-id]:focus');
	await expect(focused).toHaveCount(1);
	const seen = new Set<string>();
	for (let i = 0; i < 5; i++) {
		seen.add((await focused.getAttribute('data-event-id'))!);
		await page.keyboard.press('ArrowRight');
		await expect(focused).toHaveCount(1);
	}
	expect(seen.size).toBe(5);
	await page.keyboard.press('Enter');
	await expect(focused).toHaveAttribute('aria-current', 'true');
});
