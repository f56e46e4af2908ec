/**
 * The story's countries and regions, drawn over the basemap as selectable
 * shapes: a country as its own outline, a region as a dashed circle marked
 * `≈`. Areas are never clustered: they are as big as they are.
 */
import type * as Leaflet from 'leaflet';
import { markerLabel, unwrapLongitudes, type LonFrame } from '../map-groups';
import type { CountryArea, RegionArea } from './areas';
import type { DrawnLabel } from './label-placer';
import { anyIn, EventIndex, type Marks } from './marks';
import { makeSelectable, type MapActions } from './selectable';
import { steadyLabel } from './steady-label';
import { lonRange, shifted } from './world-copies';

/** A shape standing for a place (a country, a region's circle). */
interface Shape {
	layer: Leaflet.Path & { getBounds(): Leaflet.LatLngBounds };
	eventIds: string[];
	approximate: boolean;
	kind: DrawnLabel['kind'];
}

export class AreaLayer {
	#shapes: Shape[] = [];
	#index = new EventIndex<Shape>();
	#tiles: boolean;
	#marks: () => Marks;

	constructor(
		leaflet: typeof Leaflet,
		map: Leaflet.Map,
		{ countries, regions, frame, tiles }: { countries: readonly CountryArea[]; regions: readonly RegionArea[]; frame: LonFrame; tiles: boolean },
		actions: MapActions,
		marks: () => Marks
	) {
		this.#tiles = tiles;
		this.#marks = marks;
		const bind = (path: Leaflet.Path, eventIds: string[], name: string, approximate: boolean) => {
			const text = document.createElement('span');
			text.textContent = approximate ? `≈ ${name}` : name;
			path.bindTooltip(steadyLabel(leaflet, text, { direction: 'center', className: `fl-place-label fl-area-label${approximate ? ' fl-approx-label' : ''}`, interactive: false }));
			path.on('click', () => actions.toggle(eventIds));
			path.on('mouseover', () => actions.hover(eventIds));
			path.on('mouseout', () => actions.hover(null));
		};
		for (const area of countries) {
			// In a story's window across the 180° meridian, the country is drawn where its window puts it.
			const [min, max] = lonRange(area.feature.geometry);
			const by = frame.west === null ? 0 : Math.round((unwrapLongitudes([(min + max) / 2], frame)[0] - (min + max) / 2) / 360) * 360;
			const feature = by === 0 ? area.feature : { ...area.feature, geometry: shifted(area.feature.geometry, by) };
			const layer = leaflet.geoJSON(feature, { style: { className: 'fl-area' } }).addTo(map);
			const label = markerLabel({ names: area.names, eventIds: area.eventIds });
			layer.eachLayer((l) => {
				const path = l as Leaflet.Polygon;
				bind(path, area.eventIds, area.names[0] ?? '', false);
				const el = path.getElement();
				if (el) makeSelectable(el, area.eventIds, label, { 'data-place-kind': 'country', 'data-iso': area.iso }, actions);
				this.#add({ layer: path, eventIds: area.eventIds, approximate: false, kind: 'country' });
			});
		}
		for (const area of regions) {
			// On the side of the antimeridian where the story is.
			const [lon] = unwrapLongitudes([area.extent.lon], frame);
			const circle = leaflet.circle([area.extent.lat, lon], { radius: area.extent.radiusKm * 1000, className: 'fl-area fl-area-approx' }).addTo(map);
			bind(circle, area.eventIds, area.names[0] ?? '', true);
			const el = circle.getElement();
			const label = `${markerLabel({ names: area.names, eventIds: area.eventIds })} (approximate area, about ${area.extent.radiusKm} km across its widest known points)`;
			if (el) makeSelectable(el, area.eventIds, label, { 'data-place-kind': area.kind, 'data-gazetteer-id': area.id, 'data-approximate': 'true' }, actions);
			this.#add({ layer: circle, eventIds: area.eventIds, approximate: true, kind: area.kind });
		}
		for (const s of this.#shapes) this.#style(s);
	}

	#add(shape: Shape) {
		this.#shapes.push(shape);
		this.#index.add(shape.eventIds, shape);
	}

	get size(): number {
		return this.#shapes.length;
	}

	#style({ layer, eventIds, approximate }: Shape) {
		const { selected, hovered } = this.#marks();
		const on = anyIn(selected, eventIds);
		const hover = !on && anyIn(hovered, eventIds);
		const tiles = this.#tiles;
		layer.setStyle({
			// Hover previews in blue, selection in amber; an approximate area
			// keeps a dashed edge whatever its state.
			color: on ? '#b45309' : hover ? '#1d4ed8' : approximate ? '#6b5a2e' : '#4d5e22',
			weight: on ? 2.5 : hover ? 3 : 1.5,
			dashArray: approximate ? '6 4' : undefined,
			fillColor: on ? '#fbbf24' : approximate ? '#d6c58f' : '#b5c47f',
			fillOpacity: approximate ? (on ? 0.45 : 0.25) : tiles ? (on ? 0.45 : 0.3) : on ? 0.8 : 0.7
		});
		const el = layer.getElement();
		if (on) el?.setAttribute('aria-current', 'true');
		else el?.removeAttribute('aria-current');
		el?.classList.toggle('fl-hovered', hover);
	}

	/** The areas' names, for the label pass. */
	labels(): DrawnLabel[] {
		return this.#shapes.map((s, i) => ({ key: `area:${i}`, el: s.layer.getTooltip()?.getElement(), eventIds: s.eventIds, kind: s.kind }));
	}

	/** Restyles the shapes holding events whose marks changed. */
	restyle(changed: readonly string[]) {
		for (const s of this.#index.touched(changed)) this.#style(s);
	}

	/** Bounds of the shapes holding any of `ids`. */
	boundsOf(ids: ReadonlySet<string>): Leaflet.LatLngBounds[] {
		const seen = this.#index.touched(ids);
		return [...seen].map((s) => s.layer.getBounds());
	}

	/** Bounds to fit the whole story by, when it has no markers: its regions
	 * if it has any (a country's shape would zoom the map out to the whole
	 * of Russia), else its countries. */
	storyBounds(): Leaflet.LatLngBounds[] {
		const approx = this.#shapes.filter((s) => s.approximate);
		return (approx.length > 0 ? approx : this.#shapes).map((s) => s.layer.getBounds());
	}

	remove() {
		for (const { layer } of this.#shapes) layer.remove();
		this.#shapes = [];
		this.#index.clear();
	}
}
