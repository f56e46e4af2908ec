import { describe, expect, it } from 'vitest';
import type { FactEvent, Place, PlaceKind } from '$lib/model';
import { entryPoint, shortLon, tripLegs, tripStops } from './trip-legs';

let n = 0;
function place(name: string, kind: PlaceKind, lat: number, lon: number, country: string): Place {
	return { id: `p${n++}`, sentence: 0, start: 0, end: 1, text: name, name, lat, lon, kind, gazetteerId: kind === 'country' ? `iso:${country}` : `geonames:${n}`, country, confidence: 1, metonym: false };
}
function ev(id: string, kind: FactEvent['kind'], start: string, p: Place | null, extra: Partial<FactEvent> = {}): FactEvent {
	return {
		id,
		sentence: 0,
		sentences: [],
		label: id,
		kind,
		trigger: { start: 0, end: 1, text: 'x' },
		when: { value: start, timex: null, granularity: 'day', interval: { start: `${start}T00:00`, end: `${start}T23:59` }, inherited: false },
		where: p ? { name: p.name, lat: p.lat, lon: p.lon, kind: p.kind, place: p.id, inherited: false } : null,
		status: 'occurred',
		actors: [],
		attribution: null,
		secondary: false,
		...extra
	};
}

const pyongyang = place('Pyongyang', 'city', 39.03, 125.75, 'KP');
const russia = place('Russia', 'country', 55.75, 37.62, 'RU');
const primorye = place('Primorye', 'region', 43.1, 131.87, 'RU');
const vladivostok = place('Vladivostok', 'city', 43.1, 131.87, 'RU');
const places = [pyongyang, russia, primorye, vladivostok];

describe('tripStops', () => {
	it('orders movements by time and refines a country to where the story happens there', () => {
		const events = [
			ev('arrive', 'movement', '2023-09-12', russia, { actors: ['Kim Jong Un'] }),
			ev('leave', 'movement', '2023-09-10', pyongyang, { actors: ['Kim'] }),
			ev('meet', 'meeting', '2023-09-13', vladivostok, { status: 'planned' }),
			ev('confirm', 'statement', '2023-09-12', primorye)
		];
		const stops = tripStops({ events, places });
		expect(stops.map((s) => [s.name, s.eventIds, s.refinedFrom])).toEqual([
			['Pyongyang', ['leave'], null],
			['Vladivostok', ['arrive'], 'Russia']
		]);
		const legs = tripLegs(stops);
		expect(legs).toHaveLength(1);
		expect(legs[0]).toMatchObject({ n: 1, from: { name: 'Pyongyang' }, to: { name: 'Vladivostok' } });
	});

	it('leaves out denied, hypothetical and other actors’ journeys, merges repeated stops, and keeps one trip', () => {
		const seoul = place('Seoul', 'city', 37.56, 126.97, 'KR');
		const events = [
			ev('old', 'movement', '2019-04-24', russia, { actors: ['Kim'] }),
			ev('leave', 'movement', '2023-09-10', pyongyang, { actors: ['Kim'] }),
			ev('escort', 'movement', '2023-09-10', pyongyang),
			ev('denied', 'movement', '2023-09-11', seoul, { status: 'negated' }),
			ev('maybe', 'movement', '2023-09-11', seoul, { status: 'hypothetical' }),
			ev('other', 'movement', '2023-09-11', seoul, { actors: ['Yoon'] }),
			ev('arrive', 'movement', '2023-09-12', vladivostok, { actors: ['Kim'] })
		];
		const stops = tripStops({ events, places: [...places, seoul] });
		expect(stops.map((s) => [s.name, s.eventIds])).toEqual([
			['Pyongyang', ['escort', 'leave']],
			['Vladivostok', ['arrive']]
		]);
	});

	it('keeps a country when the story names no place in it', () => {
		const events = [ev('leave', 'movement', '2023-09-10', pyongyang), ev('arrive', 'movement', '2023-09-12', russia)];
		expect(tripStops({ events, places }).map((s) => s.name)).toEqual(['Pyongyang', 'Russia']);
	});

	it('orders a month-long trip after one on the first of that month', () => {
		const rome = place('Rome', 'city', 41.89, 12.51, 'IT');
		const marseille = place('Marseille', 'city', 43.3, 5.38, 'FR');
		const late = ev('marseille', 'movement', '2023-09', marseille, { status: 'planned' });
		late.when = { value: '2023-09', timex: null, granularity: 'month', interval: { start: '2023-09-01T00:00', end: '2023-10-01T00:00' }, inherited: false };
		const stops = tripStops({ events: [late, ev('rome', 'movement', '2023-09-01', rome)], places: [rome, marseille] });
		expect(stops.map((s) => s.name)).toEqual(['Rome', 'Marseille']);
	});

	it('gives no legs without two stops', () => {
		expect(tripLegs(tripStops({ events: [ev('leave', 'movement', '2023-09-10', pyongyang)], places }))).toEqual([]);
		expect(tripStops({ events: [], places })).toEqual([]);
	});
});

