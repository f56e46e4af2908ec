/**
 * The export formats, by the name used in `/articles/{id}/export/{format}`:
 * what each file is called, what it is served as and how it is written.
 */
import type { ArticleRecord, FactFile } from '$lib/model';
import { toCsv } from './csv';
import { toFactFileJson } from './factfile';
import { toGeoJsonString } from './geojson';
import { toICal } from './ical';
import { toTimelineJsString } from './timelinejs';

export interface ExportContext {
	/** Absolute URL of the article page, for formats that can link back to it. */
	articleUrl?: string;
	now?: Date;
}

export interface ExportFormat {
	/** Appended to the article id to name the download. */
	extension: string;
	contentType: string;
	/** Shown in the list of formats. */
	description: string;
	render(article: ArticleRecord, facts: FactFile, context: ExportContext): string;
}

export const EXPORT_FORMATS = {
	factfile: {
		extension: '.factline.json',
		contentType: 'application/json; charset=utf-8',
		description: 'the fact file with the article text (Factline’s own format)',
		render: (a, f) => toFactFileJson(a, f)
	},
	geojson: {
		extension: '.geojson',
		// RFC 7946 §12.
		contentType: 'application/geo+json; charset=utf-8',
		description: 'placed events as GeoJSON points',
		render: (a, f) => toGeoJsonString(a, f)
	},
	csv: {
		extension: '.csv',
		// RFC 4180 §3; `header=present` tells readers the first row names the columns.
		contentType: 'text/csv; charset=utf-8; header=present',
		description: 'one row per event, for spreadsheets',
		render: (a, f) => toCsv(a, f)
	},
	ics: {
		extension: '.ics',
		contentType: 'text/calendar; charset=utf-8',
		description: 'dated events as an iCalendar file',
		render: (a, f, c) => toICal(a, f, { articleUrl: c.articleUrl, now: c.now })
	},
	timelinejs: {
		extension: '.timeline.json',
		contentType: 'application/json; charset=utf-8',
		description: 'dated events as a TimelineJS3 data file',
		render: (a, f) => toTimelineJsString(a, f)
	}
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

export function exportFormat(name: string): ExportFormat | null {
	return Object.hasOwn(EXPORT_FORMATS, name) ? EXPORT_FORMATS[name as ExportFormatName] : null;
}
