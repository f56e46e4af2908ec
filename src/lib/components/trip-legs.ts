/**
 * The trip: where the story's main actor went, in time order, as numbered
 * legs between consecutive places. Pure, for tests; the map only draws it.
 *
 * - Stops are `movement` events with a place that did (or will) happen:
 *   denied and hypothetical journeys are not part of the route.
 * - When some movements have actors, the main actor is the word most often
 *   named among them (`Kim`), and a movement naming only others is left out.
 * - Journeys months apart are different trips (a 2019 visit in passing): the
 *   trip drawn is the run of movements without a gap of more than 30 days
 *   holding the most stops, the latest on a tie.
 * - A stop known only as a country (`arrivé en Russie`) is placed where the
 *   story's events in that country happen (Vladivostok) when they agree,
 *   rather than on the capital the gazetteer pins the country to.
 * - Movements on one day are ordered broad to narrow: one enters a region
 *   (`arrivé à Primorye`) before reaching its city (`à Vladivostok`).
 * - Consecutive stops at one position are one stop, unless one of them is a
 *   region: a region's point is its capital, and entering the region is a
 *   step of its own. Drawn with the region's circle (see `tripLegs`), that
 *   stop sits where the trip crosses into it.
 */
import type { FactEvent, FactFile, PlaceKind } from '$lib/model';
import { parseWallClock } from './timeline-layout';

export interface TripStop {
	/** The movement events that arrive at or leave from here. */
	eventIds: string[];
	name: string;
	lat: number;
	lon: number;
	/** Start of the first movement here, ms (wall clock as UTC). */
	start: number;
	/** The name as told when the stop was refined from a country. */
	refinedFrom: string | null;
	/** The kind of the place the stop is drawn at. */
	kind: PlaceKind;
	/** Its gazetteer id, when known: a region's circle is looked up by it. */
	gazetteerId: string | null;
}

/** Circles standing for regions, by gazetteer id, as /basemap/regions.json gives them. */
export type RegionCircles = Readonly<Record<string, { lat: number; lon: number; radiusKm: number }>>;

export interface TripLeg {
	/** 1, 2, … in time order. */
	n: number;
	from: TripStop;
	to: TripStop;
	/** `to.lon` moved by a whole turn when that is shorter: a leg never
	 * crosses the map the long way round the 180° meridian. */
	toLon: number;
}

const DAY = 86_400_000;
const GAP = 30 * DAY;
const RANK: Record<PlaceKind, number> = { country: 0, region: 1, area: 2, city: 3, site: 4 };

/** `toLon` plus or minus 360 so that it is within 180° of `fromLon`. */
export function shortLon(fromLon: number, toLon: number): number {
	let d = toLon - fromLon;
	d -= 360 * Math.round(d / 360);
	return fromLon + d;
}

function words(actors: readonly string[]): Set<string> {
	return new Set(actors.flatMap((a) => a.split(/[\s,;]+/).filter((w) => w.length > 1 && /^\p{Lu}/u.test(w))));
}

const posKey = (lat: number, lon: number) => `${lat.toFixed(3)},${lon.toFixed(3)}`;

