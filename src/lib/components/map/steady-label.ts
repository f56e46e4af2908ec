/**
 * The map's permanent labels (place and area names): Leaflet tooltips that
 * measure themselves once per content rather than each time they move.
 *
 * Leaflet positions a tooltip from its own offsetWidth and offsetHeight,
 * read on every zoom. At the start of a zoom animation every label does so
 * in turn, each read after the label before wrote its class and position:
 * a forced style and layout per label, 3–5 ms of a click whose selection
 * zooms the map (thirty-odd labels). A label's text does not change while
 * it is shown, nor its font, so neither does its size: it is read when the
 * content is set (Leaflet's `update`) and reused by every move after.
 */
import type * as Leaflet from 'leaflet';

interface Size {
	width: number;
	height: number;
}

/** Leaflet's own members this subclass reads (not in its typings). */
interface TooltipInternals {
	_map: Leaflet.Map;
	_container: HTMLElement;
	_getAnchor(): Leaflet.Point;
	_size?: Size;
}

type LabelClass = new (options: Leaflet.TooltipOptions) => Leaflet.Tooltip;
const classes = new WeakMap<typeof Leaflet, LabelClass>();

interface XY {
	x: number;
	y: number;
}

/**
 * Where Leaflet's Tooltip puts a tooltip of `size` shown from `pos` (a layer
 * point), as its `_setPosition` does (Leaflet 1.9); `auto` turns right of
 * what stands left of the map's centre (`leftOfCentre`), else left.
 */
export function labelPosition(
	pos: XY,
	{ size, direction, offset, anchor, leftOfCentre }: { size: Size; direction: string; offset: XY; anchor: XY; leftOfCentre: boolean }
): { direction: string; x: number; y: number } {
	const { width, height } = size;
	let sub: [number, number];
	if (direction === 'top') sub = [width / 2, height];
	else if (direction === 'bottom') sub = [width / 2, 0];
	else if (direction === 'center') sub = [width / 2, height / 2];
	else if (direction === 'right') sub = [0, height / 2];
	else if (direction === 'left') sub = [width, height / 2];
	else if (leftOfCentre) [direction, sub] = ['right', [0, height / 2]];
	else [direction, sub] = ['left', [width + (offset.x + anchor.x) * 2, height / 2]];
	// Leaflet rounds the shift, not the result.
	return { direction, x: pos.x - Math.round(sub[0]) + offset.x + anchor.x, y: pos.y - Math.round(sub[1]) + offset.y + anchor.y };
}

function labelClass(leaflet: typeof Leaflet): LabelClass {
	const known = classes.get(leaflet);
	if (known) return known;
	const base = leaflet.Tooltip.prototype as unknown as { update(this: Leaflet.Tooltip): void };
	const made = leaflet.Tooltip.extend({
		update(this: Leaflet.Tooltip & TooltipInternals) {
			// New content (or first shown): measured afresh at the next position.
			this._size = undefined;
			base.update.call(this);
		},
		_setPosition(this: Leaflet.Tooltip & TooltipInternals, pos: Leaflet.Point) {
			const map = this._map;
			const container = this._container;
			this._size ??= { width: container.offsetWidth, height: container.offsetHeight };
			const leftOfCentre = map.layerPointToContainerPoint(pos).x < map.latLngToContainerPoint(map.getCenter()).x;
			const { direction, x, y } = labelPosition(pos, {
				size: this._size,
				direction: this.options.direction ?? 'auto',
				offset: leaflet.point(this.options.offset ?? [0, 0]),
				anchor: this._getAnchor(),
				leftOfCentre
			});
			// Only what changed: a class removed and added again is a style change too.
			for (const side of ['right', 'left', 'top', 'bottom']) container.classList.toggle(`leaflet-tooltip-${side}`, side === direction);
			leaflet.DomUtil.setPosition(container, leaflet.point(x, y));
		}
	}) as unknown as LabelClass;
	classes.set(leaflet, made);
	return made;
}

/** A permanent label showing `content` (an element: never HTML from a string), for `bindTooltip`. */
export function steadyLabel(leaflet: typeof Leaflet, content: HTMLElement, options: Leaflet.TooltipOptions): Leaflet.Tooltip {
	const Label = labelClass(leaflet);
	return new Label({ ...options, permanent: true }).setContent(content);
}
