// Screenshots the article page in the system Chromium, to look at the three
// views without a full browser test run:
//   node scripts/screenshot-article.mjs [url] [out.png] [width] [height]
// Optional env: CLICK (selectors to click first, joined by ||), WAIT (ms after
// load), FULL=1 (whole page), CLIP=x,y,w,h (part of the whole page).
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:3124/articles/kim-jong-un-russie', out = '/tmp/factline-article.png', w = '1400', h = '900'] = process.argv.slice(2);

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
for (const sel of (process.env.CLICK ?? '').split('||').filter(Boolean)) {
	await page.locator(sel).first().click();
	await page.waitForTimeout(400);
}
await page.waitForTimeout(Number(process.env.WAIT ?? 600));
// CLIP=x,y,w,h takes a part of the full page (for tall phone layouts).
const clip = process.env.CLIP?.split(',').map(Number);
await page.screenshot({
	path: out,
	fullPage: process.env.FULL === '1' || Boolean(clip),
	...(clip ? { clip: { x: clip[0], y: clip[1], width: clip[2], height: clip[3] } } : {})
});
console.log('url', page.url());
await browser.close();
