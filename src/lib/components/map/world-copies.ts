/**
 * Copies of countries one turn east or west, for a story drawn across the
 * 180° meridian. Leaflet draws vector shapes once, where their coordinates
 * are; the basemap covers longitudes −180 to 180 (Chukotka a little past).
 * When the story's window reaches past that edge (Kamchatka and Fiji drawn
 * beside Alaska), its markers would stand on an empty sea: the countries
 * near the story are drawn again there, so that every marker lies on its
 * country. Only within MARGIN degrees of the story: the usual map gets no
 * copies at all. Pure, for tests.
 */
import type { Geometry, Position } from 'geojson';
import type { Countries } from './areas';

/** How far past the story's places the copies reach: what a fitted view shows around them. */
export const MARGIN = 30;

export function lonRange(g: Geometry): [number, number] {
	let min = Infinity;
	let max = -Infinity;
	const visit = (p: Position) => {
		if (p[0] < min) min = p[0];
		if (p[0] > max) max = p[0];
	};
	if (g.type === 'Polygon') g.coordinates.forEach((r) => r.forEach(visit));
	else if (g.type === 'MultiPolygon') g.coordinates.forEach((poly) => poly.forEach((r) => r.forEach(visit)));
	return [min, max];
}

export function shifted(g: Geometry, by: number): Geometry {
	const move = (r: Position[]) => r.map(([lon, ...rest]) => [lon + by, ...rest]);
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(move) };
	if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(move)) };
	return g;
}

/** The countries to draw again, moved by a turn, around places drawn at `lons`. */
export function worldCopies(world: Countries, lons: readonly number[]): Countries {
	const features: Countries['features'] = [];
	if (lons.length === 0) return { type: 'FeatureCollection', features };
	const west = Math.min(...lons) - MARGIN;
	const east = Math.max(...lons) + MARGIN;
	if (west >= -180 && east <= 180) return { type: 'FeatureCollection', features };
	for (const f of world.features) {
		const [min, max] = lonRange(f.geometry);
		for (const by of [-360, 360]) {
			if (min + by <= east && max + by >= west) features.push({ ...f, geometry: shifted(f.geometry, by) });
		}
	}
	return { type: 'FeatureCollection', features };
}
