import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
	it('reads UTF-8 as written', () => {
		expect(decodeText(enc('SÉOUL, 13 septembre — « Kim »'), 'a.txt')).toEqual({
			ok: true,
			text: 'SÉOUL, 13 septembre — « Kim »',
			encoding: 'utf-8'
		});
	});

	it('drops a UTF-8 byte-order mark so offsets start at the first letter', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Été')]);
		const r = decodeText(bytes, 'a.txt');
		expect(r.ok && r.text).toBe('Été');
	});

	it('reads UTF-16 with its mark, little and big endian', () => {
		const le = new Uint8Array([0xff, 0xfe, 0xc9, 0x00, 0x74, 0x00, 0xe9, 0x00]);
		const be = new Uint8Array([0xfe, 0xff, 0x00, 0xc9, 0x00, 0x74, 0x00, 0xe9]);
		expect(decodeText(le, 'a.txt')).toMatchObject({ ok: true, text: 'Été' });
		expect(decodeText(be, 'a.txt')).toMatchObject({ ok: true, text: 'Été' });
	});

	it('falls back to Windows-1252 for 8-bit French text', () => {
		const bytes = new Uint8Array([0x45, 0x74, 0xe9, 0x20, 0x80]); // "Eté €"
		expect(decodeText(bytes, 'a.txt')).toMatchObject({ ok: true, text: 'Eté €', encoding: 'windows-1252' });
	});

	it.each([
		['a PDF', new Uint8Array([...enc('%PDF-1.7\n'), 0x00, 0x01, 0x02, 0xff])],
		['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
		['control bytes', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x61)))]
	])('refuses %s with a message that names the file and says what to do', (_, bytes) => {
		const r = decodeText(bytes, 'photo.txt');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/“photo\.txt” is not a text file.*\.txt, \.md or \.html/);
	});
});
