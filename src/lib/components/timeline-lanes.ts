/**
 * Lanes: the timeline split into horizontal bands that explain the story.
 * A news article tells a few days in detail (the story) and reaches back for
 * context (background history) or forward (what comes later); or it mixes
 * what happened with what is planned, reported or denied (by status).
 * Pure: which lane each dated event goes to, and which split to offer first.
 */
import type { EventStatus } from '$lib/model';
import type { DatedEvent, Extent } from './timeline-layout';

export type LaneMode = 'none' | 'story' | 'status';
export const LANE_MODES: readonly LaneMode[] = ['none', 'story', 'status'];

/** The URL parameter holding the reader's choice (`?lanes=status`). */
export const LANES_PARAM = 'lanes';

/** The choice a `lanes=` value names, or null (then the automatic one applies). */
export function parseLaneMode(value: string | null): LaneMode | null {
	return LANE_MODES.find((m) => m === value) ?? null;
}

export interface Lane {
	key: string;
	label: string;
}

export interface LaneAssignment {
	lanes: Lane[];
	/** Index into `lanes` for every dated event id. */
	laneOf: Map<string, number>;
}

const DAY = 86_400_000;
/** Events this long or shorter can be part of the story's chain of days
 * (a month is: `en août`, told about a story in September, is its run-up). */
const SHORT = 31 * DAY;
/** Two dated events further apart than this belong to different episodes. */
const GAP = 14 * DAY;

/**
 * The period the article is about: events chained by gaps of at most two
 * weeks form episodes; the story is the episode at the publication date
 * (the news), else the one with the most events (ties to the latest). Only
 * events of at most a month chain: a year-long "2023" would swallow
 * everything. Null when no event is short enough.
 */
export function storyPeriod(dated: readonly DatedEvent[], dct: number | null): Extent | null {
	const short = dated.filter((d) => d.end - d.start <= SHORT).sort((a, b) => a.start - b.start);
	const episodes: (Extent & { count: number })[] = [];
	for (const d of short) {
		const last = episodes[episodes.length - 1];
		if (last && d.start <= last.end + GAP) {
			last.end = Math.max(last.end, d.end);
			last.count++;
		} else {
			episodes.push({ start: d.start, end: d.end, count: 1 });
		}
	}
	if (episodes.length === 0) return null;
	const near = dct === null ? [] : episodes.filter((e) => e.start - GAP <= dct && dct <= e.end + GAP);
	const pool = near.length > 0 ? near : episodes;
	const best = pool.reduce((a, b) => (b.count >= a.count ? b : a));
	return { start: best.start, end: best.end };
}

/** In time order: the background lane is short and stays in sight on top,
 * above the story's many rows. */
const STORY_LANES: Lane[] = [
	{ key: 'background', label: 'Background' },
	{ key: 'story', label: 'The story' },
	{ key: 'later', label: 'Later' }
];

/** The statuses in the legend's order, in its words: what happened first, what did not last. */
export const STATUS_WORDS: readonly { status: EventStatus; text: string }[] = [
	{ status: 'occurred', text: 'happened' },
	{ status: 'reported', text: 'reported' },
	{ status: 'planned', text: 'planned' },
	{ status: 'hypothetical', text: 'hypothetical' },
	{ status: 'negated', text: 'did not happen' }
];
const STATUS_LANES = STATUS_WORDS.map(({ status, text }) => ({ status, label: text[0].toUpperCase() + text.slice(1) }));

/**
 * The lanes of `mode` and each event's lane. Only lanes that hold an event
 * are listed. Story mode: an event overlapping the story period is the
 * story (a year-long "2023" too: it frames it), one ending before it is
 * background, one starting after it is later. With no story period, story
 * mode is one lane, like `none`.
 */
export function assignLanes(dated: readonly DatedEvent[], mode: LaneMode, dct: number | null): LaneAssignment {
	let keyOf: (d: DatedEvent) => string;
	let all: Lane[];
	const period = mode === 'story' ? storyPeriod(dated, dct) : null;
	if (mode === 'status') {
		all = STATUS_LANES.map(({ status, label }) => ({ key: status, label }));
		keyOf = (d) => d.event.status;
	} else if (period) {
		all = STORY_LANES;
		keyOf = (d) => (d.end <= period.start ? 'background' : d.start >= period.end ? 'later' : 'story');
	} else {
		all = [{ key: 'all', label: 'Events' }];
		keyOf = () => 'all';
	}
	const keys = new Map(dated.map((d) => [d.event.id, keyOf(d)]));
	const used = new Set(keys.values());
	const lanes = all.filter((l) => used.has(l.key));
	const index = new Map(lanes.map((l, i) => [l.key, i]));
	const laneOf = new Map([...keys].map(([id, key]) => [id, index.get(key)!]));
	return { lanes: lanes.length > 0 ? lanes : [all[0]], laneOf };
}

/**
 * The split shown until the reader picks one: story against background
 * when the article reaches outside its story period, else none. Status is
 * never automatic: it answers a question the reader asks.
 */
export function autoLaneMode(dated: readonly DatedEvent[], dct: number | null): LaneMode {
	return assignLanes(dated, 'story', dct).lanes.length > 1 ? 'story' : 'none';
}
