/**
 * What a web page says about itself: publication date (Open Graph's
 * `article:published_time`, schema.org JSON-LD `datePublished`, `<time
 * datetime>`, Dublin Core), language (`<html lang>`) and title. Read from
 * the parsed document; JSON-LD is parsed with JSON.parse.
 */

export interface MetadataDate {
	/** As written in the page (`2023-09-12T10:05:00+02:00`). */
	raw: string;
	/** Where it was found, for the "proposed from …" note. */
	source: string;
}

export interface HtmlMetadata {
	title: string;
	lang: string | null;
	/** Most trustworthy first. */
	dates: MetadataDate[];
}

/** The DOM members used, so a linkedom or browser document both fit. */
interface MetaDocument {
	documentElement: { getAttribute(name: string): string | null } | null;
	querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
	querySelector(selector: string): { textContent: string | null } | null;
}

const META_DATE_NAMES: Array<[string, string]> = [
	['meta[property="article:published_time"]', 'article:published_time'],
	['meta[name="article:published_time"]', 'article:published_time'],
	['meta[itemprop="datePublished"]', 'datePublished'],
	['meta[name="date"]', 'meta date'],
	['meta[name="pubdate"]', 'meta pubdate'],
	['meta[name="DC.date.issued"]', 'Dublin Core date'],
	['meta[name="dc.date"]', 'Dublin Core date'],
	['meta[name="DC.date"]', 'Dublin Core date']
];

function jsonLdDates(value: unknown, out: string[], depth = 0): void {
	if (depth > 6 || value === null || typeof value !== 'object') return;
	if (Array.isArray(value)) {
		for (const v of value) jsonLdDates(v, out, depth + 1);
		return;
	}
	const record = value as Record<string, unknown>;
	if (typeof record.datePublished === 'string') out.push(record.datePublished);
	if ('@graph' in record) jsonLdDates(record['@graph'], out, depth + 1);
}

export function readHtmlMetadata(document: MetaDocument): HtmlMetadata {
	const dates: MetadataDate[] = [];
	const add = (raw: string | null | undefined, source: string) => {
		const v = raw?.trim();
		if (v && !dates.some((d) => d.raw === v)) dates.push({ raw: v, source });
	};
	for (const [selector, source] of META_DATE_NAMES) {
		const nodes = document.querySelectorAll(selector);
		for (let i = 0; i < nodes.length; i++) add(nodes[i].getAttribute('content'), source);
	}
	const scripts = document.querySelectorAll('script[type="application/ld+json"]');
	for (let i = 0; i < scripts.length; i++) {
		const found: string[] = [];
		try {
			jsonLdDates(JSON.parse(scripts[i].textContent ?? ''), found);
		} catch {
			// Broken JSON-LD is common on the web; the other sources still count.
		}
		for (const d of found) add(d, 'JSON-LD datePublished');
	}
	const times = document.querySelectorAll('time[datetime]');
	for (let i = 0; i < times.length; i++) add(times[i].getAttribute('datetime'), '<time datetime>');

	const ogTitle = document.querySelectorAll('meta[property="og:title"]');
	const title =
		(ogTitle.length ? ogTitle[0].getAttribute('content') : null) ?? document.querySelector('title')?.textContent ?? '';
	const lang = document.documentElement?.getAttribute('lang')?.trim() || null;
	return { title: title.replace(/\s+/g, ' ').trim(), lang, dates };
}
