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
		// All reads before any write: one layout, not one per label.
		const boxes = labels.map((l): LabelBox => {
			const at = this.#leaflet.DomUtil.getPosition(l.el);
			return {
				key: l.key,
				// offsetLeft/Top: the margins Leaflet gives icons (their anchor) and tooltips (their direction).
				x: at.x + l.el.offsetLeft,
				y: at.y + l.el.offsetTop,
				w: l.el.offsetWidth,
				h: l.el.offsetHeight,
				selected: anyIn(selected, l.eventIds),
				trip: l.trip === true || anyIn(trip, l.eventIds),
				events: l.eventIds.length,
				size: PLACE_SIZE[l.kind]
			};
		});
		const hidden = hiddenLabels(boxes);
		for (const l of labels) l.el.classList.toggle(HIDDEN_CLASS, hidden.has(l.key));
	}

	remove(): void {
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#map.off('zoomend', this.schedule);
	}
}
