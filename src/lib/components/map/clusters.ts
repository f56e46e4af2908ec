/**
 * Marker clusters: at a given zoom, places whose markers would be drawn
 * closer than `radius` pixels apart merge into one cluster marker; zooming
 * in opens it. Pure, for tests: positions are projected with Web Mercator
 * (what Leaflet's default CRS uses, 256 px for the world at zoom 0), so the
 * clusters depend only on the places and the zoom, not on a live map.
 *
 * The algorithm is the greedy one of supercluster and Leaflet.markercluster:
 * the place with the most events claims every unclaimed place within the
 * radius, then the next, and so on. A grid of radius-sized cells keeps it
 * linear in the number of places.
 */
import type { PlaceGroup } from '../map-groups';

export interface MarkerCluster {
	/** Stable across zooms while the members stay the same: a single place
	 * keeps its own key, a cluster is named by its members' keys. */
	key: string;
	/** Where the marker is drawn: the members' centre, weighted by events. */
	lat: number;
	lon: number;
	/** The places it stands for, the heaviest first (one for a lone place). */
	groups: PlaceGroup[];
	/** Every member's events. */
	eventIds: string[];
}

export interface ClusterOptions {
	/** Markers closer than this, in screen pixels, merge. */
	radius: number;
	/** At this zoom and above nothing merges: every place has its own
	 * marker even when two are closer than the radius. */
	maxZoom: number;
}

export const CLUSTER_RADIUS = 40;

/** Latitudes past this are outside Web Mercator's square world. */
const MAX_LAT = 85.0511287798;

/** A position in world pixels at zoom 0 (multiply by 2^zoom for a zoom). */
export function project(lat: number, lon: number): { x: number; y: number } {
	const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
	return {
		x: ((lon + 180) / 360) * 256,
		y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * 256
	};
}

/** Heaviest first, then by key: the same input always gives the same clusters. */
function byWeight(a: PlaceGroup, b: PlaceGroup): number {
	return b.eventIds.length - a.eventIds.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function single(g: PlaceGroup): MarkerCluster {
	return { key: g.key, lat: g.lat, lon: g.lon, groups: [g], eventIds: g.eventIds };
}

function merged(members: PlaceGroup[]): MarkerCluster {
	let w = 0;
	let lat = 0;
	let lon = 0;
	for (const g of members) {
		const n = Math.max(1, g.eventIds.length);
		w += n;
		lat += g.lat * n;
		lon += g.lon * n;
	}
	return {
		key: `cluster:${members
			.map((g) => g.key)
			.sort()
			.join('|')}`,
		lat: lat / w,
		lon: lon / w,
		groups: members,
		eventIds: members.flatMap((g) => g.eventIds)
	};
}

export function clusterGroups(groups: readonly PlaceGroup[], zoom: number, { radius, maxZoom }: ClusterOptions): MarkerCluster[] {
	const order = [...groups].sort(byWeight);
	if (zoom >= maxZoom) return order.map(single);
	const scale = 2 ** zoom;
	const points = order.map((g) => {
		const p = project(g.lat, g.lon);
		return { g, x: p.x * scale, y: p.y * scale, taken: false };
	});
	// Cells one radius wide: a place within the radius of a centre is in the
	// centre's cell or one of its eight neighbours. A number names a cell
	// (rows fit in 2^22 up to zoom 18, where the world is 1.7 million cells wide).
	const ROW = 4_194_304;
	const cells = new Map<number, typeof points>();
	for (const p of points) {
		const k = Math.floor(p.x / radius) * ROW + Math.floor(p.y / radius);
		const cell = cells.get(k);
		if (cell) cell.push(p);
		else cells.set(k, [p]);
	}
	const r2 = radius * radius;
	const out: MarkerCluster[] = [];
	for (const centre of points) {
		if (centre.taken) continue;
		centre.taken = true;
		const members = [centre];
		const cx = Math.floor(centre.x / radius);
		const cy = Math.floor(centre.y / radius);
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				const cell = cells.get((cx + dx) * ROW + cy + dy);
				if (!cell) continue;
				for (const p of cell) {
					if (p.taken) continue;
					const ddx = p.x - centre.x;
					const ddy = p.y - centre.y;
					if (ddx * ddx + ddy * ddy >= r2) continue;
					p.taken = true;
					members.push(p);
				}
			}
		}
		// Members in weight order: the cluster is named after its busiest places.
		out.push(members.length === 1 ? single(centre.g) : merged(members.map((m) => m.g).sort(byWeight)));
	}
	return out;
}

/** Distance between two places in pixels at zoom 0. */
function distance0(a: PlaceGroup, b: PlaceGroup): number {
	const p = project(a.lat, a.lon);
	const q = project(b.lat, b.lon);
	return Math.hypot(p.x - q.x, p.y - q.y);
}

/** The zoom at which two places `d0` apart at zoom 0 are `radius` apart,
 * rounded up to the map's zoom step so that the map does not round it down. */
function zoomFor(d0: number, radius: number, snap: number): number {
	if (d0 === 0) return Infinity;
	const z = Math.log2(radius / d0) + 1e-6;
	return Math.ceil(z / snap) * snap;
}

/**
 * The lowest zoom at which no two of `groups` are closer than `radius`:
 * where a cluster of them opens. Infinity when two share a position (the
 * caller clamps to its maximum zoom, where nothing merges).
 */
export function openZoom(groups: readonly PlaceGroup[], radius: number, snap = 0.25): number {
	let min = Infinity;
	for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) min = Math.min(min, distance0(groups[i], groups[j]));
	return min === Infinity ? -Infinity : zoomFor(min, radius, snap);
}

/**
 * The lowest zoom at which each of `targets` stands apart from every other
 * place of `all`, so that none of them is hidden in a cluster: a place
 * farther than the radius from every other one is never claimed by a
 * cluster's centre, nor claims anyone.
 */
export function isolationZoom(targets: readonly PlaceGroup[], all: readonly PlaceGroup[], radius: number, snap = 0.25): number {
	let min = Infinity;
	const keys = new Set(targets.map((t) => t.key));
	for (const t of targets) for (const g of all) if (!keys.has(g.key)) min = Math.min(min, distance0(t, g));
	// Targets near one another must also part.
	const among = openZoom(targets, radius, snap);
	return Math.max(among, min === Infinity ? -Infinity : zoomFor(min, radius, snap));
}

/** The accessible name of a cluster marker: how many places, which, how many events. */
export function clusterLabel(c: Pick<MarkerCluster, 'groups' | 'eventIds'>): string {
	const names = c.groups.map((g) => g.names[0] ?? '').filter(Boolean);
	const n = c.eventIds.length;
	return `${c.groups.length} places: ${names.join(', ')}; ${n} event${n === 1 ? '' : 's'}. Zooms in to show them apart.`;
}
