/**
 * The story's places as markers, merged into clusters where they would be
 * drawn closer than CLUSTER_RADIUS pixels apart (see clusters.ts). The
 * clusters are recomputed when the zoom settles; markers whose place or
 * cluster is unchanged stay as they are. A selection or hover change
 * restyles only the markers holding the events that changed. The pointer
 * or the focus resting on a marker opens its preview tooltip (preview.ts):
 * what it holds, in words, however many events that is.
 */
import type * as Leaflet from 'leaflet';
import { markerLabel, type PlaceGroup } from '../map-groups';
import { CLUSTER_RADIUS, clusterGroups, clusterLabel, type MarkerCluster } from './clusters';
import type { DrawnLabel } from './label-placer';
import { anyIn, EventIndex, type Marks } from './marks';
import { markerPreview, type PreviewText } from './preview';
import { onActivate, previewOnFocus, type MapActions } from './selectable';
import { steadyLabel } from './steady-label';

export interface MarkerActions extends MapActions {
	/** Zooms in until the cluster's places stand apart. */
	open(cluster: MarkerCluster): void;
}

interface Drawn {
	marker: Leaflet.Marker;
	cluster: MarkerCluster;
	/** The icon's size in pixels. */
	size: number;
}

export class MarkerLayer {
	#leaflet: typeof Leaflet;
	#map: Leaflet.Map;
	#actions: MarkerActions;
	#marks: () => Marks;
	#groups: readonly PlaceGroup[] = [];
	#groupOf = new Map<string, PlaceGroup>();
	#drawn = new Map<string, Drawn>();
	#index = new EventIndex<Drawn>();
	#onZoom = () => this.#recluster();
	/** One preview tooltip, moved to the marker the pointer or focus is on:
	 * a marker's own tooltip is its permanent name. */
	#preview: Leaflet.Tooltip;
	#previewing: Drawn | null = null;

