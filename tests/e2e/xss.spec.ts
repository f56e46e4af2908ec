import { expect, test, type Page } from '@playwright/test';

/**
 * Article text, titles, labels, place names, actors and file names come
 * from users and from the web. Each payload would set `window.__xss` or open
 * a dialog if the page ever treated it as HTML or as a link target.
 */
const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const SCRIPT = '<script>window.__xss=1;alert(1)</script>';
const SVG = '"><svg onload="window.__xss=1;alert(1)">';
const JS_LINK = 'javascript:window.__xss=1;alert(1)';

/** Fails the test if any payload ran: a dialog opened or the flag was set. */
async function watch(page: Page): Promise<() => Promise<void>> {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	return async () => {
		expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
		expect(dialogs).toEqual([]);
	};
}

test('pasted text and title with payloads show as literal text', async ({ page }) => {
	const check = await watch(page);
	const text = [
		`Le président est arrivé lundi à Paris ${IMG} pour une visite.`,
		`Il a déclaré ${SCRIPT} qu’il repartirait mardi ${SVG}.`,
		`Voir [le lien](${JS_LINK}) et <a href="${JS_LINK}">ici</a>.`
	].join('\n\n');
	await page.goto('/');
	await page.getByLabel(/^Title/).fill(`Titre ${SVG} ${IMG}`);
	await page.getByLabel(/Publication date/).fill('2024-03-06');
	await page.getByLabel(/^Language/).selectOption('fr');
	await page.getByLabel(/^Text/).fill(text);
	await page.getByRole('button', { name: /extract/i }).click();
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
	await expect(page.locator('h1')).toHaveText(`Titre ${SVG} ${IMG}`);
	const view = page.locator('[data-view="text"]');
	for (const payload of [IMG, SCRIPT, SVG]) await expect(view).toContainText(payload);
	await expect(page.locator('[data-view="text"] a[href^="javascript"]')).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('link', { name: `Titre ${SVG} ${IMG}` })).toBeVisible();
	await page.waitForTimeout(300);
	await check();
});

test('an uploaded web page with scripts and handlers runs none of them', async ({ page }) => {
	const check = await watch(page);
	const html = `<!doctype html><html lang="en"><head><title>Summit ${IMG}</title>
<script>window.__xss=1</script><meta property="article:published_time" content="2023-09-13"></head>
<body onload="window.__xss=1"><article><h1>Summit</h1>
<p>Kim Jong Un met Vladimir Putin on Wednesday at the Vostochny cosmodrome <img src=x onerror="window.__xss=1;alert(1)">, the Kremlin said in a statement.</p>
<p>The two leaders <a href="${JS_LINK}">talked</a> for hours &lt;script&gt;window.__xss=1&lt;/script&gt; about space and weapons.</p>
<svg onload="window.__xss=1"></svg><iframe src="${JS_LINK}"></iframe></article></body></html>`;
	await page.goto('/');
	await page.getByLabel(/^Or read a file/).setInputFiles({ name: 'summit.html', mimeType: 'text/html', buffer: Buffer.from(html) });
	await page.getByRole('button', { name: 'Read the file' }).click();
	await expect(page.getByLabel(/^Text/)).toHaveValue(/Vostochny cosmodrome , the Kremlin said/);
	// The escaped script in the page is text, and stays text.
	await expect(page.getByLabel(/^Text/)).toHaveValue(/<script>window.__xss=1<\/script>/);
	await page.getByRole('button', { name: /extract/i }).click();
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
	await expect(page.locator('[data-view="text"]')).toContainText('<script>window.__xss=1</script>');
	await page.waitForTimeout(300);
	await check();
});

test('file names with payloads show as text in the bulk results', async ({ page }) => {
	const check = await watch(page);
	await page.goto('/');
	const names = [`${IMG}.txt`, `${SVG}.pdf`, `${SCRIPT}.md`];
	await page.locator('#bulk-files').setInputFiles([
		{ name: names[0], mimeType: 'text/plain', buffer: Buffer.from('PARIS, 12 sept 2023 (AFP) – Le gouvernement a annoncé mardi un plan pour les hôpitaux.') },
		{ name: names[1], mimeType: 'application/pdf', buffer: Buffer.from('%PDF') },
		{ name: names[2], mimeType: 'text/markdown', buffer: Buffer.from([0, 1, 2, 3]) }
	]);
	await expect(page.getByTestId('bulk-summary')).toHaveText(/3 of 3 files/, { timeout: 30_000 });
	const results = page.getByTestId('bulk-results');
	for (const name of names) await expect(results).toContainText(name);
	await expect(results.locator('img, svg, script')).toHaveCount(0);
	await page.waitForTimeout(300);
	await check();
});

test('an imported fact file with payloads in labels, places and actors shows them as text', async ({ page }) => {
	const check = await watch(page);
	const text = `Kim met Putin in Paris on Wednesday ${IMG}.`;
	const facts = {
		article: { lang: 'en', dct: '2023-09-13', title: `Imported ${SCRIPT}`, text },
		sentences: [{ index: 0, start: 0, end: text.length }],
		places: [
			{ id: 'p1', start: 17, end: 22, text: 'Paris', sentence: 0, name: `Paris ${SVG}`, lat: 48.8566, lon: 2.3522, kind: 'city' }
		],
		events: [
			{
				id: 'e1',
				sentence: 0,
				label: `Meeting ${IMG}`,
				trigger: { start: 4, end: 7, text: 'met' },
				when: { value: '2023-09-13', granularity: 'day', interval: { start: '2023-09-13T00:00', end: '2023-09-14T00:00' } },
				where: { name: `Paris ${SVG}`, lat: 48.8566, lon: 2.3522, kind: 'city', place: 'p1' },
				status: 'occurred',
				actors: [SCRIPT, `<a href="${JS_LINK}">Kim</a>`],
				attribution: IMG
			}
		]
	};
	await page.goto('/');
	await page.getByLabel(/^Or read a file/).setInputFiles({ name: 'facts.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(facts)) });
	await page.getByRole('button', { name: 'Read the file' }).click();
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
	await expect(page.locator('h1')).toHaveText(`Imported ${SCRIPT}`);
	// The page may already carry view parameters (?map=…): add the selection to them.
	const withEvent = new URL(page.url());
	withEvent.searchParams.set('event', 'e1');
	await page.goto(withEvent.href);
	await expect(page.getByRole('heading', { name: `Meeting ${IMG}` })).toBeVisible();
	await expect(page.locator('.fl-place-label').first()).toHaveText(`Paris ${SVG}`);
	await expect(page.locator('[data-view="text"]')).toContainText(IMG);
	await expect(page.locator('main a[href^="javascript"]')).toHaveCount(0);
	await page.waitForTimeout(300);
	await check();
});
