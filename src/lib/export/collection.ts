/**
 * A collection's exports: the combined fact file (see $lib/collections)
 * written by the same five exporters as an article's, each story event
 * carrying the articles that tell it and their sentences.
 */
import type { CombinedCollection, StoryEvent } from '$lib/collections/model';
import type { ArticleRecord, FactEvent } from '$lib/model';
import type { ExportSource, SourcesOf } from './common';
import { toCsv } from './csv';
import { toFactFileJson } from './factfile';
import { toGeoJsonString } from './geojson';
import { toICal } from './ical';
import { escapeHtml, toTimelineJs } from './timelinejs';
import type { ExportFormatName } from './index';

export interface CollectionExport {
	id: string;
	title: string;
	createdAt: string;
	combined: CombinedCollection;
}

export interface CollectionExportContext {
	/** The site's origin (`https://factline.example`), to link each source to its article page. */
	origin?: string;
	now?: Date;
}

/** The collection seen as one article over its combined text, which is what the exporters read. */
export function collectionAsArticle(c: CollectionExport): ArticleRecord {
	const { facts, text } = c.combined;
	return { id: c.id, title: c.title, lang: facts.article.lang, dct: facts.article.dct, text, createdAt: c.createdAt };
}

function isStory(event: FactEvent): event is StoryEvent {
	return Array.isArray((event as Partial<StoryEvent>).sources);
}

export function collectionSourcesOf(origin?: string): SourcesOf {
	return (event) => {
		if (!isStory(event)) return null;
		return event.sources.map(
			(s): ExportSource => ({
				articleId: s.articleId,
				title: s.articleTitle,
				dct: s.articleDct,
				eventId: s.eventId,
				status: s.status,
				sentences: s.text,
				...(origin
					? { url: new URL(`/articles/${encodeURIComponent(s.articleId)}?event=${encodeURIComponent(s.eventId)}`, origin).href }
					: {})
			})
		);
	};
}

function timelineJs(c: CollectionExport, sourcesOf: SourcesOf): string {
	const doc = toTimelineJs(collectionAsArticle(c), c.combined.facts, sourcesOf);
	const members = c.combined.facts.members;
	const dated = doc.events.length;
	const about = [
		`${members.length} article${members.length === 1 ? '' : 's'}: ${members.map((m) => `${m.title} (${m.dct})`).join('; ')}`,
		`${dated} dated event${dated === 1 ? '' : 's'}`
	];
	// The article version says "Published …", which a collection never was.
	doc.title.text.text = `<p>${escapeHtml(about.join(' · '))}</p>`;
	return JSON.stringify(doc, null, 2) + '\n';
}

export function renderCollection(format: ExportFormatName, c: CollectionExport, context: CollectionExportContext = {}): string {
	const article = collectionAsArticle(c);
	const facts = c.combined.facts;
	const sourcesOf = collectionSourcesOf(context.origin);
	switch (format) {
		case 'factfile':
			return toFactFileJson(article, facts);
		case 'geojson':
			return toGeoJsonString(article, facts, sourcesOf);
		case 'csv':
			return toCsv(article, facts, sourcesOf);
		case 'ics':
			return toICal(article, facts, {
				now: context.now,
				sourcesOf,
				articleUrl: context.origin ? new URL(`/collections/${encodeURIComponent(c.id)}`, context.origin).href : undefined
			});
		case 'timelinejs':
			return timelineJs(c, sourcesOf);
	}
}
