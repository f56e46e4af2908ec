/**
 * Plain text of an HTML fragment, paragraph by paragraph: block elements
 * (paragraphs, headings, list items, quotes…) become paragraphs separated by
 * a blank line, which is how the pipeline counts paragraphs; whitespace
 * inside a block is collapsed as a browser would render it. Walks the DOM a
 * real parser built, so entities, comments and nested markup are handled
 * by the parser, not by patterns.
 */

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
	'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
	'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL'
]);

/** Elements whose content is never article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The few DOM members the walk needs, so any DOM (linkedom, a browser) fits. */
export interface WalkNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	firstChild: WalkNode | null;
	nextSibling: WalkNode | null;
}

export function htmlNodeToText(root: WalkNode): string {
	const paragraphs: string[] = [];
	let current = '';
	const flush = () => {
		const p = current.replace(/[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0]*/g, '\n').replace(/[ \t\r\f\v]+/g, ' ').trim();
		if (p) paragraphs.push(p);
		current = '';
	};
	const walk = (node: WalkNode) => {
		if (node.nodeType === TEXT_NODE) {
			// Source line breaks are layout, not text: they render as spaces.
			current += (node.textContent ?? '').replace(/\s+/g, ' ');
			return;
		}
		if (node.nodeType !== ELEMENT_NODE) return;
		const name = node.nodeName.toUpperCase();
		if (SKIPPED.has(name)) return;
		if (name === 'BR') {
			current += '\n';
			return;
		}
		const block = BLOCKS.has(name);
		if (block) flush();
		// Sibling links, not childNodes[i]: linkedom keeps nodes in a linked
		// list, where indexing is linear and a long article became quadratic.
		for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
		if (block) flush();
	};
	walk(root);
	flush();
	return paragraphs.join('\n\n');
}
