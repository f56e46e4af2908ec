import { expect, test } from '@playwright/test';
import { apiFacts, giveName, newArticle, openEvent } from './corrections-kit';

test('editing an event’s label, date and place updates the panel, timeline and map, and survives a reload', async ({ page, request }) => {
	const id = await newArticle(page, 'Correction: edit');
	const { events } = await apiFacts(request, id);
	const target = events.find((e) => e.sentence === 0)!;
	await openEvent(page, id, target.id, target.label);

	await page.getByTestId('edit-event').click();
	const editor = page.getByTestId('event-editor');
	await editor.getByTestId('edit-label').fill('Arrivée du Premier ministre à Lyon');
	await editor.getByTestId('edit-precision').selectOption('day');
	await editor.getByTestId('edit-date').fill('2024-03-05');
	await editor.getByTestId('place-query').fill('Lyo');
	await editor.getByTestId('place-results').getByRole('button', { name: /^Lyon\b/ }).first().click();
	await giveName(page, 'Alice');
	await editor.getByTestId('save-edit').click();

	const check = async () => {
		await expect(page.locator('.panel h2')).toContainText('Arrivée du Premier ministre à Lyon');
		await expect(page.getByTestId('corrected-mark')).toBeVisible();
		await expect(page.locator('.panel')).toContainText('5 Mar 2024');
		await expect(page.locator(`[data-view="timeline"] [data-event-id="${target.id}"][aria-label]`).first()).toHaveAttribute('aria-label', /Lyon, 5 Mar 2024/);
		const marker = page.locator(`[data-view="map"] [data-event-ids~="${target.id}"]`).first();
		await expect(marker).toHaveAttribute('aria-label', /Lyon/);
		await expect(page.getByTestId('history-entry').first()).toContainText('Alice');
	};
	await check();
	await page.reload();
	await check();

	// The API and every export carry the correction.
	const after = (await apiFacts(request, id)).events.find((e) => e.id === target.id)!;
	expect(after).toMatchObject({ label: 'Arrivée du Premier ministre à Lyon', when: { value: '2024-03-05', granularity: 'day' }, where: { name: 'Lyon' }, corrected: true });
	const geojson = (await (await request.get(`/articles/${id}/export/geojson`)).json()) as { features: Array<{ properties: Record<string, unknown> }> };
	expect(JSON.stringify(geojson.features.map((f) => f.properties))).toContain('Arrivée du Premier ministre à Lyon');
	const csv = await (await request.get(`/articles/${id}/export/csv`)).text();
	expect(csv).toContain('Arrivée du Premier ministre à Lyon');
	expect(csv).toContain('2024-03-05');
	const ics = await (await request.get(`/articles/${id}/export/ics`)).text();
	expect(ics).toMatch(/DTSTART;VALUE=DATE:20240305/);
});

test('a bad date is refused beside the field and nothing typed is lost', async ({ page, request }) => {
	const id = await newArticle(page, 'Correction: bad date');
	const target = (await apiFacts(request, id)).events[0];
	await openEvent(page, id, target.id, target.label);
	await page.getByTestId('edit-event').click();
	const editor = page.getByTestId('event-editor');
	await editor.getByTestId('edit-label').fill('Kept label');
	await editor.getByTestId('edit-precision').selectOption('day');
	await editor.getByTestId('edit-date').fill('2024-02-30');
	await giveName(page, 'Alice');
	await editor.getByTestId('save-edit').click();
	await expect(editor.getByTestId('date-error')).toContainText('not a day of the calendar');
	await expect(editor.getByTestId('edit-label')).toHaveValue('Kept label');
	await expect(editor.getByTestId('edit-date')).toHaveValue('2024-02-30');
	expect((await apiFacts(request, id)).events[0].label).toBe(target.label);
});

