/**
 * An uploaded web page reduced to its article: Readability (Firefox Reader
 * View's extraction) on a linkedom DOM finds the story among menus, ads and
 * footers; the page's own metadata proposes the publication date and the
 * language. Nothing here is ever rendered as HTML: only text comes out.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlNodeToText, type WalkNode } from './html-text';
import { readHtmlMetadata, type HtmlMetadata } from './html-metadata';

export interface HtmlArticle {
	title: string;
	text: string;
	metadata: HtmlMetadata;
}

export function htmlToArticle(html: string): HtmlArticle {
	const { document } = parseHTML(html);
	// Readability rewrites the document it reads, so the metadata is taken first.
	const metadata = readHtmlMetadata(document);
	const fallbackTitle = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
	let text = '';
	let title = '';
	try {
		const parsed = new Readability(document as unknown as Document).parse();
		if (parsed?.content) {
			const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
			text = htmlNodeToText(content.body as unknown as WalkNode);
			title = (parsed.title ?? '').replace(/\s+/g, ' ').trim();
			if (!metadata.lang && parsed.lang) metadata.lang = parsed.lang;
			if (parsed.publishedTime && !metadata.dates.some((d) => d.raw === parsed.publishedTime)) {
				metadata.dates.push({ raw: parsed.publishedTime, source: 'the page metadata' });
			}
		}
	} catch {
		// Readability gives up on some odd pages; the whole body is used then.
	}
	if (!text) {
		const { document: again } = parseHTML(html);
		text = again.body ? htmlNodeToText(again.body as unknown as WalkNode) : '';
	}
	return { title: title || metadata.title || fallbackTitle, text, metadata };
}
