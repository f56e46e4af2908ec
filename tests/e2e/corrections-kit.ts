/**
 * What the correction browser tests share: a fresh article of their own (so
 * no test sees another's corrections, and the sample stays as extracted),
 * and its fact file as the API serves it.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const TEXT = [
	'Le Premier ministre japonais est arrivé lundi à Paris pour une visite de trois jours.',
	'Il rencontrera le président français mercredi au palais de l’Élysée.',
	'Les deux dirigeants s’étaient déjà rencontrés à Tokyo en 2019.',
	'La délégation repartira vendredi pour Berlin.'
].join('\n\n');

export interface ApiEvent {
	id: string;
	label: string;
	sentence: number;
	sentences: number[];
	when: { value: string; granularity: string } | null;
	where: { name: string } | null;
	status: string;
	corrected?: boolean;
	correctedFields?: string[];
}

export async function newArticle(page: Page, title: string): Promise<string> {
	await page.goto('/');
	await page.getByLabel(/^Title/).fill(title);
	await page.getByLabel(/Publication date/).fill('2024-03-06');
	await page.getByLabel(/^Language/).selectOption('fr');
	await page.getByLabel(/^Text/).fill(TEXT);
	await page.getByRole('button', { name: /extract/i }).click();
	await expect(page).toHaveURL(/\/articles\/[^/?]+(\?.*)?$/);
	return new URL(page.url()).pathname.split('/').pop()!;
}

export async function apiFacts(request: APIRequestContext, id: string): Promise<{ events: ApiEvent[]; etag: string | undefined }> {
	const res = await request.get(`/api/articles/${id}`);
	expect(res.status()).toBe(200);
	const body = (await res.json()) as { events: ApiEvent[] };
	return { events: body.events, etag: res.headers()['etag'] };
}

/** Opens the article with `eventId` selected and waits for the panel to show it. */
export async function openEvent(page: Page, id: string, eventId: string, label: string): Promise<void> {
	await page.goto(`/articles/${id}?event=${eventId}`);
	await expect(page.locator('.panel h2')).toContainText(label);
}

export async function giveName(page: Page, name: string): Promise<void> {
	const field = page.getByTestId('author-input');
	if (await field.count()) await field.first().fill(name);
}
