/**
 * What the preview tooltip of a marker says when the pointer or the focus
 * rests on it: for a cluster, how many places and events it holds and its
 * busiest places with their counts; for a place, its names and count. Past
 * PREVIEW_LIMIT events the other views do not light up (see
 * preview-limit.ts), and the tooltip says so, so that an unlit text is not
 * read as "no sentence tells of this place". Pure, for tests.
 */
import { overPreviewLimit, PREVIEW_LIMIT } from '$lib/preview-limit';
import type { MarkerCluster } from './clusters';

export interface PreviewText {
	title: string;
	lines: string[];
}

/** A cluster's places named one a line: enough to tell what it holds, not a list of thousands. */
const PLACES_SHOWN = 5;

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function markerPreview(c: Pick<MarkerCluster, 'groups' | 'eventIds'>): PreviewText {
	const events = c.eventIds.length;
	const tooMany = overPreviewLimit(events);
	if (c.groups.length === 1) {
		const [g] = c.groups;
		const lines = [count(events, 'event')];
		if (g.names.length > 1) lines.push(`also named ${g.names.slice(1).join(', ')}`);
		if (tooMany) lines.push(`Too many to light up in the text and timeline (over ${PREVIEW_LIMIT}): click to select them.`);
		return { title: g.names[0] ?? '', lines };
	}
	// Members come heaviest first (clusterGroups sorts them).
	const shown = c.groups.slice(0, PLACES_SHOWN).map((g) => `${g.names[0] ?? '?'}: ${count(g.eventIds.length, 'event')}`);
	const rest = c.groups.length - shown.length;
	if (rest > 0) shown.push(`and ${count(rest, 'more place')}`);
	const how = tooMany ? `Too many to light up in the text and timeline (over ${PREVIEW_LIMIT}): click to zoom in.` : 'Click to zoom in.';
	return { title: `${count(c.groups.length, 'place')}, ${count(events, 'event')}`, lines: [...shown, how] };
}
