import type { Place, PlaceKind } from '$lib/model';

/**
 * `Pazarcık in Kahramanmaraş province`, `Baïkonour, au Kazakhstan`: a place right after another, joined by a
 * locative, is where the first lies, not a place of its own. Only a place at least as large can hold the
 * first: in `Wales host Italy in Cardiff`, a city cannot hold a country, so Cardiff is where the match is.
 */

/** How large a kind of place is; an `area` (a basin, a peninsula) may be of any size. */
const SIZE: Partial<Record<PlaceKind, number>> = { site: 1, city: 1, region: 2, country: 3 };

/** Can `outer` be where `inner` lies (as large or larger, or of a size unknown)? */
export function canHold(outer: Place, inner: Place): boolean {
	const o = SIZE[outer.kind];
	const i = SIZE[inner.kind];
	return o === undefined || i === undefined || o >= i;
}
