import { expect, test } from '@playwright/test';

const file = (name: string, content: string | Buffer, mimeType = 'text/plain') => ({
	name,
	mimeType,
	buffer: Buffer.isBuffer(content) ? content : Buffer.from(content)
});

const SEOUL = 'SÉOUL, 13 septembre 2023 (Reuters) - La Corée du Nord a tiré deux missiles balistiques mercredi matin vers la mer du Japon.';
const WASHINGTON = 'WASHINGTON, Sept. 13, 2023 (Reuters) - The White House said on Wednesday that it was watching the summit in Russia closely.';
const UNDATED = 'La Corée du Nord a tiré deux missiles balistiques mercredi matin vers la mer du Japon, selon l’armée sud-coréenne.';

test('many files: a progress bar, a result per file, and a bad file does not stop the others', async ({ page }) => {
	await page.goto('/');
	const bulk = page.getByTestId('bulk-import');
	await bulk.locator('#bulk-files').setInputFiles([
		file('seoul.txt', SEOUL),
		file('broken.bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01])),
		file('undated.txt', UNDATED),
		file('washington.md', `# White House\n\n${WASHINGTON}`),
		file('slides.pdf', '%PDF-1.4')
	]);
	const results = bulk.getByTestId('bulk-results');
	await expect(bulk.getByTestId('bulk-summary')).toHaveText('5 of 5 files imported or refused (3 refused).', { timeout: 30_000 });
	const progress = bulk.getByTestId('bulk-progress');
	expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'));

	const row = (name: string) => results.locator(`li[data-file="${name}"]`);
	await expect(row('seoul.txt')).toHaveAttribute('data-state', 'done');
	await expect(row('seoul.txt')).toContainText('date 2023-09-13 proposed from the dateline');
	await expect(row('washington.md')).toHaveAttribute('data-state', 'done');
	await expect(row('washington.md').getByRole('link')).toHaveText('White House');
	await expect(row('broken.bin.txt')).toContainText('is not a text file');
	await expect(row('undated.txt')).toContainText('gives no publication date');
	await expect(row('slides.pdf')).toContainText('not a file Factline reads');

	// The links open the new articles, and the library lists them.
	await expect(page.getByRole('link', { name: 'White House' }).first()).toBeVisible();
	await row('seoul.txt').getByRole('link').click();
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
	await expect(page.locator('[data-view="text"]')).toContainText('mer du Japon');
});

test('a date set for the batch dates the files that carry none', async ({ page }) => {
	await page.goto('/');
	const bulk = page.getByTestId('bulk-import');
	await bulk.getByLabel(/^Batch date/).fill('2023-09-14');
	await bulk.getByLabel(/^Batch language/).selectOption('fr');
	await bulk.locator('#bulk-files').setInputFiles([file('undated.txt', UNDATED)]);
	const row = bulk.locator('li[data-file="undated.txt"]');
	await expect(row).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
	await expect(row).toContainText('date 2023-09-14 set for the batch');
});

test('the progress bar follows the bytes sent, file by file', async ({ page }) => {
	await page.goto('/');
	const bulk = page.getByTestId('bulk-import');
	// Every value the bar takes is recorded in the page, however fast it moves.
	await page.evaluate(() => {
		const seen: Array<[number, number]> = [];
		(window as unknown as { __bar: typeof seen }).__bar = seen;
		new MutationObserver(() => {
			const bar = document.querySelector<HTMLProgressElement>('[data-testid="bulk-progress"]');
			if (bar) seen.push([bar.value, bar.max]);
		}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max'] });
	});
	const long = (n: number) => `${SEOUL}\n\n${'Le tir a eu lieu alors que Kim Jong Un se trouvait en Russie. '.repeat(n)}`;
	await bulk.locator('#bulk-files').setInputFiles([file('a.txt', long(300)), file('b.txt', long(600)), file('c.txt', long(300))]);
	await expect(bulk.getByTestId('bulk-summary')).toHaveText(/^3 of 3 files/, { timeout: 60_000 });
	for (const name of ['a.txt', 'b.txt', 'c.txt']) await expect(bulk.locator(`li[data-file="${name}"]`)).toHaveAttribute('data-state', 'done');
	const seen = await page.evaluate(() => (window as unknown as { __bar: Array<[number, number]> }).__bar);
	const max = seen.at(-1)?.[1] ?? 0;
	const values = seen.map(([v]) => v);
	expect(values.at(-1)).toBe(max);
	// It never goes back, and it stops between the ends as each file finishes.
	for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
	expect(new Set(values.filter((v) => v > 0 && v < max)).size).toBeGreaterThanOrEqual(2);
});
