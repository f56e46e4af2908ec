/**
 * Natural Earth rings that cross the 180° meridian (Russia, Fiji, the
 * Aleutians) jump from +180 to −180 between two consecutive points; drawn on
 * a flat map that jump is a horizontal streak across the whole world. We make
 * every ring continuous (longitudes may leave [−180, 180]) and then move the
 * stray parts of a country to the side where most of it lies, so that Russia
 * is one shape ending in Chukotka past 180°, not a shape plus a sliver on the
 * far left.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Adds or subtracts 360 wherever consecutive longitudes jump by more than 180°. */
export function unwrapRing(ring: readonly Position[]): Position[] {
	const out: Position[] = [];
	let shift = 0;
	let prev: number | null = null;
	for (const p of ring) {
		const lon = p[0];
		if (prev !== null) {
			const d = lon - prev;
			if (d > 180) shift -= 360;
			else if (d < -180) shift += 360;
		}
		prev = lon;
		out.push([lon + shift, ...p.slice(1)]);
	}
	return out;
}

function meanLon(ring: readonly Position[]): number {
	let sum = 0;
	for (const p of ring) sum += p[0];
	return ring.length ? sum / ring.length : 0;
}

function shiftPolygon(rings: Position[][], by: number): Position[][] {
	return by === 0 ? rings : rings.map((r) => r.map(([lon, ...rest]) => [lon + by, ...rest]));
}

/**
 * Unwraps every ring, then moves whole polygons by ±360 so that each one is
 * within 180° of the country's largest polygon (by number of points).
 */
export function unwrapPolygons(polygons: readonly Position[][][]): Position[][][] {
	const unwrapped = polygons.map((rings) => rings.map(unwrapRing));
	if (unwrapped.length < 2) return unwrapped;
	let main = unwrapped[0];
	for (const p of unwrapped) if ((p[0]?.length ?? 0) > (main[0]?.length ?? 0)) main = p;
	const ref = meanLon(main[0] ?? []);
	return unwrapped.map((rings) => {
		const lon = meanLon(rings[0] ?? []);
		return shiftPolygon(rings, 360 * Math.round((ref - lon) / 360));
	});
}

export function unwrapGeometry(g: Geometry): Geometry {
	if (g.type === 'Polygon') {
		const [rings] = unwrapPolygons([g.coordinates]);
		return { type: 'Polygon', coordinates: rings } satisfies Polygon;
	}
	if (g.type === 'MultiPolygon') {
		return { type: 'MultiPolygon', coordinates: unwrapPolygons(g.coordinates) } satisfies MultiPolygon;
	}
	if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(unwrapGeometry) };
	return g;
}

/** Rounds coordinates: 0.01° (about 1 km) is finer than a 1:50m map shows, and halves the file. */
function roundGeometry(g: Geometry, digits: number): Geometry {
	const f = 10 ** digits;
	const r = (rings: Position[][]) =>
		rings.map((ring) => {
			const out: Position[] = [];
			for (const [lon, lat] of ring) {
				const q: Position = [Math.round(lon * f) / f, Math.round(lat * f) / f];
				const last = out.at(-1);
				// Rounding makes neighbours equal; a repeated point draws nothing.
				if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
			}
			return out;
		});
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: r(g.coordinates) };
	if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map(r) };
	return g;
}

export interface BasemapProperties {
	name: string;
}

/** The whole basemap treatment: unwrap, round, keep only the name. */
export function prepareBasemap(fc: FeatureCollection<Geometry | null, { name?: string } | null>, digits = 2): FeatureCollection<Geometry, BasemapProperties> {
	const features: Feature<Geometry, BasemapProperties>[] = [];
	for (const f of fc.features) {
		if (!f.geometry) continue;
		features.push({
			type: 'Feature',
			...(f.id !== undefined ? { id: f.id } : {}),
			properties: { name: f.properties?.name ?? '' },
			geometry: roundGeometry(unwrapGeometry(f.geometry), digits)
		});
	}
	return { type: 'FeatureCollection', features };
}