describe('the 180° meridian', () => {
	it('takes the short way round', () => {
		expect(shortLon(170, -170)).toBe(190);
		expect(shortLon(-170, 170)).toBe(-190);
		expect(shortLon(125.75, 131.87)).toBeCloseTo(131.87);
		expect(shortLon(-77, 37)).toBe(37);
	});

	it('a leg from Vladivostok to Anchorage crosses the Pacific, not Eurasia', () => {
		const anchorage = place('Anchorage', 'city', 61.2, -149.9, 'US');
		const events = [ev('a', 'movement', '2023-09-10', vladivostok), ev('b', 'movement', '2023-09-11', anchorage)];
		const [leg] = tripLegs(tripStops({ events, places: [...places, anchorage] }));
		expect(Math.abs(leg.toLon - leg.from.lon)).toBeLessThanOrEqual(180);
		expect(leg.toLon).toBeCloseTo(210.1);
	});
});

describe('a region on the way', () => {
	// The sample: Kim leaves Pyongyang, his train reaches Primorye, and he "arrived in Russia" (where the story is Vladivostok), one day.
	const events = [
		ev('leave', 'movement', '2023-09-10', pyongyang, { actors: ['Kim'] }),
		ev('arrive', 'movement', '2023-09-12', russia, { actors: ['Kim'] }),
		ev('cross', 'movement', '2023-09-12', primorye, { actors: ['Kim'] }),
		ev('forum', 'other', '2023-09-13', vladivostok)
	];
	const primoryeCircle = { lat: 44.5, lon: 134.5, radiusKm: 300 };

	it('enters the region before reaching its city on one day, as a stop of its own though both share the capital’s point', () => {
		const stops = tripStops({ events, places });
		expect(stops.map((s) => [s.name, s.kind])).toEqual([
			['Pyongyang', 'city'],
			['Primorye', 'region'],
			['Vladivostok', 'city']
		]);
	});

	it('draws the region stop where the trip crosses into the region’s circle', () => {
		const legs = tripLegs(tripStops({ events, places }), { [primorye.gazetteerId]: primoryeCircle });
		expect(legs.map((l) => `${l.n}. ${l.from.name} → ${l.to.name}`)).toEqual(['1. Pyongyang → Primorye', '2. Primorye → Vladivostok']);
		const entry = legs[0].to;
		expect(legs[1].from).toMatchObject({ lat: entry.lat, lon: entry.lon });
		// On the circle's edge, on Pyongyang's side of its centre.
		const km = Math.hypot((entry.lat - primoryeCircle.lat) * 111.32, (entry.lon - primoryeCircle.lon) * 111.32 * Math.cos((primoryeCircle.lat * Math.PI) / 180));
		expect(km).toBeCloseTo(300, 0);
		expect(entry.lon).toBeLessThan(primoryeCircle.lon);
		expect(entry.lat).toBeLessThan(primoryeCircle.lat);
	});

	it('keeps a region stop on its point without circles, and at the centre when coming from inside', () => {
		const legs = tripLegs(tripStops({ events, places }));
		expect(legs[0].to).toMatchObject({ lat: primorye.lat, lon: primorye.lon });
		expect(entryPoint(primoryeCircle, { lat: 44, lon: 134 })).toEqual({ lat: 44.5, lon: 134.5 });
	});
});
