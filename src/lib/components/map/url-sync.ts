/**
 * The map view lives in the URL (`?map=lat,lon,zoom`). A user's gesture
 * (drag, wheel, pinch, zoom buttons, keys) pushes one history entry when it
 * settles, so that back returns to the view before it; the map's own moves
 * (fitting the story or the selection, opening a cluster) replace the
 * current entry. Nothing is written while the map moves: replacing the
 * entry mid-gesture would overwrite the view that back must return to.
 */
import type * as Leaflet from 'leaflet';
import { untrack } from 'svelte';
import { liveUrl } from '../live-url.svelte';
import { formatMapView, MAP_PARAM, parseMapView, setViewParam } from '../view-url';

/** A gesture's moves end within this time of its last input. */
const GESTURE_MS = 1200;
/** Wheel ticks and pinch steps this close together are one gesture. */
const COALESCE_MS = 1000;

export class MapUrlSync {
	#map: Leaflet.Map;
	#gestureAt = -Infinity;
	#lastPushAt = -Infinity;
	/** Once the URL, the user or the selection has chosen the view, the map
	 * stops fitting itself to the whole story as layers arrive. */
	viewOwned = false;

	constructor(map: Leaflet.Map) {
		this.#map = map;
	}

	/** From now on, moves are written to the URL. Called once the first view
	 * is set, so that opening the map writes nothing of its own. */
	listen(el: HTMLElement) {
		this.#map.on('moveend', () => this.#onMoveEnd());
		this.#watchGestures(el);
	}

	/** A move the user asked for through the map's own controls (opening a
	 * cluster): it gets its history entry like a zoom gesture does. */
	markGesture() {
		this.#gestureAt = performance.now();
	}

	#currentView(): string {
		const c = this.#map.getCenter();
		return formatMapView({ lat: c.lat, lon: c.lng, zoom: this.#map.getZoom() });
	}

	#onMoveEnd() {
		const now = performance.now();
		const byUser = now - this.#gestureAt < GESTURE_MS;
		let push = false;
		if (byUser) {
			this.viewOwned = true;
			push = now - this.#lastPushAt > COALESCE_MS;
			this.#lastPushAt = now;
		}
		void setViewParam(MAP_PARAM, this.#currentView(), { push });
	}

	/** Shows the view the URL names (a shared link, back/forward); false when it names none. */
	applyUrlView(initial = false): boolean {
		const wanted = parseMapView(untrack(liveUrl).searchParams.get(MAP_PARAM));
		if (!wanted) return false;
		this.viewOwned = true;
		// A new map has no view yet to compare with (getCenter would throw).
		if (initial || formatMapView(wanted) !== this.#currentView()) this.#map.setView([wanted.lat, wanted.lon], wanted.zoom, { animate: false });
		return true;
	}

	#watchGestures(el: HTMLElement) {
		const mark = () => this.markGesture();
		this.#map.on('dragstart drag dragend boxzoomend', mark);
		// Pressed on the map itself (not a marker, an area or a control): Leaflet
		// may end a move before it reports the drag, and that move is the user's too.
		el.addEventListener('pointerdown', (e) => {
			if (!(e.target as Element | null)?.closest('.leaflet-interactive, .leaflet-control')) mark();
		});
		el.addEventListener('wheel', mark, { passive: true });
		// Moving fingers pan or pinch; a tap (no move) selects and is not a gesture of the view.
		el.addEventListener('touchmove', mark, { passive: true });
		el.addEventListener('dblclick', mark);
		el.addEventListener('click', (e) => {
			if ((e.target as Element | null)?.closest('.leaflet-control-zoom')) mark();
		});
		el.addEventListener('keydown', (e) => {
			// Leaflet's own keys, on the map itself (not on a marker).
			if (e.target === el && /^(Arrow(Up|Down|Left|Right)|\+|-|=|_)$/.test(e.key)) mark();
		});
	}
}
