/**
 * How many events a preview (the pointer or the focus resting on a marker,
 * a cluster, an area or a sentence) lights up across the views.
 *
 * Up to PREVIEW_LIMIT events, all of them; past it, none. On a large fact
 * file a map cluster can stand for thousands of events: lighting them all
 * in the text and the timeline costs thousands of DOM updates on every
 * pointer move and shows a fact-checker nothing they could check one by one
 * (a screen of text holds twenty or thirty sentences). Lighting only the
 * first hundred would be worse: a partial highlight reads as "these are the
 * events here". So what is hovered says what it holds instead (the map's
 * preview tooltip names the places, their counts and the total, and says
 * that it is too many to light up), and a click still selects it or opens
 * the cluster. A hundred is about what a timeline window and a scrolled
 * text can show as distinct marks.
 */
export const PREVIEW_LIMIT = 100;

/** Whether `count` events are too many to light up across the views. */
export function overPreviewLimit(count: number): boolean {
	return count > PREVIEW_LIMIT;
}

/** The events a preview of `ids` lights up: all of them, or none past the limit. */
export function previewedIds(ids: readonly string[]): readonly string[] {
	return overPreviewLimit(ids.length) ? [] : ids;
}
