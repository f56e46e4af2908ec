/**
 * Turns the bytes of an uploaded file into text. Files come from anywhere:
 * UTF-8 with or without a byte-order mark (Windows editors add one), UTF-16
 * from Word's "Unicode text", Latin-1/Windows-1252 from older French
 * systems, and sometimes a PDF or an image chosen by mistake. Text must come
 * out exactly as written, and a binary file must be refused with a message
 * that says what to do, never turned into mojibake.
 */

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Share of bytes that no text file contains: NUL and the C0 controls other
 * than tab, line feed, form feed and carriage return. One NUL is enough to
 * call a file binary (text editors never write it outside UTF-16).
 */
function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let controls = 0;
	for (const b of sample) {
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
	}
	return sample.length > 0 && controls / sample.length > 0.01;
}

function binaryError(name: string): string {
	return `“${name}” is not a text file (it looks like a binary file such as a PDF, an image or a Word document). Save the article as .txt, .md or .html and upload that.`;
}

export function decodeText(bytes: Uint8Array, name: string): DecodeResult {
	if (startsWith(bytes, UTF8_BOM)) {
		return decodeWith('utf-8', bytes.subarray(3), name);
	}
	// UTF-16 is full of NUL bytes, so its mark is read before the binary check.
	if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2), name);
	if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2), name);
	if (looksBinary(bytes)) return { ok: false, error: binaryError(name) };
	const utf8 = decodeWith('utf-8', bytes, name);
	if (utf8.ok) return utf8;
	// Not valid UTF-8 but no control bytes: an 8-bit text file. Windows-1252
	// is a superset of Latin-1 for every printable character, and is what
	// French text saved by older Windows software is in.
	return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Windows-1252 puts typographic characters (€ ’ “ ” – — …) at 0x80–0x9F,
 * where Latin-1 has invisible controls. Node 20's TextDecoder reads
 * `windows-1252` as Latin-1 and loses them, so that range is mapped here.
 */
const CP1252_HIGH: Record<number, string> = {
	0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
	0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
	0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ'
};

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b] ?? '\ufffd') : String.fromCharCode(b);
	return out;
}

function decodeWith(encoding: string, bytes: Uint8Array, name: string): DecodeResult {
	try {
		const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
		if (encoding !== 'utf-8' && text.includes('\u0000')) return { ok: false, error: binaryError(name) };
		return { ok: true, text, encoding };
	} catch {
		return {
			ok: false,
			error: `“${name}” could not be read as ${encoding.toUpperCase()} text. Save it as UTF-8 text and upload it again.`
		};
	}
}
