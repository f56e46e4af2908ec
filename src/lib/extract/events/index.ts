// PLACEHOLDER, replaced by the events stage: findEvents(doc, timexes, places) -> FactEvent[]
import type { Doc } from '../document';
import type { FactEvent, Place, Timex } from '$lib/model';
export function findEvents(doc: Doc, timexes: Timex[], places: Place[]): FactEvent[] {
	void doc;
	void timexes;
	void places;
	return [];
}
