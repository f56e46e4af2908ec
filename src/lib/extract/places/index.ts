// PLACEHOLDER, replaced by the places stage: findPlaces(doc, gazetteer) -> Place[]
import type { Doc } from '../document';
import type { Place } from '$lib/model';
import type { Gazetteer } from './gazetteer';
export function findPlaces(doc: Doc, gazetteer: Gazetteer): Place[] {
	void doc;
	void gazetteer;
	return [];
}
