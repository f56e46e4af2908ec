import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Fails on any serious or critical axe-core violation, listing them all. */
async function expectNoSeriousViolations(page: Page) {
	const result = await new AxeBuilder({ page }).analyze();
	const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`);
	expect(report, report.join('\n')).toEqual([]);
}

async function openSample(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /Le dirigeant nord-coréen arrive en Russie/ }).first().click();
	await expect(page).toHaveURL(/\/articles\/[^/?]+/);
	await expect(page.locator('[data-view="map"] [data-event-ids]').first()).toBeVisible();
	await expect(page.locator('[data-view="map"] path').first()).toBeAttached();
}

for (const [name, size] of [
	['desktop', { width: 1400, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test.describe(`axe on ${name}`, () => {
		test.use({ viewport: size });

		test('the library page has no serious or critical violations', async ({ page }) => {
			await page.goto('/');
			await expectNoSeriousViolations(page);
		});

		test('the sample article has no serious or critical violations', async ({ page }) => {
			await openSample(page);
			await expectNoSeriousViolations(page);
		});

		test('the sample article with an event selected has no serious or critical violations', async ({ page }) => {
			await openSample(page);
			await page.locator('[data-sentence-index]', { hasText: 'quittait la gare de Pyongyang' }).first().click();
			await expect(page).toHaveURL(/[?&]event=/);
			await expectNoSeriousViolations(page);
		});
	});
}

test.describe('keyboard', () => {
	test.use({ viewport: { width: 1400, height: 900 } });

	test('Tab reaches the text, the timeline and the map', async ({ page }) => {
		await openSample(page);
		await page.locator('h1').click();
		const seen = new Set<string>();
		for (let i = 0; i < 200 && seen.size < 3; i++) {
			await page.keyboard.press('Tab');
			const view = await page.evaluate(() => document.activeElement?.closest('[data-view]')?.getAttribute('data-view') ?? null);
			if (view) seen.add(view);
		}
		expect([...seen].sort()).toEqual(['map', 'text', 'timeline']);
	});

	test('arrow keys step through timeline events in time order; Enter selects, Escape clears', async ({ page }) => {
		await openSample(page);
		// The timeline opens on the main story; walk the whole time span.
		await page.getByRole('button', { name: 'All dates' }).click();
		// The screen reader's list gives the time order (dated events first).
		const listed = await page.locator('[data-view="timeline"] [data-event-ref]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-ref')!));
		// Only one event is a Tab stop; Tab from the toolbar lands on it.
		await expect(page.locator('[data-view="timeline"] svg [data-event-id][tabindex="0"]')).toHaveCount(1);
		const first = page.locator(`[data-view="timeline"] [data-event-id="${listed[0]}"]`);
		await first.focus();
		// Walk right until the last dated event (focus stops moving there);
		// events waiting in a +N cluster are drawn as the walk reaches them.
		const walked = [listed[0]];
		for (let i = 1; i < listed.length; i++) {
			await page.keyboard.press('ArrowRight');
			const before = walked.at(-1);
			let next = before;
			// Focus moves after the next render: give it a moment.
			for (let t = 0; t < 20 && next === before; t++) {
				await page.waitForTimeout(25);
				next = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? '');
			}
			if (next === before || !next) break;
			walked.push(next);
		}
		const dated = walked.length;
		expect(dated).toBeGreaterThan(5);
		expect(walked).toEqual(listed.slice(0, dated));
		// The focused event is on screen (the timeline pans to it) and shows its focus.
		const focused = page.locator(`[data-view="timeline"] [data-event-id="${walked.at(-1)}"]`);
		await expect(focused).toBeFocused();
		const hit = await focused.locator('.hit').evaluate((el) => getComputedStyle(el).stroke);
		expect(hit).not.toBe('none');
		await page.keyboard.press('ArrowLeft');
		const id = listed[dated - 2];
		await expect(page.locator(`[data-view="timeline"] [data-event-id="${id}"]`)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator(`[data-view="timeline"] [data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
		await page.keyboard.press('Escape');
		await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBeNull();
	});

	test('screen readers get an ordered list of events with dates and places', async ({ page }) => {
		await openSample(page);
		const items = page.locator('[data-view="timeline"] ol li[data-event-ref]');
		expect(await items.count()).toBeGreaterThan(5);
		const text = (await items.allTextContents()).join('\n');
		expect(text).toMatch(/1948/);
		expect(text).toMatch(/Pyongyang/);
		expect(text).toMatch(/Vladivostok/);
	});

	test('reduced motion turns transitions off', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openSample(page);
		const d = await page.locator('[data-sentence-index]').first().evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(parseFloat(d)).toBeLessThan(0.01);
	});
});
