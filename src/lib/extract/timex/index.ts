// PLACEHOLDER, replaced by the timex stage: findTimexes(doc) -> Timex[]
import type { Doc } from '../document';
import type { Timex } from '$lib/model';
export function findTimexes(doc: Doc): Timex[] {
	void doc;
	return [];
}
