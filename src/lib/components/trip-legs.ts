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
 * - Consecutive stops at one position are one stop.
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
}

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
	type Mv = { event: FactEvent; start: number };
	let moves: Mv[] = [];
	for (const event of facts.events) {
		const w = event.where;
		if (event.kind !== 'movement' || !w || !Number.isFinite(w.lat) || !Number.isFinite(w.lon)) continue;
		if (event.status === 'negated' || event.status === 'hypothetical' || event.secondary) continue;
		const start = event.when?.interval ? parseWallClock(event.when.interval.start) : null;
		if (start === null) continue;
		moves.push({ event, start });
	}
	moves.sort((a, b) => a.start - b.start || a.event.id.localeCompare(b.event.id));

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
		if (run.length > 0 && m.start - run[run.length - 1].start > GAP) run = [];
		run.push(m);
		if (run.length >= best.length) best = [...run];
	}
	if (best.length === 0) return [];

	// Where the story happens in each country, in and around the trip's days.
	const placeById = new Map(facts.places.map((p) => [p.id, p]));
	const countryOf = (e: FactEvent): string | null => {
		const p = e.where?.place ? placeById.get(e.where.place) : undefined;
		if (!p) return null;
		if (p.country) return p.country;
		return p.gazetteerId.startsWith('iso:') ? p.gazetteerId.slice(4) : null;
	};
	const from = best[0].start - 7 * DAY;
	const to = best[best.length - 1].start + 14 * DAY;
	const local = new Map<string, Map<string, { n: number; rank: number; name: string; lat: number; lon: number }>>();
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
		const at = byPos.get(key) ?? { n: 0, rank: -1, name: w.name, lat: w.lat, lon: w.lon };
		at.n++;
		if (RANK[w.kind] > at.rank) {
			at.rank = RANK[w.kind];
			at.name = w.name;
		}
		byPos.set(key, at);
	}

	const stops: TripStop[] = [];
	for (const { event, start } of best) {
		const w = event.where!;
		let stop: TripStop = { eventIds: [event.id], name: w.name, lat: w.lat, lon: w.lon, start, refinedFrom: null };
		const cc = w.kind === 'country' ? countryOf(event) : null;
		const there = cc ? [...(local.get(cc)?.values() ?? [])].sort((a, b) => b.n - a.n || b.rank - a.rank) : [];
		// Refine only when one place clearly leads: two equally told cities
		// would make the guess a coin toss.
		if (there.length > 0 && (there.length === 1 || there[0].n > there[1].n)) {
			stop = { ...stop, name: there[0].name, lat: there[0].lat, lon: there[0].lon, refinedFrom: w.name };
		}
		const last = stops[stops.length - 1];
		if (last && posKey(last.lat, last.lon) === posKey(stop.lat, stop.lon)) last.eventIds.push(event.id);
		else stops.push(stop);
	}
	return stops;
}

export function tripLegs(stops: readonly TripStop[]): TripLeg[] {
	const legs: TripLeg[] = [];
	for (let i = 1; i < stops.length; i++) {
		legs.push({ n: i, from: stops[i - 1], to: stops[i], toLon: shortLon(stops[i - 1].lon, stops[i].lon) });
	}
	return legs;
}