	constructor(leaflet: typeof Leaflet, map: Leaflet.Map, actions: MarkerActions, marks: () => Marks) {
		this.#leaflet = leaflet;
		this.#map = map;
		this.#actions = actions;
		this.#marks = marks;
		this.#preview = leaflet.tooltip({ direction: 'top', className: 'fl-preview-tip', opacity: 1, interactive: false });
		map.on('zoomend', this.#onZoom);
	}

	/** Every place of the story (positions already on the story's side of the 180° meridian). */
	get groups(): readonly PlaceGroup[] {
		return this.#groups;
	}

	/** Draws these places instead of the ones before. */
	setGroups(groups: readonly PlaceGroup[]) {
		this.#clear();
		this.#groups = groups;
		this.#groupOf = new Map(groups.flatMap((g) => g.eventIds.map((id): [string, PlaceGroup] => [id, g])));
		this.#recluster();
	}

	/** The places holding any of `ids`. */
	groupsOf(ids: Iterable<string>): PlaceGroup[] {
		const out = new Set<PlaceGroup>();
		for (const id of ids) {
			const g = this.#groupOf.get(id);
			if (g) out.add(g);
		}
		return [...out];
	}

	#recluster() {
		const clusters = clusterGroups(this.#groups, this.#map.getZoom(), { radius: CLUSTER_RADIUS, maxZoom: this.#map.getMaxZoom() });
		const next = new Set(clusters.map((c) => c.key));
		// A keyboard user who opened a cluster keeps the focus on one of its places.
		const active = document.activeElement;
		let refocus: string | null = null;
		for (const [key, d] of this.#drawn) {
			if (next.has(key)) continue;
			if (active && d.marker.getElement()?.contains(active)) refocus = d.cluster.eventIds[0] ?? null;
			this.#remove(d);
		}
		for (const c of clusters) if (!this.#drawn.has(c.key)) this.#draw(c);
		if (refocus) this.#index.get(refocus)[0]?.marker.getElement()?.focus();
	}

	#draw(c: MarkerCluster) {
		const leaflet = this.#leaflet;
		const isCluster = c.groups.length > 1;
		const g = c.groups[0];
		const badge = document.createElement('span');
		badge.className = 'fl-marker-badge';
		// A place shows how many events; a cluster, how many places it hides.
		badge.textContent = String(isCluster ? c.groups.length : g.eventIds.length);
		const area = !isCluster && (g.kind === 'country' || g.kind === 'region' || g.kind === 'area');
		const label = isCluster ? clusterLabel(c) : markerLabel(g);
		const size = isCluster ? 34 : 26;
		const marker = leaflet
			.marker([c.lat, c.lon], {
				icon: leaflet.divIcon({
					className: `fl-marker ${isCluster ? 'fl-cluster' : area ? 'fl-marker-area' : 'fl-marker-point'}`,
					html: badge,
					iconSize: [size, size],
					iconAnchor: [size / 2, size / 2]
				}),
				keyboard: true,
				// No `title`: the preview tooltip says it, and more.
				riseOnHover: true
			})
			.addTo(this.#map);
		const drawn: Drawn = { marker, cluster: c, size };
		// A permanent name beside the marker: the basemap has no labels.
		// An element, not a string: Leaflet would parse a string as HTML.
		const name = document.createElement('span');
		name.textContent = isCluster ? `${g.names[0] ?? ''} +${c.groups.length - 1}` : (g.names[0] ?? '');
		marker.bindTooltip(steadyLabel(leaflet, name, { direction: 'right', offset: [size / 2 - 1, 0], className: 'fl-place-label', interactive: false }));
		const activate = () => (isCluster ? this.#actions.open(c) : this.#actions.toggle(c.eventIds));
		const el = marker.getElement();
		if (el) {
			el.setAttribute('aria-label', label);
			el.setAttribute('data-event-ids', c.eventIds.join(' '));
			el.setAttribute('data-place-kind', isCluster ? 'cluster' : g.kind);
			if (isCluster) el.setAttribute('data-cluster-size', String(c.groups.length));
			// Leaflet makes the icon focusable with role=button; Enter and
			// Space must then do what a click does.
			onActivate(el, activate);
			previewOnFocus(el, c.eventIds, this.#actions);
			el.addEventListener('focus', () => this.#showPreview(drawn));
			el.addEventListener('blur', () => this.#hidePreview(drawn));
		}
		marker.on('click', activate);
		marker.on('mouseover', () => {
			this.#actions.hover(c.eventIds);
			this.#showPreview(drawn);
		});
		marker.on('mouseout', () => {
			this.#actions.hover(null);
			this.#hidePreview(drawn);
		});
		this.#drawn.set(c.key, drawn);
		this.#index.add(c.eventIds, drawn);
		this.#style(drawn);
	}

	#style({ marker, cluster }: Drawn) {
		const el = marker.getElement();
		if (!el) return;
		const { selected, hovered } = this.#marks();
		const on = anyIn(selected, cluster.eventIds);
		const hover = anyIn(hovered, cluster.eventIds);
		if (on) el.setAttribute('aria-current', 'true');
		else el.removeAttribute('aria-current');
		el.classList.toggle('fl-selected', on);
		el.classList.toggle('fl-hovered', hover);
		marker.setZIndexOffset(on ? 1000 : hover ? 500 : 0);
	}

	/** The markers' names, for the label pass. */
	labels(): DrawnLabel[] {
		return [...this.#drawn.values()].map(({ marker, cluster }) => ({
			key: cluster.key,
			el: marker.getTooltip()?.getElement(),
			eventIds: cluster.eventIds,
			kind: cluster.groups.length > 1 ? 'cluster' : cluster.groups[0].kind
		}));
	}

	/** Restyles the markers holding events whose marks changed. */
	restyle(changed: readonly string[]) {
		for (const d of this.#index.touched(changed)) this.#style(d);
	}

	#showPreview(d: Drawn) {
		this.#previewing = d;
		// Above the icon, clear of the permanent name on its right.
		this.#preview.options.offset = this.#leaflet.point(0, -d.size / 2);
		this.#preview.setLatLng(d.marker.getLatLng()).setContent(previewNode(markerPreview(d.cluster)));
		if (!this.#map.hasLayer(this.#preview)) this.#preview.addTo(this.#map);
	}

	#hidePreview(d: Drawn) {
		if (this.#previewing !== d) return;
		this.#previewing = null;
		this.#preview.remove();
	}

	#remove(d: Drawn) {
		this.#hidePreview(d);
		d.marker.remove();
		this.#drawn.delete(d.cluster.key);
		this.#index.delete(d.cluster.eventIds, d);
	}

	#clear() {
		if (this.#previewing) this.#hidePreview(this.#previewing);
		for (const d of this.#drawn.values()) d.marker.remove();
		this.#drawn.clear();
		this.#index.clear();
	}

	remove() {
		this.#map.off('zoomend', this.#onZoom);
		this.#clear();
		this.#groups = [];
		this.#groupOf.clear();
	}
}

/** The preview as elements, never HTML: place names are the article's text. */
function previewNode({ title, lines }: PreviewText): HTMLElement {
	const root = document.createElement('div');
	const head = document.createElement('strong');
	head.textContent = title;
	root.append(head);
	for (const line of lines) {
		const div = document.createElement('div');
		div.textContent = line;
		root.append(div);
	}
	return root;
}
