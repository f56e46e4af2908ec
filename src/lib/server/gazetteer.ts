import { loadGazetteer } from '$lib/extract/places/load';
import type { Gazetteer } from '$lib/extract/places/gazetteer';

let cached: Gazetteer | null = null;

/**
 * The gazetteer, loaded once per process on first use: it is large and
 * read-only, and loading it on every request would dominate extraction time.
 */
export function gazetteer(): Gazetteer {
	cached ??= loadGazetteer();
	return cached;
}
