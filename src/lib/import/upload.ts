/**
 * An uploaded file read into an article: its kind decided by its extension
 * (and, for a `.txt` that is really a web page, by its content), its bytes
 * decoded, its text extracted, and the publication date and language
 * proposed. A fact file (`.json`) is recognised here and validated by
 * `factfile-schema.ts`.
 */
import { decodeText } from './decode';
import { htmlToArticle } from './html';
import { markdownToArticle } from './markdown';
import { proposeFor, type Proposals } from './proposals';

/** Largest file accepted, in bytes: the server's BODY_SIZE_LIMIT (2 MB). */
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

export interface UploadedArticle {
	kind: 'text' | 'markdown' | 'html';
	title: string;
	text: string;
	proposals: Proposals;
}

export type UploadRead =
	| { ok: true; article: UploadedArticle }
	| { ok: true; factfileJson: string }
	| { ok: false; error: string };

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

/** A `.txt` that is really a saved web page is read as one. */
function looksLikeHtml(text: string): boolean {
	return /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

export function readUpload(name: string, bytes: Uint8Array, today?: Date): UploadRead {
	const shown = displayName(name);
	const kind = uploadKind(name);
	if (!kind) {
		return {
			ok: false,
			error: `“${shown}” is not a file Factline reads: upload a .txt, .md or .html article, or a .json fact file.`
		};
	}
	const tooBig = sizeError(name, bytes.byteLength);
	if (tooBig) return { ok: false, error: tooBig };
	const decoded = decodeText(bytes, shown);
	if (!decoded.ok) return decoded;
	const raw = decoded.text.replace(/\r\n?/g, '\n');
	if (kind === 'factfile') return { ok: true, factfileJson: raw };

	let title = '';
	let text: string;
	let proposals: Proposals;
	let readAs: UploadedArticle['kind'] = kind;
	if (kind === 'html' || looksLikeHtml(raw)) {
		readAs = 'html';
		const page = htmlToArticle(raw);
		title = page.title;
		text = page.text;
		proposals = proposeFor(text, page.metadata, today);
	} else if (kind === 'markdown') {
		const md = markdownToArticle(raw);
		title = md.title;
		text = md.text;
		proposals = proposeFor(text, undefined, today);
	} else {
		text = raw;
		proposals = proposeFor(text, undefined, today);
	}
	if (text.trim() === '') {
		return { ok: false, error: `“${shown}” holds no article text${readAs === 'html' ? ' (the page has no readable story)' : ''}.` };
	}
	return { ok: true, article: { kind: readAs, title, text, proposals } };
}
