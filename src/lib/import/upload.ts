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
import { displayName, sizeError, uploadKind } from './upload-rules';

export { ACCEPT_ATTRIBUTE, MAX_UPLOAD_BYTES, displayName, sizeError, uploadKind } from './upload-rules';

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
