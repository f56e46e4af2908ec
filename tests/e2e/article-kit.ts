import { expect, type Browser } from '@playwright/test';

export interface NewArticle {
	title: string;
	dct: string;
	lang: 'fr' | 'en';
	text: string;
}

/**
 * Adds an article through the library's form, as a reader would, and returns
 * its page's path. Run in a `beforeAll`, on a page of its own.
 */
export async function addArticle(browser: Browser, a: NewArticle): Promise<string> {
	const page = await browser.newPage();
	try {
		await page.goto('/');
		await page.getByLabel(/^Title/).fill(a.title);
		await page.getByLabel(/Publication date/).fill(a.dct);
		await page.getByLabel(/^Language/).selectOption(a.lang);
		await page.getByLabel(/^Text/).fill(a.text);
		await page.getByRole('button', { name: /extract/i }).click();
		await expect(page).toHaveURL(/\/articles\/[^/?]+/);
		return new URL(page.url()).pathname;
	} finally {
		await page.close();
	}
}
