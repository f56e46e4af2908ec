import { describe, expect, it } from 'vitest';
import type { EventStatus } from '$lib/model';
import { assignLanes, autoLaneMode, parseLaneMode, storyPeriod, type LaneMode } from './timeline-lanes';
import { datedEvents, parseWallClock, type DatedEvent } from './timeline-layout';
import { EVENTS } from './fixture';

const DCT = parseWallClock('2023-09-12')!;

/** A dated event from `[id, start, end, status]`, wall-clock strings. */
function ev(id: string, start: string, end: string, status: EventStatus = 'occurred'): DatedEvent {
	const s = parseWallClock(start)!;
	const e = parseWallClock(end)!;
	return { event: { ...EVENTS[0], id, status }, start: s, end: e, point: s === e, soft: null };
}

/** Lane labels by event id, for compact expectations. */
function lanesOf(dated: DatedEvent[], mode: LaneMode, dct: number | null = DCT): Record<string, string> {
	const { lanes, laneOf } = assignLanes(dated, mode, dct);
	return Object.fromEntries(dated.map((d) => [d.event.id, lanes[laneOf.get(d.event.id)!].key]));
}

// The sample article, reduced: a trip on 10–13 September 2023, with history.
const SAMPLE = [
	ev('leaves', '2023-09-10T18:00', '2023-09-11'),
	ev('arrives', '2023-09-12', '2023-09-13'),
	ev('meets', '2023-09-11', '2023-09-18', 'planned'),
	ev('september', '2023-09-01', '2023-10-01', 'reported'),
	ev('july', '2023-07-01', '2023-08-01', 'reported'),
	ev('invasion', '2022-01-01', '2022-07-02'),
	ev('lastTrip', '2019-01-01', '2020-01-01'),
	ev('founding', '1948-01-01', '1949-01-01')
];

describe('parseLaneMode', () => {
	it.each([
		['none', 'none'],
		['story', 'story'],
		['status', 'status'],
		['Story', null],
		['', null],
		[null, null]
	])('%s → %s', (value, expected) => {
		expect(parseLaneMode(value)).toBe(expected);
	});
});

describe('storyPeriod', () => {
	it.each<[string, DatedEvent[], number | null, [string, string] | null]>([
		['the sample: the days around the publication, its month included', SAMPLE, DCT, ['2023-09-01', '2023-10-01']],
		['no short event: no story', [ev('a', '2019-01-01', '2020-01-01')], DCT, null],
		['nothing near the publication date: the busiest episode', [ev('a', '1990-05-01', '1990-05-02'), ev('b', '1990-05-10', '1990-05-11'), ev('c', '2001-01-01', '2001-01-02')], DCT, ['1990-05-01', '1990-05-11']],
		['no publication date: the busiest episode, ties to the latest', [ev('a', '1990-05-01', '1990-05-02'), ev('c', '2001-01-01', '2001-01-02')], null, ['2001-01-01', '2001-01-02']],
		['a gap of four weeks splits episodes, one of eleven days does not', [ev('a', '2023-08-01', '2023-08-02'), ev('b', '2023-08-30', '2023-08-31'), ev('c', '2023-09-11', '2023-09-12')], DCT, ['2023-08-30', '2023-09-12']]
	])('%s', (_, dated, dct, expected) => {
		const p = storyPeriod(dated, dct);
		expect(p && [p.start, p.end]).toEqual(expected && expected.map((s) => parseWallClock(s)));
	});
});

describe('assignLanes', () => {
	it('story mode: the trip is the story, 2022, 2019, 1948 and July are background', () => {
		expect(lanesOf(SAMPLE, 'story')).toEqual({
			leaves: 'story',
			arrives: 'story',
			meets: 'story',
			september: 'story',
			july: 'background',
			invasion: 'background',
			lastTrip: 'background',
			founding: 'background'
		});
		expect(assignLanes(SAMPLE, 'story', DCT).lanes.map((l) => l.label)).toEqual(['Background', 'The story']);
	});

	it('story mode: what comes long after the story is later; a year framing it is the story', () => {
		const dated = [...SAMPLE.slice(0, 2), ev('election', '2024-03-01', '2024-03-02', 'planned'), ev('thisYear', '2023-01-01', '2024-01-01')];
		expect(lanesOf(dated, 'story')).toEqual({ leaves: 'story', arrives: 'story', election: 'later', thisYear: 'story' });
		expect(assignLanes(dated, 'story', DCT).lanes.map((l) => l.key)).toEqual(['story', 'later']);
	});

	it('status mode: one lane per status present, in the legend order', () => {
		const { lanes } = assignLanes(SAMPLE, 'status', DCT);
		expect(lanes.map((l) => l.key)).toEqual(['occurred', 'reported', 'planned']);
		expect(lanesOf(SAMPLE, 'status')).toMatchObject({ leaves: 'occurred', meets: 'planned', july: 'reported' });
	});

	it.each<[LaneMode, DatedEvent[]]>([
		['none', SAMPLE],
		['story', [ev('a', '2019-01-01', '2020-01-01')]],
		['story', []],
		['status', []]
	])('%s over %# gives one lane at most', (mode, dated) => {
		const { lanes, laneOf } = assignLanes(dated, mode, DCT);
		expect(lanes.length).toBe(1);
		expect([...laneOf.values()].every((i) => i === 0)).toBe(true);
	});
});

describe('autoLaneMode', () => {
	it.each<[string, DatedEvent[], LaneMode]>([
		['background history: story against background', SAMPLE, 'story'],
		['only the story: no lanes', SAMPLE.slice(0, 4), 'none'],
		['only history: no lanes', SAMPLE.slice(5), 'none'],
		['the fixture (1948 and a week in 2023)', datedEvents(EVENTS).dated, 'story']
	])('%s', (_, dated, expected) => {
		expect(autoLaneMode(dated, DCT)).toBe(expected);
	});
});
