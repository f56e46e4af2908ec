/**
 * An uploaded Markdown file as plain text, read with marked's lexer (a
 * CommonMark/GFM parser): headings, paragraphs, list items, quotes and table
 * rows become paragraphs separated by blank lines; emphasis, links and code
 * marks are dropped and their words kept; images keep their alt text; raw
 * HTML blocks are reduced to their text by the HTML walk, never rendered.
 * The first level-1 heading is proposed as the title.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { parseHTML } from 'linkedom';
import { htmlNodeToText, type WalkNode } from './html-text';

export interface MarkdownArticle {
	title: string;
	text: string;
}

/** marked keeps entities such as `&amp;` encoded in token text; a real parser decodes them. */
function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	const { document } = parseHTML(`<!doctype html><html><body><p>${s.replace(/</g, '&lt;')}</p></body></html>`);
	return document.body.textContent ?? s;
}

function htmlText(html: string): string {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return htmlNodeToText(document.body as unknown as WalkNode);
}

/** Text of inline tokens, marks dropped. */
function inline(tokens: Token[] | undefined): string {
	if (!tokens) return '';
	let out = '';
	for (const t of tokens) {
		switch (t.type) {
			case 'text':
				out += 'tokens' in t && t.tokens ? inline(t.tokens) : decodeEntities((t as Tokens.Text).text);
				break;
			case 'escape':
				out += (t as Tokens.Escape).text;
				break;
			case 'codespan':
				out += decodeEntities((t as Tokens.Codespan).text);
				break;
			case 'br':
				out += '\n';
				break;
			case 'image':
				out += (t as Tokens.Image).text;
				break;
			case 'html':
				out += htmlText((t as Tokens.HTML).text).replace(/\n+/g, ' ');
				break;
			default:
				out += 'tokens' in t && t.tokens ? inline(t.tokens as Token[]) : decodeEntities((t as { text?: string }).text ?? '');
		}
	}
	return out;
}

/** Paragraphs of block tokens, in order. */
function blocks(tokens: Token[], out: string[]): void {
	for (const t of tokens) {
		switch (t.type) {
			case 'heading':
			case 'paragraph':
				out.push(inline((t as Tokens.Paragraph).tokens));
				break;
			case 'text':
				// A tight list item's content comes as a block-level text token.
				out.push(inline((t as Tokens.Text).tokens ?? [t]));
				break;
			case 'list':
				for (const item of (t as Tokens.List).items) blocks(item.tokens, out);
				break;
			case 'blockquote':
				blocks((t as Tokens.Blockquote).tokens, out);
				break;
			case 'code':
				out.push((t as Tokens.Code).text);
				break;
			case 'table': {
				const table = t as Tokens.Table;
				for (const row of [table.header, ...table.rows]) out.push(row.map((cell) => inline(cell.tokens)).join(' | '));
				break;
			}
			case 'html':
				out.push(htmlText((t as Tokens.HTML).text));
				break;
			default:
				// space, hr, def: no text.
				break;
		}
	}
}

export function markdownToArticle(markdown: string): MarkdownArticle {
	const tokens = new Lexer({ gfm: true }).lex(markdown);
	const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading' && (t as Tokens.Heading).depth === 1);
	const paragraphs: string[] = [];
	blocks(tokens, paragraphs);
	const text = paragraphs
		.map((p) => p.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim())
		.filter((p) => p !== '')
		.join('\n\n');
	return { title: heading ? inline(heading.tokens).replace(/\s+/g, ' ').trim() : '', text };
}