test('delete asks first, removes the event everywhere, and undo brings it back', async ({ page, request }) => {
	const id = await newArticle(page, 'Correction: delete');
	const { events } = await apiFacts(request, id);
	const target = events[1];
	await openEvent(page, id, target.id, target.label);
	await page.getByTestId('delete-event').click();
	await expect(page.getByTestId('delete-confirm')).toContainText(`Delete “${target.label}”?`);
	await giveName(page, 'Bob');
	await page.getByTestId('confirm-delete').click();

	await expect(page.locator(`[data-view="timeline"] [data-event-id="${target.id}"]`)).toHaveCount(0);
	await expect(page.locator(`[data-view="map"] [data-event-ids~="${target.id}"]`)).toHaveCount(0);
	expect((await apiFacts(request, id)).events.map((e) => e.id)).not.toContain(target.id);

	await page.getByTestId('undo-last').click();
	await expect(page.locator(`[data-view="timeline"] [data-event-id="${target.id}"]`).first()).toBeAttached();
	expect((await apiFacts(request, id)).events.map((e) => e.id)).toContain(target.id);
	await expect(page.getByTestId('history-entry').first()).toContainText('Undid correction');
	await expect(page.getByTestId('history-entry').nth(1)).toContainText('Undone');
});

test('merging two events leaves one citing the sentences of both', async ({ page, request }) => {
	const id = await newArticle(page, 'Correction: merge');
	const { events } = await apiFacts(request, id);
	const [a, b] = [events[0], events.find((e) => e.sentence !== events[0].sentence)!];
	await openEvent(page, id, a.id, a.label);
	await page.getByTestId('merge-event').click();
	await page.getByTestId('merge-other').selectOption(b.id);
	await giveName(page, 'Chloé');
	await page.getByTestId('confirm-merge').click();

	await expect(page.getByTestId('history-entry').first()).toContainText('Merged');
	await expect(page.locator('.panel .quotes blockquote')).toHaveCount(new Set([...a.sentences, ...b.sentences]).size);
	await expect(page.locator(`[data-view="timeline"] [data-event-id="${b.id}"]`)).toHaveCount(0);
	const merged = (await apiFacts(request, id)).events.find((e) => e.id === a.id)!;
	expect(merged.sentences).toEqual(expect.arrayContaining([...a.sentences, ...b.sentences]));
});

test('an event is added from the selected sentence, dated from it, and selected', async ({ page, request }) => {
	const id = await newArticle(page, 'Correction: add');
	const { events } = await apiFacts(request, id);
	const anchor = events.find((e) => e.sentence === 3) ?? events[events.length - 1];
	await openEvent(page, id, anchor.id, anchor.label);
	await page.getByTestId('add-from-sentence').click();
	const adder = page.getByTestId('event-adder');
	await expect(adder.getByTestId('add-sentence')).toHaveValue(String(anchor.sentence));
	await adder.getByTestId('edit-label').fill('Conférence de presse commune');
	await adder.getByTestId('edit-status').selectOption('planned');
	await giveName(page, 'Dan');
	await adder.getByTestId('save-add').click();

	await expect(page).toHaveURL(/[?&]event=c\d+/);
	await expect(page.locator('.panel h2')).toContainText('Conférence de presse commune');
	const added = (await apiFacts(request, id)).events.find((e) => e.label === 'Conférence de presse commune')!;
	expect(added).toMatchObject({ sentence: anchor.sentence, status: 'planned', corrected: true, correctedFields: ['added'] });
	await page.reload();
	await expect(page.locator('.panel h2')).toContainText('Conférence de presse commune');
});

test('the editor works without JavaScript', async ({ browser, request }) => {
	const js = await browser.newPage();
	const id = await newArticle(js, 'Correction: no JavaScript');
	await js.close();
	const target = (await apiFacts(request, id)).events[0];
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/articles/${id}?event=${target.id}`);
	await page.getByTestId('edit-event').click();
	const editor = page.getByTestId('event-editor');
	await editor.getByTestId('edit-label').fill('Sans JavaScript');
	await editor.getByTestId('place-query').fill('Marseille');
	await page.getByTestId('author-input').fill('Eve');
	await editor.getByTestId('save-edit').click();
	await expect(page.locator('.panel h2')).toContainText('Sans JavaScript');
	expect((await apiFacts(request, id)).events.find((e) => e.id === target.id)).toMatchObject({ label: 'Sans JavaScript', where: { name: 'Marseille' } });
	await context.close();
});
