/**
 * The trip: one polyline per leg, with an arrowhead at its middle (an SVG
 * marker on a middle vertex, so it is not hidden under the destination's
 * marker) and the leg's number beside it. A leg touching the selection is
 * drawn solid and thicker.
 */
import type * as Leaflet from 'leaflet';
import { unwrapLongitudes, type LonFrame } from '../map-groups';
import type { TripLeg } from '../trip-legs';
import type { DrawnLabel } from './label-placer';
import { anyIn, EventIndex, type Marks } from './marks';

interface DrawnLeg {
	line: Leaflet.Polyline;
	badge: Leaflet.Marker;
	eventIds: string[];
	n: number;
}

const ARROW_ID = 'fl-leg-arrow';

export class TripLayer {
	#legs: DrawnLeg[] = [];
	#index = new EventIndex<DrawnLeg>();
	#marks: () => Marks;

	constructor(leaflet: typeof Leaflet, map: Leaflet.Map, legs: readonly TripLeg[], frame: LonFrame, marks: () => Marks) {
		this.#marks = marks;
		for (const leg of legs) {
			// Start where the marker is drawn, and end the short way round; in
			// a story's window across the 180° meridian, where that marker is.
			const [fromLon, windowToLon] = unwrapLongitudes([leg.from.lon, leg.to.lon], frame);
			const toLon = frame.west === null ? fromLon + (leg.toLon - leg.from.lon) : windowToLon;
			const mid: [number, number] = [(leg.from.lat + leg.to.lat) / 2, (fromLon + toLon) / 2];
			const line = leaflet
				.polyline(
					[[leg.from.lat, fromLon], mid, [leg.to.lat, toLon]],
					// smoothFactor 0: keep the middle vertex that carries the arrow.
					{ className: 'fl-leg', interactive: false, smoothFactor: 0, weight: 3, color: '#7c2d12', opacity: 0.85, dashArray: '7 5' }
				)
				.addTo(map);
			const path = line.getElement();
			if (path instanceof SVGPathElement) {
				path.setAttribute('data-leg', String(leg.n));
				path.setAttribute('data-from', leg.from.name);
				path.setAttribute('data-to', leg.to.name);
				path.setAttribute('marker-mid', `url(#${arrowDefs(path)})`);
			}
			const num = document.createElement('span');
			num.textContent = String(leg.n);
			const badge = leaflet
				.marker(mid, {
					icon: leaflet.divIcon({ className: 'fl-leg-number', html: num, iconSize: [18, 18], iconAnchor: [-4, 22] }),
					interactive: false,
					keyboard: false,
					zIndexOffset: -1000
				})
				.addTo(map);
			badge.getElement()?.setAttribute('aria-hidden', 'true');
			const drawn = { line, badge, eventIds: [...leg.from.eventIds, ...leg.to.eventIds], n: leg.n };
			this.#legs.push(drawn);
			this.#index.add(drawn.eventIds, drawn);
			this.#style(drawn);
		}
	}

	#style({ line, eventIds }: DrawnLeg) {
		const on = anyIn(this.#marks().selected, eventIds);
		line.setStyle({ weight: on ? 4.5 : 3, dashArray: on ? undefined : '7 5', opacity: on ? 1 : 0.85 });
	}

	/** The legs' numbers, for the label pass: they crowd the stops' names. */
	labels(): DrawnLabel[] {
		return this.#legs.map(({ badge, eventIds, n }) => ({ key: `leg:${n}`, el: badge.getElement(), eventIds, kind: 'leg', trip: true }));
	}

	/** Restyles the legs holding events whose marks changed. */
	restyle(changed: readonly string[]) {
		for (const leg of this.#index.touched(changed)) this.#style(leg);
	}

	remove() {
		for (const { line, badge } of this.#legs) {
			line.remove();
			badge.remove();
		}
		this.#legs = [];
		this.#index.clear();
	}
}

/** The arrowhead's <marker>, added once to Leaflet's overlay <svg>. */
function arrowDefs(path: SVGPathElement): string {
	const svgRoot = path.ownerSVGElement;
	if (!svgRoot || svgRoot.querySelector(`#${ARROW_ID}`)) return ARROW_ID;
	const NS = 'http://www.w3.org/2000/svg';
	const defs = document.createElementNS(NS, 'defs');
	const marker = document.createElementNS(NS, 'marker');
	marker.setAttribute('id', ARROW_ID);
	marker.setAttribute('viewBox', '0 0 10 10');
	marker.setAttribute('refX', '5');
	marker.setAttribute('refY', '5');
	marker.setAttribute('markerWidth', '4');
	marker.setAttribute('markerHeight', '4');
	marker.setAttribute('orient', 'auto');
	const head = document.createElementNS(NS, 'path');
	head.setAttribute('d', 'M0,0 L10,5 L0,10 z');
	head.setAttribute('fill', '#7c2d12');
	head.setAttribute('stroke', 'none');
	marker.append(head);
	defs.append(marker);
	svgRoot.prepend(defs);
	return ARROW_ID;
}
