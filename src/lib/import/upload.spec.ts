import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, readUpload } from './upload';

const enc = (s: string) => new TextEncoder().encode(s);
const TODAY = new Date('2024-03-01T00:00:00Z');

describe('readUpload', () => {
	it('reads a text file as written (line breaks normalised) and proposes its dateline', () => {
		const r = readUpload('depeche.txt', enc('SÉOUL, 13 septembre 2023 (Reuters) - La Corée du Nord a tiré deux missiles.\r\n\r\nSuite.'), TODAY);
		expect(r).toMatchObject({
			ok: true,
			article: {
				kind: 'text',
				title: '',
				text: 'SÉOUL, 13 septembre 2023 (Reuters) - La Corée du Nord a tiré deux missiles.\n\nSuite.',
				proposals: { dct: { dct: '2023-09-13' }, lang: { lang: 'fr' } }
			}
		});
	});

	it('reads Markdown with its title', () => {
		const r = readUpload('a.MD', enc('# Kim meets Putin\n\nThe **leader** arrived.'), TODAY);
		expect(r).toMatchObject({ ok: true, article: { kind: 'markdown', title: 'Kim meets Putin', text: 'Kim meets Putin\n\nThe leader arrived.' } });
	});

	it('reads a .txt that is a saved web page as HTML', () => {
		const r = readUpload('page.txt', enc('<!DOCTYPE html><html><body><p>Bonjour <b>Paris</b>.</p></body></html>'), TODAY);
		expect(r).toMatchObject({ ok: true, article: { kind: 'html', text: 'Bonjour Paris.' } });
	});

	it('hands a .json file over as a fact file', () => {
		expect(readUpload('facts.json', enc('{"a":1}'))).toEqual({ ok: true, factfileJson: '{"a":1}' });
	});

	it.each([
		['notes.pdf', enc('%PDF'), /not a file Factline reads: upload a \.txt, \.md or \.html/],
		['empty.txt', new Uint8Array(0), /“empty\.txt” is empty/],
		['big.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61), /“big\.txt” is 2\.0 MB; the limit is 2 MB a file/],
		['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), /“photo\.txt” is not a text file/],
		['blank.html', enc('<html><body><script>x()</script></body></html>'), /“blank\.html” holds no article text/]
	])('refuses %s with a message that says what to do', (name, bytes, message) => {
		const r = readUpload(name, bytes);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(message);
	});

	it('shows a hostile file name only as text, on one line', () => {
		const r = readUpload('<img src=x onerror=alert(1)>\n.exe', enc('x'));
		expect(!r.ok && r.error).toContain('“<img src=x onerror=alert(1)> .exe”');
	});
});
