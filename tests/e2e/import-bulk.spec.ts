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
	// Large files take long enough to extract for the bar to be seen part-way.
	const long = (n: number) => `${SEOUL}\n\n${'Le tir a eu lieu alors que Kim Jong Un se trouvait en Russie. '.repeat(n)}`;
	const values: number[] = [];
	await bulk.locator('#bulk-files').setInputFiles([file('a.txt', long(300)), file('b.txt', long(300)), file('c.txt', long(300))]);
	const progress = bulk.getByTestId('bulk-progress');
	for (let i = 0; i < 100; i++) {
		const v = Number(await progress.getAttribute('value'));
		values.push(v);
		if (v === Number(await progress.getAttribute('max'))) break;
		await page.waitForTimeout(100);
	}
	const max = Number(await progress.getAttribute('max'));
	expect(values.at(-1)).toBe(max);
	// It never goes back, and it was seen between the ends.
	for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
	expect(values.some((v) => v > 0 && v < max)).toBe(true);
});
