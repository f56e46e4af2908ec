/**
 * What Svelte draws of each event on the timeline: its structure (which
 * label, on which side, inside its band or not, in which lane), without the
 * pixels (timeline-mark-geometry.ts). The layout hands back new objects on
 * every frame of a zoom; an item whose structure is the same as the frame
 * before is the same object here, so that Svelte's keyed {#each} leaves its
 * mark alone and only the marks that changed shape are drawn again. Every
 * mark moving was a Svelte update per mark per frame, most of such a frame.
 */
import type { LabelLevel } from './timeline-layout';
import type { LanePlaced } from './timeline-lane-layout';

export interface MarkItem {
	id: string;
	/** Drawn as a point (a circle), else as a band (a rect). */
	point: boolean;
	lane: string;
	level: LabelLevel;
	anchor: 'start' | 'end';
	inside: boolean;
}

const same = (a: MarkItem, p: LanePlaced, point: boolean) => a.point === point && a.lane === p.lane && a.level === p.level && a.anchor === p.anchor && a.inside === p.inside;

/**
 * The items for `placed` (in its order), reusing those of `previous` (by id)
 * that have not changed. `isPoint` tells an event drawn as a point: another
 * article may reuse an id for a band. Returns the map to pass as `previous`
 * next time.
 */
export function markItems(placed: readonly LanePlaced[], isPoint: (id: string) => boolean, previous: ReadonlyMap<string, MarkItem>): { items: MarkItem[]; byId: Map<string, MarkItem> } {
	const byId = new Map<string, MarkItem>();
	const items = placed.map((p) => {
		const before = previous.get(p.id);
		const point = isPoint(p.id);
		const item = before && same(before, p, point) ? before : { id: p.id, point, lane: p.lane, level: p.level, anchor: p.anchor, inside: p.inside };
		byId.set(p.id, item);
		return item;
	});
	return { items, byId };
}
