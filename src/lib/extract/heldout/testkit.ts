/**
 * Helpers for the held-out articles: news stories written for these tests,
 * never tuned on, each with hand-checked expectations. They read the fact
 * file the way the scorer does: events by the sentence that holds a phrase,
 * places by their surface text, distances within 161 km.
 */
import { extract } from '../pipeline';
import { loadGazetteer } from '../places/load';
import { distanceKm } from '../places/resolve';
import type { FactEvent, FactFile, Lang, Place } from '$lib/model';

export interface Article {
	text: string;
	dct: string;
	lang: Lang;
}

export function read(a: Article): FactFile {
	return extract({ text: a.text, dct: a.dct, lang: a.lang }, loadGazetteer());
}

/** Events that cite the sentence containing `needle`. */
export function eventsIn(facts: FactFile, a: Article, needle: string): FactEvent[] {
	const sentence = facts.sentences.find((s) => a.text.slice(s.start, s.end).includes(needle));
	if (!sentence) throw new Error(`no sentence contains ${JSON.stringify(needle)}`);
	return facts.events.filter((e) => e.sentence === sentence.index || e.sentences?.includes(sentence.index));
}

/** The one event of the sentence containing `needle` whose trigger is `trigger`. */
export function eventAt(facts: FactFile, a: Article, needle: string, trigger: string): FactEvent {
	const hits = eventsIn(facts, a, needle).filter((e) => e.trigger?.text === trigger);
	if (hits.length !== 1) throw new Error(`expected one event on ${JSON.stringify(trigger)} near ${JSON.stringify(needle)}, got ${hits.length}`);
	return hits[0];
}

export function placesNamed(facts: FactFile, surface: string): Place[] {
	return facts.places.filter((p) => p.text === surface);
}

/** Within the accuracy@161 km of the geoparsing literature. */
export function within161(p: { lat: number; lon: number } | null | undefined, lat: number, lon: number): boolean {
	return !!p && distanceKm(p.lat, p.lon, lat, lon) <= 161;
}