export function tripStops(facts: Pick<FactFile, 'events' | 'places'>): TripStop[] {
	// `at` orders the stops: the start of a movement dated to the day or
	// finer (so a region entered on a day still comes before its city
	// reached at 10:00), the middle of a longer one (a trip due `in late
	// September` comes after one on 1 September, though both start that day).
	type Mv = { event: FactEvent; start: number; at: number };
	let moves: Mv[] = [];
	for (const event of facts.events) {
		const w = event.where;
		if (event.kind !== 'movement' || !w || !Number.isFinite(w.lat) || !Number.isFinite(w.lon)) continue;
		if (event.status === 'negated' || event.status === 'hypothetical' || event.secondary) continue;
		const start = event.when?.interval ? parseWallClock(event.when.interval.start) : null;
		if (start === null) continue;
		const end = parseWallClock(event.when!.interval!.end);
		moves.push({ event, start, at: end === null || end - start <= DAY ? start : (start + end) / 2 });
	}
	moves.sort((a, b) => a.at - b.at || a.event.id.localeCompare(b.event.id));

	// The main actor, when the movements name anyone.
	const counts = new Map<string, number>();
	for (const m of moves) for (const w of words(m.event.actors)) counts.set(w, (counts.get(w) ?? 0) + 1);
	const main = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	if (main && main[1] >= 2) {
		moves = moves.filter((m) => m.event.actors.length === 0 || words(m.event.actors).has(main[0]));
	}

	// The busiest run of movements without a long gap.
	let best: Mv[] = [];
	let run: Mv[] = [];
	for (const m of moves) {
		if (run.length > 0 && m.at - run[run.length - 1].at > GAP) run = [];
		run.push(m);
		if (run.length >= best.length) best = [...run];
	}
	if (best.length === 0) return [];

	// Where the story happens in each country, in and around the trip's days.
	const placeById = new Map(facts.places.map((p) => [p.id, p]));
	const gazetteerIdOf = (e: FactEvent): string | null => (e.where?.place ? (placeById.get(e.where.place)?.gazetteerId ?? null) : null);
	const countryOf = (e: FactEvent): string | null => {
		const p = e.where?.place ? placeById.get(e.where.place) : undefined;
		if (!p) return null;
		if (p.country) return p.country;
		return p.gazetteerId.startsWith('iso:') ? p.gazetteerId.slice(4) : null;
	};
	const from = best[0].start - 7 * DAY;
	const to = best[best.length - 1].start + 14 * DAY;
	const local = new Map<string, Map<string, { n: number; rank: number; kind: PlaceKind; name: string; lat: number; lon: number; gazetteerId: string | null }>>();
	for (const e of facts.events) {
		const w = e.where;
		if (!w || w.kind === 'country' || e.status === 'negated' || e.secondary) continue;
		const start = e.when?.interval ? parseWallClock(e.when.interval.start) : null;
		if (start === null || start < from || start > to) continue;
		const cc = countryOf(e);
		if (!cc) continue;
		const byPos = local.get(cc) ?? new Map();
		local.set(cc, byPos);
		const key = posKey(w.lat, w.lon);
		const at = byPos.get(key) ?? { n: 0, rank: -1, kind: w.kind, name: w.name, lat: w.lat, lon: w.lon, gazetteerId: null };
		at.n++;
		if (RANK[w.kind] > at.rank) {
			at.rank = RANK[w.kind];
			at.kind = w.kind;
			at.name = w.name;
			at.gazetteerId = gazetteerIdOf(e);
		}
		byPos.set(key, at);
	}

	const at = new Map(best.map((m) => [m.event.id, m.at]));
	const told = best.map(({ event, start }): TripStop => {
		const w = event.where!;
		const stop: TripStop = { eventIds: [event.id], name: w.name, lat: w.lat, lon: w.lon, start, refinedFrom: null, kind: w.kind, gazetteerId: gazetteerIdOf(event) };
		const cc = w.kind === 'country' ? countryOf(event) : null;
		const there = cc ? [...(local.get(cc)?.values() ?? [])].sort((a, b) => b.n - a.n || b.rank - a.rank) : [];
		// Refine only when one place clearly leads: two equally told cities
		// would make the guess a coin toss.
		if (there.length === 0 || (there.length > 1 && there[0].n <= there[1].n)) return stop;
		const { name, lat, lon, kind, gazetteerId } = there[0];
		return { ...stop, name, lat, lon, kind, gazetteerId, refinedFrom: w.name };
	});
	// Broad to narrow within one moment, by the place drawn (a country refined to its city is a city).
	told.sort((a, b) => at.get(a.eventIds[0])! - at.get(b.eventIds[0])! || RANK[a.kind] - RANK[b.kind]);
	const stops: TripStop[] = [];
	for (const stop of told) {
		const last = stops[stops.length - 1];
		const sameStop = last && posKey(last.lat, last.lon) === posKey(stop.lat, stop.lon) && (last.name === stop.name || (last.kind !== 'region' && stop.kind !== 'region'));
		if (sameStop) last.eventIds.push(...stop.eventIds);
		else stops.push(stop);
	}
	return stops;
}

/**
 * Where a trip coming from `from` crosses into a region's circle: the point
 * of its edge on the way from the centre to `from` (in degrees, longitude
 * scaled by latitude; close enough at a region's size). `from` inside the
 * circle leaves the centre.
 */
export function entryPoint(circle: { lat: number; lon: number; radiusKm: number }, from: { lat: number; lon: number }): { lat: number; lon: number } {
	const kmPerDeg = 111.32;
	const cos = Math.cos((circle.lat * Math.PI) / 180);
	const dy = (from.lat - circle.lat) * kmPerDeg;
	const dx = (shortLon(circle.lon, from.lon) - circle.lon) * kmPerDeg * cos;
	const d = Math.hypot(dx, dy);
	if (d <= circle.radiusKm) return { lat: circle.lat, lon: circle.lon };
	const f = circle.radiusKm / d;
	return { lat: circle.lat + (dy * f) / kmPerDeg, lon: circle.lon + (dx * f) / (kmPerDeg * cos) };
}

/**
 * The legs between consecutive stops. With `regions`, a region stop is drawn
 * where the trip enters the region's circle, so that `Pyongyang → Primorye →
 * Vladivostok` shows the crossing and then the way on to the city, rather
 * than two stops on the capital's point.
 */
export function tripLegs(stops: readonly TripStop[], regions?: RegionCircles): TripLeg[] {
	const drawn = stops.map((s, i) => {
		const circle = s.kind === 'region' && s.gazetteerId ? regions?.[s.gazetteerId] : undefined;
		return circle && i > 0 ? { ...s, ...entryPoint(circle, stops[i - 1]) } : s;
	});
	const legs: TripLeg[] = [];
	for (let i = 1; i < drawn.length; i++) {
		legs.push({ n: i, from: drawn[i - 1], to: drawn[i], toLon: shortLon(drawn[i - 1].lon, drawn[i].lon) });
	}
	return legs;
}
