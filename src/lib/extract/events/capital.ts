import type { Place } from '$lib/model';
import { distanceKm } from '../places/resolve';
import { foldWord } from '../places/normalize';

/**
 * `the capital`, `la capitale libanaise`: a city the article named is the
 * capital a later `the capital` points back to (anaphor.ts) when a country
 * the article named has its point there: a country's point is its capital's
 * (the gazetteer's and the annotation rules'), so no list of capitals is
 * needed, and a city that is no country's seat is never taken for one. A
 * nationality after the noun (`la capitale congolaise`) must be that
 * country's: its first letters are the country's name's (libanaise, Liban;
 * congolaise, Congo).
 */

/** How close a city must lie to a country's point to be its capital (one city's extent). */
const SAME_CITY_KM = 25;
/** Letters a nationality shares with its country's name: `liba`naise/`Liba`n, `syri`enne/`Syri`e. */
const STEM = 4;

export function isCountryCapital(city: Place, places: readonly Place[], adjective: string | null): boolean {
	if (city.kind !== 'city') return false;
	for (const p of places) {
		if (p.kind !== 'country' || p.country !== city.country || distanceKm(p.lat, p.lon, city.lat, city.lon) > SAME_CITY_KM) continue;
		if (adjective === null || foldWord(p.name).slice(0, STEM) === adjective.slice(0, STEM)) return true;
	}
	return false;
}

/**
 * Words after `capital` that make it money or another kind of capital: `capital gains`, `capital markets`,
 * `la capitale économique`, `the capital of culture`.
 */
const NOT_THE_SEAT = /^\s*(?:gains?|markets?|punishment|expenditure|spending|investments?|requirements?|flight|controls?|city of|of (?:culture|europe)|économique|européenne|mondiale|régionale|provinciale|départementale|du monde)\b/u;
/** A French nationality right after the noun: `libanaise`, `congolais`, `syrienne`, `russe`, `turque`. */
const NATIONALITY = /^ ([\p{Ll}-]{3,}(?:aise?|oise?|ienne|ien|aine?|ane|que|sse|ole|de))(?![\p{L}])/u;

/**
 * What the text after `capital`/`capitale` at `end` says: false when it is no seat of a government, the
 * folded nationality that follows it (`libanaise`), else null.
 */
export function capitalAdjective(lower: string, end: number): string | null | false {
	const after = lower.slice(end, end + 30);
	if (NOT_THE_SEAT.test(after)) return false;
	const m = NATIONALITY.exec(after);
	return m ? foldWord(m[1]) : null;
}
