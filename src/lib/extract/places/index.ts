/**
 * The place stage: names found (recognize.ts), read in the article's
 * context (resolve.ts), reported as the fact file's places: sorted,
 * non-overlapping, ids p0, p1 …
 */
import type { Place } from '$lib/model';
import type { Doc } from '../document';
import type { Gazetteer } from './gazetteer';
import { recognize } from './recognize';
import { resolve } from './resolve';

export function findPlaces(doc: Doc, gazetteer: Gazetteer): Place[] {
	if (gazetteer.size === 0 || doc.text.length === 0) return [];
	const { words, mentions } = recognize(doc, gazetteer);
	const resolved = resolve(doc, gazetteer, mentions, words);
	const places: Place[] = [];
	let lastEnd = -1;
	for (const r of resolved) {
		const { start, end } = r.mention;
		if (start < lastEnd) continue;
		lastEnd = end;
		places.push({
			id: `p${places.length}`,
			start,
			end,
			text: doc.text.slice(start, end),
			sentence: r.sentence,
			name: r.name,
			lat: r.lat,
			lon: r.lon,
			kind: r.kind,
			gazetteerId: r.entryId,
			country: r.country,
			confidence: r.confidence,
			metonym: r.metonym
		});
	}
	return places;
}
