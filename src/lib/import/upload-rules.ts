/**
 * What an upload may be: its extension, its size, how its name is shown.
 * Free of parsers, so the page's bulk importer can check files before
 * sending them without bundling the server's readers.
 */

/** Largest file accepted, in bytes; the server's BODY_SIZE_LIMIT (scripts/start.mjs) leaves room above it for the other fields. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export type UploadKind = 'text' | 'markdown' | 'html' | 'factfile';

export const ACCEPTED_EXTENSIONS: Record<string, UploadKind> = {
	'.txt': 'text',
	'.text': 'text',
	'.md': 'markdown',
	'.markdown': 'markdown',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.json': 'factfile'
};

/** For `<input accept>`: the extensions above. */
export const ACCEPT_ATTRIBUTE = Object.keys(ACCEPTED_EXTENSIONS).join(',');

export function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function uploadKind(name: string): UploadKind | null {
	return ACCEPTED_EXTENSIONS[extensionOf(name)] ?? null;
}

/** A file name fit for a message: one line, not too long. */
export function displayName(name: string): string {
	// Control characters (a crafted name can hold line breaks) become spaces.
	const flat = Array.from(name, (ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch)).join('').trim() || 'the file';
	return flat.length > 80 ? flat.slice(0, 79) + '…' : flat;
}

export function sizeError(name: string, bytes: number): string | null {
	if (bytes === 0) return `“${displayName(name)}” is empty: choose the file that holds the article.`;
	if (bytes <= MAX_UPLOAD_BYTES) return null;
	const mb = (bytes / 1024 / 1024).toFixed(1);
	return `“${displayName(name)}” is ${mb} MB; the limit is 2 MB a file. Save only the article (not the whole site) or split it.`;
}
