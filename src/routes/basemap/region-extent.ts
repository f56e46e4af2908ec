/**
 * How big to draw a region when no boundary data is at hand. No npm package
 * ships first-level boundaries (kraï du Primorié, Donbas, Siberia …) that
 * could be bundled offline, so a region is drawn as an honest, labelled
 * approximation: a circle around the points the gazetteer knows for it (its
 * representative point and any others, such as a centroid or a second
 * city), never smaller than a typical region of its country.
 */

export interface RegionExtent {
	/** Centre of the circle, degrees. */
	lat: number;
	lon: number;
	radiusKm: number;
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two [lat, lon] points, in km. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
	const rad = Math.PI / 180;
	const dLat = (b[0] - a[0]) * rad;
	const dLon = (b[1] - a[1]) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Smallest and largest circle drawn when all we know is the country. */
const MIN_RADIUS_KM = 60;
const MAX_DEFAULT_RADIUS_KM = 300;
/** A region of a country of area A is taken to be about A/15 (a circle of
 * that area has a radius of √(A/π)/√15 ≈ a quarter of the country's). */
const REGIONS_PER_COUNTRY = 15;

/**
 * The circle for a region: centred on the mean of its known points (the
 * longitudes taken the short way round from the first), reaching past the
 * farthest of them by a fifth, and at least the size of a typical region of
 * its country (`countryAreaKm2`, when known).
 */
export function regionExtent(points: readonly (readonly [number, number])[], countryAreaKm2: number | null): RegionExtent {
	if (points.length === 0) throw new Error('regionExtent needs at least one point');
	const lon0 = points[0][1];
	const unwrapped = points.map(([lat, lon]): [number, number] => [lat, lon0 + ((((lon - lon0) % 360) + 540) % 360) - 180]);
	const lat = unwrapped.reduce((s, p) => s + p[0], 0) / unwrapped.length;
	const lon = unwrapped.reduce((s, p) => s + p[1], 0) / unwrapped.length;
	const reach = Math.max(0, ...unwrapped.map((p) => distanceKm([lat, lon], p))) * 1.2;
	const typical = countryAreaKm2 && countryAreaKm2 > 0 ? Math.sqrt(countryAreaKm2 / REGIONS_PER_COUNTRY / Math.PI) : MIN_RADIUS_KM;
	const floor = Math.min(MAX_DEFAULT_RADIUS_KM, Math.max(MIN_RADIUS_KM, typical));
	return { lat: round(lat), lon: round(lon), radiusKm: Math.round(Math.max(reach, floor)) };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
