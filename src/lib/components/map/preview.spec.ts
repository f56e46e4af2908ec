import { describe, expect, it } from 'vitest';
import type { PlaceGroup } from '../map-groups';
import { PREVIEW_LIMIT } from '$lib/preview-limit';
import { markerPreview } from './preview';

const place = (names: string[], events: number): PlaceGroup => ({
	key: names[0],
	lat: 0,
	lon: 0,
	names,
	kind: 'city',
	kinds: ['city'],
	eventIds: Array.from({ length: events }, (_, i) => `${names[0]}-${i}`)
});
const cluster = (groups: PlaceGroup[]) => ({ groups, eventIds: groups.flatMap((g) => g.eventIds) });

describe('markerPreview', () => {
	it('names a place and counts its events', () => {
		expect(markerPreview(cluster([place(['Vladivostok'], 3)]))).toEqual({ title: 'Vladivostok', lines: ['3 events'] });
		expect(markerPreview(cluster([place(['Pyongyang', 'Corée du Nord'], 1)]))).toEqual({ title: 'Pyongyang', lines: ['1 event', 'also named Corée du Nord'] });
	});

	it('counts a cluster and names its busiest places, the rest as a number', () => {
		const groups = ['Paris', 'Berlin', 'Kyiv', 'Moscow', 'Cairo', 'Lagos', 'Delhi'].map((n, i) => place([n], 300 - i * 10));
		const p = markerPreview(cluster(groups));
		expect(p.title).toBe('7 places, 1,890 events');
		expect(p.lines.slice(0, 6)).toEqual(['Paris: 300 events', 'Berlin: 290 events', 'Kyiv: 280 events', 'Moscow: 270 events', 'Cairo: 260 events', 'and 2 more places']);
	});

	it('says when there are too many events to light up elsewhere, and what a click does', () => {
		const big = markerPreview(cluster([place(['Paris'], PREVIEW_LIMIT), place(['Lyon'], 1)]));
		expect(big.lines.at(-1)).toMatch(/^Too many to light up .*: click to zoom in\.$/);
		const small = markerPreview(cluster([place(['Paris'], 2), place(['Lyon'], 1)]));
		expect(small.lines.at(-1)).toBe('Click to zoom in.');
		expect(markerPreview(cluster([place(['Paris'], PREVIEW_LIMIT + 1)])).lines.at(-1)).toMatch(/click to select them\.$/);
		expect(markerPreview(cluster([place(['Paris'], PREVIEW_LIMIT)])).lines).toEqual([`${PREVIEW_LIMIT} events`]);
	});
});
