/**
 * The offline basemap: Natural Earth countries, drawn under everything,
 * tinted where a country is a place of the story and filled where a
 * selected event lies. A selection restyles only the countries whose state
 * changed, not the two hundred others.
 */
import type * as Leaflet from 'leaflet';
import type { Countries } from './areas';

export class BasemapLayer {
	#layer: Leaflet.GeoJSON;
	#byName = new Map<string, Leaflet.Path[]>();
	#tiles: boolean;
	#involved: ReadonlySet<string> = new Set();
	#selected: ReadonlySet<string> = new Set();

	/** `copies`: countries drawn again a turn east or west (see world-copies.ts), styled as their originals. */
	constructor(leaflet: typeof Leaflet, map: Leaflet.Map, countries: Countries, copies: Countries, tiles: boolean) {
		this.#tiles = tiles;
		const all: Countries = { type: 'FeatureCollection', features: [...countries.features, ...copies.features] };
		this.#layer = leaflet.geoJSON(all, { interactive: false, style: (f) => this.#style(f?.properties.name ?? '') });
		this.#layer.eachLayer((l) => {
			const name = ((l as Leaflet.Polygon).feature?.properties as { name?: string } | undefined)?.name ?? '';
			const list = this.#byName.get(name);
			if (list) list.push(l as Leaflet.Path);
			else this.#byName.set(name, [l as Leaflet.Path]);
		});
		this.#layer.addTo(map);
		// Named for tests and tools that look for a country on the map (drawn only once added).
		for (const [name, paths] of this.#byName) for (const path of paths) path.getElement()?.setAttribute('data-country', name);
		this.#layer.bringToBack();
	}

	#style(name: string): Leaflet.PathOptions {
		const on = this.#selected.has(name);
		const tinted = this.#involved.has(name);
		const tiles = this.#tiles;
		return {
			color: on ? '#b45309' : tinted ? '#7d8f4e' : tiles ? '#666' : '#9aa5b1',
			weight: on ? 2 : tinted ? 1.2 : 0.6,
			fillColor: on ? '#fbbf24' : tinted ? '#dfe6c8' : '#f4f1ea',
			fillOpacity: tiles ? (on ? 0.35 : tinted ? 0.2 : 0) : on ? 0.75 : tinted ? 0.6 : 1
		};
	}

	#restyle(names: Iterable<string>) {
		for (const name of names) for (const path of this.#byName.get(name) ?? []) path.setStyle(this.#style(name));
	}

	/** Countries where the story happens (tinted). */
	setInvolved(names: ReadonlySet<string>) {
		const before = this.#involved;
		this.#involved = names;
		this.#restyle(new Set([...before, ...names]));
	}

	/** Countries holding a selected event (filled). */
	setSelected(names: ReadonlySet<string>) {
		const before = this.#selected;
		this.#selected = names;
		const changed = [...before].filter((n) => !names.has(n)).concat([...names].filter((n) => !before.has(n)));
		this.#restyle(changed);
	}

	remove() {
		this.#layer.remove();
	}
}
