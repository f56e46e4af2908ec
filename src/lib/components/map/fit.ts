/**
 * The map's own moves: fitting the whole story when it opens, bringing the
 * selection into view (zooming in far enough that a selected place leaves
 * its cluster), and opening a cluster.
 */
import type * as Leaflet from 'leaflet';
import type { PlaceGroup } from '../map-groups';
import { CLUSTER_RADIUS, isolationZoom, openZoom, type MarkerCluster } from './clusters';

/**
 * Room kept around what is fitted: more on the right, where the place names
 * sit beside the markers, and at the bottom whatever the trip's legend
 * covers there (`bottom`, in pixels).
 */
function padding(leaflet: typeof Leaflet, bottom: number) {
	const paddingTopLeft = leaflet.point(30, 30);
	const paddingBottomRight = leaflet.point(90, 30 + bottom);
	return { paddingTopLeft, paddingBottomRight, sum: paddingTopLeft.add(paddingBottomRight) };
}

function boundsOf(leaflet: typeof Leaflet, points: readonly PlaceGroup[], boxes: readonly Leaflet.LatLngBounds[]): Leaflet.LatLngBounds {
	const bounds = leaflet.latLngBounds([]);
	for (const p of points) bounds.extend([p.lat, p.lon]);
	for (const b of boxes) bounds.extend(b);
	return bounds;
}

/** Fits the whole story: its places if it has any, else its areas. */
export function fitStory(leaflet: typeof Leaflet, map: Leaflet.Map, places: readonly PlaceGroup[], areas: readonly Leaflet.LatLngBounds[], bottom = 0): void {
	const bounds = places.length > 0 ? boundsOf(leaflet, places, []) : boundsOf(leaflet, [], areas);
	if (!bounds.isValid()) return;
	const { paddingTopLeft, paddingBottomRight } = padding(leaflet, bottom);
	map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom: 6, animate: false });
}

/**
 * Brings the selection into view: `selected` are the places of the selected
 * events, `all` every place (to know what a selected place is clustered
 * with), `areas` the bounds of selected countries and regions. Nothing
 * moves when the selection is comfortably in view and out of any cluster.
 * Returns whether the map moved.
 */
export function fitSelection(
	leaflet: typeof Leaflet,
	map: Leaflet.Map,
	{ selected, all, areas, animate, bottom = 0 }: { selected: readonly PlaceGroup[]; all: readonly PlaceGroup[]; areas: readonly Leaflet.LatLngBounds[]; animate: boolean; bottom?: number }
): boolean {
	const { paddingTopLeft, paddingBottomRight, sum } = padding(leaflet, bottom);
	const bounds = boundsOf(leaflet, selected, areas);
	if (!bounds.isValid()) return false;
	const zoom = map.getZoom();
	const maxZoom = map.getMaxZoom();
	// Zoom in until every selected place has its own marker (at the maximum
	// zoom nothing is clustered).
	const apart = selected.length > 0 ? Math.min(maxZoom, isolationZoom(selected, all, CLUSTER_RADIUS)) : -Infinity;
	if (map.getBounds().pad(-0.1).contains(bounds) && zoom >= apart) return false;
	const point = bounds.getNorthEast().equals(bounds.getSouthWest());
	// No further in than the whole selection fits; no further out than needed;
	// an extent is shown at least at a country's scale.
	const fits = point ? maxZoom : map.getBoundsZoom(bounds, false, sum);
	const target = Math.min(fits, Math.max(zoom, apart, point ? -Infinity : 4));
	if (point) {
		if (target === zoom) map.panTo(bounds.getCenter(), { animate });
		else map.setView(bounds.getCenter(), target, { animate });
	} else {
		map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom: target, animate });
	}
	return true;
}

/** Opens a cluster: zooms in to fit its places, at least as far as they stand apart. */
export function openCluster(leaflet: typeof Leaflet, map: Leaflet.Map, cluster: MarkerCluster, { animate, bottom = 0 }: { animate: boolean; bottom?: number }): void {
	const { paddingTopLeft, paddingBottomRight, sum } = padding(leaflet, bottom);
	const bounds = boundsOf(leaflet, cluster.groups, []);
	const maxZoom = map.getMaxZoom();
	const apart = Math.min(maxZoom, openZoom(cluster.groups, CLUSTER_RADIUS));
	const fits = map.getBoundsZoom(bounds, false, sum);
	if (fits >= apart) map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom, animate });
	else map.setView(bounds.getCenter(), apart, { animate });
}
