/**
 * Keeps the map's permanent labels (place names, area names, trip leg
 * numbers) from overlapping: measures where Leaflet drew each one and hides
 * the losers of label-collisions.ts. Runs once per frame at most, after the
 * zoom settles (labels keep their pixel size while places spread apart),
 * after a layer is redrawn and after the selection changes (the selected
 * place's label wins). Panning moves every label alike and changes nothing.
 */
import type * as Leaflet from 'leaflet';
import { hiddenLabels, PLACE_SIZE, type LabelBox } from './label-collisions';
import { anyIn } from './marks';

/** A label as a layer drew it. */
export interface DrawnLabel {
	/** Unique across the map's layers. */
	key: string;
	/** The label's element, positioned by Leaflet in its pane. */
	el: HTMLElement | undefined;
	eventIds: readonly string[];
	kind: keyof typeof PLACE_SIZE;
	/** Part of the trip whatever its events (a leg's number). */
	trip?: boolean;
}

export interface LabelContext {
	selected: ReadonlySet<string>;
	/** Events at the trip's stops. */
	trip: ReadonlySet<string>;
}

export const HIDDEN_CLASS = 'fl-label-hidden';

export class LabelPlacer {
	#leaflet: typeof Leaflet;
	#map: Leaflet.Map;
	#labels: () => DrawnLabel[];
	#context: () => LabelContext;
	#frame = 0;
	/**
	 * Each label's offsets (the margins Leaflet gives icons for their anchor
	 * and tooltips for their direction) and size, read the first time it is
	 * placed: a label's text, direction and font do not change while it is
	 * drawn (drawn again, it is a new element). Read on every pass, they laid
	 * the page out in the frame of every selection change: 3–5 ms a click.
	 */
	#extents = new WeakMap<HTMLElement, { dx: number; dy: number; w: number; h: number }>();

	constructor(leaflet: typeof Leaflet, map: Leaflet.Map, labels: () => DrawnLabel[], context: () => LabelContext) {
		this.#leaflet = leaflet;
		this.#map = map;
		this.#labels = labels;
		this.#context = context;
		map.on('zoomend', this.schedule);
	}

	/** Places the labels at the next frame, once however often it is asked. */
	schedule = (): void => {
		if (this.#frame) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.place();
		});
	};

	place(): void {
		const { selected, trip } = this.#context();
		const labels = this.#labels().filter((l): l is DrawnLabel & { el: HTMLElement } => l.el?.isConnected === true);
		// All reads before any write: one layout at most, not one per label.
		const boxes = labels.map((l): LabelBox => {
			const at = this.#leaflet.DomUtil.getPosition(l.el);
			const { dx, dy, w, h } = this.#extent(l.el);
			return {
				key: l.key,
				x: at.x + dx,
				y: at.y + dy,
				w,
				h,
				selected: anyIn(selected, l.eventIds),
				trip: l.trip === true || anyIn(trip, l.eventIds),
				events: l.eventIds.length,
				size: PLACE_SIZE[l.kind]
			};
		});
		const hidden = hiddenLabels(boxes);
		for (const l of labels) l.el.classList.toggle(HIDDEN_CLASS, hidden.has(l.key));
	}

	#extent(el: HTMLElement): { dx: number; dy: number; w: number; h: number } {
		const known = this.#extents.get(el);
		if (known) return known;
		const extent = { dx: el.offsetLeft, dy: el.offsetTop, w: el.offsetWidth, h: el.offsetHeight };
		// Not laid out yet (a map not shown): read again next time.
		if (extent.w > 0 || extent.h > 0) this.#extents.set(el, extent);
		return extent;
	}

	remove(): void {
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#map.off('zoomend', this.schedule);
	}
}
