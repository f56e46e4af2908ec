import { expect, test, type Page } from '@playwright/test';

const PAGE_HTML = `<!doctype html><html lang="fr"><head><title>Kim à Vladivostok | Le Journal</title>
<meta property="article:published_time" content="2023-09-12T10:05:00+02:00"></head>
<body><nav>Accueil · Monde · Sport</nav><article><h1>Kim à Vladivostok</h1>
<p>Le dirigeant nord-coréen Kim Jong Un est arrivé mardi à Vladivostok, en Russie, pour une visite officielle attendue depuis des semaines.</p>
<p>Son train blindé avait quitté Pyongyang dimanche soir et traversé la frontière à Khassan, selon l’agence KCNA.</p>
<p>Il doit rencontrer Vladimir Poutine mercredi au cosmodrome de Vostochny, a indiqué le Kremlin.</p></article>
<footer>© Le Journal</footer></body></html>`;

const DATELINED = [
	'SÉOUL, 13 septembre 2023 (Reuters) - La Corée du Nord a tiré deux missiles balistiques mercredi matin vers la mer du Japon.',
	'Le tir a eu lieu alors que Kim Jong Un se trouvait en Russie pour rencontrer Vladimir Poutine.'
].join('\n\n');

async function readFile(page: Page, name: string, content: string | Buffer, mimeType = 'text/plain') {
	await page.getByLabel(/^Or read a file/).setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
	await page.getByRole('button', { name: 'Read the file' }).click();
}

test('an uploaded web page fills the form with its article, title and proposals, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await readFile(page, 'kim.html', PAGE_HTML, 'text/html');
	await expect(page.getByTestId('read-from-file')).toContainText('Read from “kim.html”');
	await expect(page.getByLabel(/^Title/)).toHaveValue('Kim à Vladivostok | Le Journal');
	await expect(page.getByLabel(/Publication date/)).toHaveValue('2023-09-12');
	await expect(page.getByTestId('dct-proposed')).toContainText('Proposed from the page’s article:published_time');
	await expect(page.getByLabel(/^Language/)).toHaveValue('fr');
	await expect(page.getByTestId('lang-proposed')).toContainText('Proposed from the language of the text');
	const text = await page.getByLabel(/^Text/).inputValue();
	expect(text.split('\n\n')).toHaveLength(3);
	expect(text).not.toContain('Accueil');
	// The user confirms: the article is extracted from the page's text.
	await page.getByRole('button', { name: /extract/i }).click();
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
	await expect(page.locator('[data-view="text"]')).toContainText('cosmodrome de Vostochny');
	await context.close();
});

test('a Markdown file is read into the form with its dateline proposal', async ({ page }) => {
	await page.goto('/');
	await readFile(page, 'seoul.md', `# Tir de missiles\n\n${DATELINED.replace('deux missiles', '**deux missiles**')}`);
	await expect(page.getByLabel(/^Title/)).toHaveValue('Tir de missiles');
	await expect(page.getByLabel(/Publication date/)).toHaveValue('2023-09-13');
	await expect(page.getByTestId('dct-proposed')).toContainText('the dateline “SÉOUL, 13 septembre 2023 (Reuters) -”');
	await expect(page.getByLabel(/^Text/)).toHaveValue(`Tir de missiles\n\n${DATELINED}`);
});

test('a pasted article without a date gets the date of its dateline proposed, to confirm', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel(/^Text/).fill(DATELINED);
	await page.getByRole('button', { name: /extract/i }).click();
	await expect(page.getByLabel(/Publication date/)).toHaveValue('2023-09-13');
	await expect(page.getByTestId('dct-proposed')).toContainText('Proposed from the dateline');
	await expect(page).toHaveURL(/\/(\?.*)?$/);
	await page.getByRole('button', { name: /extract/i }).click();
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
});

test('a binary file is refused with a message that says what to do, and the typed fields are kept', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel(/^Title/).fill('Kept title');
	await readFile(page, 'scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
	await expect(page.locator('#file-error')).toContainText('“scan.txt” is not a text file');
	await expect(page.locator('#file-error')).toContainText('.txt, .md or .html');
	await expect(page.getByLabel(/^Title/)).toHaveValue('Kept title');
});

test('a file over 2 MB is refused with the limit in the message', async ({ page }) => {
	await page.goto('/');
	await readFile(page, 'huge.txt', Buffer.alloc(2 * 1024 * 1024 + 10, 0x61));
	await expect(page.locator('#file-error')).toContainText('“huge.txt” is 2.0 MB; the limit is 2 MB a file');
});

test('a web page just under 2 MB, mostly inline data, is read: the limit is the file’s size, not the request’s', async ({ page }) => {
	await page.goto('/');
	// News sites ship their state as one big inline JSON script; it is most of the page's weight.
	const state = JSON.stringify({ articles: Array.from({ length: 30_000 }, (_, i) => ({ id: i, title: `Titre de l'article numero ${i}`, tags: ['monde', 'asie'] })) });
	const html = PAGE_HTML.replace('</body>', `<script id="__STATE__" type="application/json">${state.slice(0, 2 * 1024 * 1024 - 8 * 1024 - Buffer.byteLength(PAGE_HTML))}</script></body>`);
	expect(Buffer.byteLength(html)).toBeGreaterThan(2 * 1024 * 1024 - 16 * 1024);
	expect(Buffer.byteLength(html)).toBeLessThan(2 * 1024 * 1024);
	await readFile(page, 'heavy.html', html, 'text/html');
	await expect(page.getByTestId('read-from-file')).toContainText('Read from “heavy.html”');
	await expect(page.getByLabel(/^Text/)).toHaveValue(/cosmodrome de Vostochny/);
});

test('a fact file round-trips: exported, imported, the same events', async ({ page, request }) => {
	const exported = await request.get('/articles/kim-jong-un-russie/export/factfile');
	expect(exported.ok()).toBe(true);
	const original = await exported.json();
	await page.goto('/');
	await readFile(page, 'kim.factline.json', JSON.stringify(original), 'application/json');
	await expect(page).toHaveURL(/\/articles\/[^/]+$/);
	// The page may add view parameters (?map=…) to its URL: the id is the path's last part.
	const id = new URL(page.url()).pathname.split('/').pop() as string;
	expect(id).not.toBe('kim-jong-un-russie');
	await expect(page.locator('h1')).toHaveText(original.article.title);
	const again = await (await request.get(`/articles/${id}/export/factfile`)).json();
	for (const key of ['sentences', 'timexes', 'places', 'events']) expect(again[key]).toEqual(original[key]);
	expect(again.article.text).toBe(original.article.text);
});

test('a fact file with a bad field is refused, naming the field', async ({ page, request }) => {
	const original = await (await request.get('/articles/kim-jong-un-russie/export/factfile')).json();
	original.events[3].when = { ...original.events[3].when, value: 'next Tuesday' };
	original.events[1].sentence = 9999;
	await page.goto('/');
	await readFile(page, 'broken.json', JSON.stringify(original), 'application/json');
	const errors = page.locator('#file-error');
	await expect(errors).toContainText('“broken.json” is not a fact file Factline can import');
	await expect(errors).toContainText('events[3].when.value: expected a TIMEX3 value such as 2023-09-10, found "next Tuesday"');
	await page.goto('/');
	original.events[3].when.value = '2023-09-12';
	await readFile(page, 'broken.json', JSON.stringify(original), 'application/json');
	await expect(page.locator('#file-error')).toContainText('events[1].sentence: sentence 9999 does not exist');
});
