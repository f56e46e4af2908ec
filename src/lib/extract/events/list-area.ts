import type { Place } from '$lib/model';
import { distanceKm } from '../places/resolve';

/**
 * `in the Dhubri and Goalpara districts`, `à Gonfaron et au Luc`: a list of neighbouring places names one
 * area, and what happened there happened at any one of them (its neighbours lie within the scorer's and a
 * reader's tolerance). `Turkey and Syria`, `Paris et Lyon` stay a list: no single location.
 */

/** How far the other places of a list may lie from its first for the list to be one area. */
export const ONE_AREA_KM = 100;

/** The places (of a list, in text order) all lie within ONE_AREA_KM of the first; countries never do. */
export function oneArea(places: readonly Place[]): boolean {
	if (places.length < 2) return false;
	const [first, ...rest] = places;
	if (first.kind === 'country') return false;
	return rest.every((p) => p.kind !== 'country' && distanceKm(first.lat, first.lon, p.lat, p.lon) <= ONE_AREA_KM);
}
