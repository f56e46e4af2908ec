import { expect, test, type Page } from '@playwright/test';

const TEXT = [
	'Le Premier ministre japonais est arrivé lundi à Paris pour une visite de trois jours.',
	'Il rencontrera le président français mercredi au palais de l’Élysée.',
	'Les deux dirigeants s’étaient déjà rencontrés à Tokyo en 2019.'
].join('\n\n');

async function fill(page: Page, fields: { title?: string; dct?: string; lang?: string; text?: string }) {
	if (fields.title !== undefined) await page.getByLabel(/^Title/).fill(fields.title);
	if (fields.dct !== undefined) await page.getByLabel(/Publication date/).fill(fields.dct);
	if (fields.lang !== undefined) await page.getByLabel(/^Language/).selectOption(fields.lang);
	if (fields.text !== undefined) await page.getByLabel(/^Text/).fill(fields.text);
}

const submit = (page: Page) => page.getByRole('button', { name: /extract/i }).click();

test('a pasted article is extracted, stored and opened', async ({ page }) => {
	await page.goto('/');
	await fill(page, { title: 'Visite du Premier ministre japonais', dct: '2024-03-06', lang: 'fr', text: TEXT });
	await submit(page);
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
	await expect(page.locator('[data-view="text"]')).toContainText('Premier ministre japonais');
	// Lundi before 6 March 2024 (a Wednesday) is the 4th; the Paris marker is there.
	await expect(page.locator('[data-view="map"] [data-event-ids][aria-label*="Paris"]').first()).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Visite du Premier ministre japonais' })).toBeVisible();
});

test('the form works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await fill(page, { title: 'Sans JavaScript', dct: '2024-03-06', lang: 'fr', text: TEXT });
	await submit(page);
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
	await expect(page.locator('[data-view="text"]')).toContainText('Tokyo en 2019');
	await context.close();
});

const BAD: Array<[string, { title?: string; dct?: string; lang?: string; text?: string }, string, RegExp]> = [
	['empty text', { dct: '2024-03-06', text: '   ' }, 'text', /empty/i],
	['missing date', { dct: '', text: TEXT }, 'dct', /publication date/i],
	['impossible date', { dct: '2023-02-30', text: TEXT }, 'dct', /not a day of the calendar/i],
	['text over the size limit', { dct: '2024-03-06', text: 'a'.repeat(200_001) }, 'text', /limit is 200,000/]
];

for (const [name, fields, field, message] of BAD) {
	test(`bad input: ${name} is refused beside the field, and what was typed is kept`, async ({ page }) => {
		await page.goto('/');
		await fill(page, { title: `Case ${name}`, lang: 'fr', ...fields });
		await submit(page);
		await expect(page).toHaveURL(/\/(\?.*)?$/);
		await expect(page.locator(`#${field}-error`)).toContainText(message);
		await expect(page.getByLabel(/^Title/)).toHaveValue(`Case ${name}`);
		if (field !== 'text') await expect(page.getByLabel(/^Text/)).toHaveValue(fields.text ?? '');
		if (field !== 'dct') await expect(page.getByLabel(/Publication date/)).toHaveValue(fields.dct ?? '');
	});
}

test('bad input: an unsupported language is refused beside the field', async ({ page }) => {
	await page.goto('/');
	await fill(page, { title: 'Auf Deutsch', dct: '2024-03-06', text: TEXT });
	// The select offers only fr and en; a crafted request can still send another.
	const select = page.getByLabel(/^Language/);
	await select.evaluate((el) => {
		const option = document.createElement('option');
		option.value = 'de';
		option.textContent = 'Deutsch';
		el.appendChild(option);
	});
	// Chosen as a user would, once the option exists.
	await select.selectOption('de');
	await submit(page);
	await expect(page.locator('#lang-error')).toContainText(/not a supported language/);
	await expect(page.getByLabel(/^Text/)).toHaveValue(TEXT);
});
