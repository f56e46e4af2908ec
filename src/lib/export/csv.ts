/**
 * One row per event, for spreadsheets. Every event is listed, dated or not,
 * placed or not: an empty cell says what the article did not tell.
 */
import { stringify } from 'csv-stringify/sync';
import type { ArticleRecord, FactFile } from '$lib/model';
import { sourceLine, sentenceTexts, type SourcesOf } from './common';

export const CSV_COLUMNS = [
	'id',
	'label',
	'date',
	'start',
	'end',
	'granularity',
	'status',
	'place',
	'lat',
	'lon',
	'sentence',
	'attribution'
] as const;

/** A collection's CSV adds which articles tell each event, and as which of their events (`article/e3`). */
export const COLLECTION_CSV_COLUMNS = [...CSV_COLUMNS, 'articles', 'source_events'] as const;

type Row = Record<(typeof COLLECTION_CSV_COLUMNS)[number], string | number | null>;

export function toCsv(article: ArticleRecord, facts: FactFile, sourcesOf?: SourcesOf): string {
	const rows: Row[] = facts.events.map((event) => {
		const sources = sourcesOf?.(event);
		return {
		id: event.id,
		label: event.label,
		date: event.when?.value ?? null,
		start: event.when?.interval?.start ?? null,
		end: event.when?.interval?.end ?? null,
		granularity: event.when?.granularity ?? null,
		status: event.status,
		place: event.where?.name ?? null,
		// Numbers stay numbers: csv-stringify leaves a negative number alone
		// when escaping formulas, where the string "-33.9" would get a quote.
		lat: event.where?.lat ?? null,
		lon: event.where?.lon ?? null,
		// One sentence a line inside the cell: they may not follow each other.
		// In a collection, one source a line, each saying which article it is.
		sentence: sources ? sources.map(sourceLine).join('\n') : sentenceTexts(article, facts, event).join('\n'),
		attribution: event.attribution,
		articles: sources ? [...new Set(sources.map((x) => x.articleId))].join('\n') : null,
		source_events: sources ? sources.map((x) => `${x.articleId}/${x.eventId}`).join('\n') : null
		};
	});
	return stringify(rows, {
		header: true,
		columns: sourcesOf ? [...COLLECTION_CSV_COLUMNS] : [...CSV_COLUMNS],
		// Labels and sentences are article text, which anyone can paste: a cell
		// starting with = + - @ would run as a formula in Excel or LibreOffice.
		escape_formulas: true,
		// Excel reads a CSV without a byte order mark as the local code page,
		// which garbles every accent of a French article.
		bom: true,
		// RFC 4180 records end with CRLF.
		record_delimiter: 'windows'
	});
}
