/**
 * Map labels that never overlap. The basemap has no names of its own, so
 * every marker, area and trip leg carries a permanent label; where places
 * crowd (Vladivostok inside Primorié, beside North Korea and the trip's
 * numbers) the labels would pile up unreadably. A greedy pass keeps the
 * most important label of any overlapping pair and hides the others:
 * selected first, then the trip's stops and leg numbers, then the place with
 * more events, then the larger place (a country before a city). A hidden
 * label's marker stays, with its name in its accessible label and its
 * preview tooltip; zooming in gives the labels room and the pass runs again.
 *
 * Pure, for tests, like clusters.ts: boxes are in the map's layer pixels,
 * measured by the caller. A grid of cells keeps it near linear.
 */
import type { PlaceKind } from '$lib/model';

export interface LabelBox {
	key: string;
	/** Left, top, width and height in pixels. */
	x: number;
	y: number;
	w: number;
	h: number;
	/** Holds a selected event. */
	selected: boolean;
	/** Names a stop of the trip, or numbers one of its legs. */
	trip: boolean;
	/** How many events the labelled thing stands for. */
	events: number;
	/** How large the place is (see PLACE_SIZE). */
	size: number;
}

/** Larger places first when all else is equal: a cluster stands for several places. */
export const PLACE_SIZE: Record<PlaceKind | 'cluster' | 'leg', number> = { country: 5, region: 4, area: 3, cluster: 2, city: 1, site: 0, leg: 0 };

/** Most important first; ties by key, so that the same view always shows the same labels. */
export function byPriority(a: LabelBox, b: LabelBox): number {
	return (
		Number(b.selected) - Number(a.selected) ||
		Number(b.trip) - Number(a.trip) ||
		b.events - a.events ||
		b.size - a.size ||
		(a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
}

const CELL = 128;

/**
 * The keys of the labels to hide so that no two shown labels come closer
 * than `gap` pixels. Greedy by priority: a label is shown when it clears
 * every label already shown.
 */
export function hiddenLabels(labels: readonly LabelBox[], gap = 2): Set<string> {
	const hidden = new Set<string>();
	const cells = new Map<string, LabelBox[]>();
	const cellsOf = (b: LabelBox): string[] => {
		const out: string[] = [];
		for (let cx = Math.floor((b.x - gap) / CELL); cx <= Math.floor((b.x + b.w + gap) / CELL); cx++) {
			for (let cy = Math.floor((b.y - gap) / CELL); cy <= Math.floor((b.y + b.h + gap) / CELL); cy++) out.push(`${cx},${cy}`);
		}
		return out;
	};
	const clash = (a: LabelBox, b: LabelBox) => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
	for (const label of [...labels].sort(byPriority)) {
		// An empty label (a marker without a name) takes no room.
		if (label.w <= 0 || label.h <= 0) continue;
		const keys = cellsOf(label);
		if (keys.some((k) => cells.get(k)?.some((other) => clash(label, other)))) {
			hidden.add(label.key);
			continue;
		}
		for (const k of keys) {
			const cell = cells.get(k);
			if (cell) cell.push(label);
			else cells.set(k, [label]);
		}
	}
	return hidden;
}
