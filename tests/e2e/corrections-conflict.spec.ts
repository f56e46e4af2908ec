import { expect, test } from '@playwright/test';
import { apiFacts, newArticle, openEvent } from './corrections-kit';

test('two people editing the same article: the second sees what changed and keeps their edit', async ({ browser, request }) => {
	const first = await browser.newContext();
	const second = await browser.newContext();
	const p1 = await first.newPage();
	const p2 = await second.newPage();
	const id = await newArticle(p1, 'Correction: conflict');
	const target = (await apiFacts(request, id)).events[0];
	await openEvent(p1, id, target.id, target.label);
	await openEvent(p2, id, target.id, target.label);

	// Both open the editor on version 0.
	for (const [p, name] of [[p1, 'Alice'], [p2, 'Bob']] as const) {
		await p.getByTestId('edit-event').click();
		await p.getByTestId('author-input').fill(name);
	}
	await p1.getByTestId('edit-label').fill('Alice’s label');
	await p1.getByTestId('save-edit').click();
	await expect(p1.locator('.panel h2')).toContainText('Alice’s label');

	await p2.getByTestId('edit-label').fill('Bob’s label');
	await p2.getByTestId('edit-status').selectOption('reported');
	await p2.getByTestId('save-edit').click();
	const conflict = p2.getByTestId('conflict');
	await expect(conflict).toContainText('Someone else changed this article');
	await expect(conflict).toContainText('Alice');
	await expect(conflict).toContainText('Alice’s label');
	// Nothing of Bob's is lost, and Alice's edit was not overwritten.
	await expect(p2.getByTestId('edit-label')).toHaveValue('Bob’s label');
	await expect(p2.getByTestId('edit-status')).toHaveValue('reported');
	expect((await apiFacts(request, id)).events[0].label).toBe('Alice’s label');

	// Saving again, knowingly, on top of Alice's version.
	await p2.getByTestId('save-edit').click();
	await expect(p2.locator('.panel h2')).toContainText('Bob’s label');
	expect((await apiFacts(request, id)).events[0]).toMatchObject({ label: 'Bob’s label', status: 'reported' });
	await first.close();
	await second.close();
});

test('the API refuses a stale version with 409 problem details and takes If-Match', async ({ page, request }) => {
	const id = await newArticle(page, 'Correction: API');
	const { events, etag } = await apiFacts(request, id);
	expect(etag).toBe('"v0"');
	const e = events[0];
	const target = { id: e.id, sentence: e.sentence, trigger: (await (await request.get(`/api/articles/${id}`)).json()).events[0].trigger };
	const op = { type: 'edit', target, changes: { label: 'By the API' } };

	const ok = await request.post(`/api/articles/${id}/corrections`, { data: { op, author: 'robot' }, headers: { 'if-match': '"v0"' } });
	expect(ok.status()).toBe(201);
	expect(ok.headers()['etag']).toBe('"v1"');
	const { correction } = (await ok.json()) as { correction: { id: number } };

	const stale = await request.post(`/api/articles/${id}/corrections`, { data: { op: { ...op, changes: { label: 'Stale' } }, author: 'other', expectedVersion: 0 } });
	expect(stale.status()).toBe(409);
	expect(stale.headers()['content-type']).toBe('application/problem+json');
	expect(await stale.json()).toMatchObject({ status: 409, title: 'Conflict', currentVersion: 1, changes: [{ author: 'robot', summary: expect.stringContaining('By the API') }] });

	const missing = await request.post(`/api/articles/${id}/corrections`, { data: { op, author: 'x' } });
	expect(missing.status()).toBe(428);
	const invalid = await request.post(`/api/articles/${id}/corrections`, { data: { op: { type: 'edit', target, changes: { date: { value: '2024-13-01', precision: 'day' } } }, author: 'x', expectedVersion: 1 } });
	expect(invalid.status()).toBe(422);
	expect(await invalid.json()).toMatchObject({ errors: [{ field: 'changes.date.value' }] });

	const undo = await request.post(`/api/articles/${id}/corrections/${correction.id}/undo`, { data: { author: 'robot', expectedVersion: 1 } });
	expect(undo.status()).toBe(201);
	const after = await apiFacts(request, id);
	expect(after.etag).toBe('"v2"');
	expect(after.events[0].label).toBe(e.label);
});
