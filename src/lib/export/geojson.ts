/**
 * The placed events as an RFC 7946 GeoJSON FeatureCollection: one Point per
 * event with a place, for GIS tools (QGIS, geojson.io, Leaflet, Mapbox).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ArticleRecord, EventKind, EventStatus, FactFile, Granularity, PlaceKind } from '$lib/model';
import { sentenceTexts, type ExportSource, type SourcesOf } from './common';

export interface EventProperties {
	id: string;
	label: string;
	kind: EventKind;
	/** The TIMEX3 value (`2023-09-10TEV`); null when the event is not dated. */
	date: string | null;
	/** The interval the date covers, in the article's wall-clock time, `[start, end)`. */
	start: string | null;
	end: string | null;
	granularity: Granularity | null;
	status: EventStatus;
	place: string;
	placeKind: PlaceKind;
	sentences: string[];
	attribution: string | null;
	/** True when the event comes from a caption or other boilerplate. */
	secondary: boolean;
	/** In a collection: every article that tells the event, with its sentences. */
	sources?: ExportSource[];
}

export type EventFeatureCollection = FeatureCollection<Point, EventProperties>;

/**
 * RFC 7946 §11.2: six decimals are about 10 cm, finer than any gazetteer
 * point, and longer numbers only bloat the file.
 */
function round6(x: number): number {
	return Math.round(x * 1e6) / 1e6;
}

function validPosition(lat: number, lon: number): boolean {
	return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

export function toGeoJson(article: ArticleRecord, facts: FactFile, sourcesOf?: SourcesOf): EventFeatureCollection {
	const features: Feature<Point, EventProperties>[] = [];
	for (const event of facts.events) {
		const where = event.where;
		// A position outside WGS 84 ranges would make the whole file invalid;
		// such an event is left out rather than clamped to a wrong place.
		if (!where || !validPosition(where.lat, where.lon)) continue;
		const sources = sourcesOf?.(event);
		features.push({
			type: 'Feature',
			id: event.id,
			// GeoJSON positions are [longitude, latitude], the reverse of the fact file's habit.
			geometry: { type: 'Point', coordinates: [round6(where.lon), round6(where.lat)] },
			properties: {
				id: event.id,
				label: event.label,
				kind: event.kind,
				date: event.when?.value ?? null,
				start: event.when?.interval?.start ?? null,
				end: event.when?.interval?.end ?? null,
				granularity: event.when?.granularity ?? null,
				status: event.status,
				place: where.name,
				placeKind: where.kind,
				sentences: sentenceTexts(article, facts, event),
				attribution: event.attribution,
				secondary: event.secondary,
				...(sources ? { sources: [...sources] } : {})
			}
		});
	}
	return { type: 'FeatureCollection', features };
}

export function toGeoJsonString(article: ArticleRecord, facts: FactFile, sourcesOf?: SourcesOf): string {
	return JSON.stringify(toGeoJson(article, facts, sourcesOf), null, 2) + '\n';
}
