import { describe, expect, it } from 'vitest';
import type { EventStatus, FactEvent, Granularity, PlaceKind } from '$lib/model';
import { placeRelation, regionReachKm, type PlaceRef } from './geo';
import { dateRelation, matchEvents, statusesContradict, type Candidate } from './match';

function when(value: string, granularity: Granularity, start: string, end: string, inherited = false): FactEvent['when'] {
	return { value, timex: null, granularity, interval: { start, end }, inherited };
}

const SUNDAY_EVENING = when('2023-09-10TEV', 'part-of-day', '2023-09-10T18:00', '2023-09-11T00:00');
const SUNDAY_AFTERNOON = when('2023-09-10TAF', 'part-of-day', '2023-09-10T12:00', '2023-09-10T18:00');
const MONDAY = when('2023-09-11', 'day', '2023-09-11T00:00', '2023-09-12T00:00');
const WEEK = when('2023-W37', 'week', '2023-09-11T00:00', '2023-09-18T00:00');
const LAST_WEEK = when('2023-W36', 'week', '2023-09-04T00:00', '2023-09-11T00:00');

function place(name: string, kind: PlaceKind, lat: number, lon: number, country: string | null, gazetteerId = `test:${name}`): PlaceRef {
	return { name, kind, lat, lon, country, gazetteerId };
}

const PARIS = place('Paris', 'city', 48.8566, 2.3522, 'FR');
const ORLY = place('Orly', 'city', 48.7262, 2.3652, 'FR');
const LYON = place('Lyon', 'city', 45.764, 4.8357, 'FR');
const FRANCE = place('France', 'country', 46.6, 2.2, 'FR', 'iso:FR');
const BRUSSELS = place('Bruxelles', 'city', 50.8503, 4.3517, 'BE');
const IDF = place('Île-de-France', 'region', 48.8566, 2.3522, 'FR');

function event(id: string, kind: FactEvent['kind'], w: FactEvent['when'], opts: { status?: EventStatus; actors?: string[]; trigger?: string } = {}): FactEvent {
	const trigger = opts.trigger ?? 'arrivé';
	return {
		id,
		sentence: 0,
		sentences: [0],
		label: id,
		kind,
		trigger: { start: 0, end: trigger.length, text: trigger },
		when: w,
		where: { name: 'x', lat: 0, lon: 0, kind: 'city', place: null, inherited: false },
		status: opts.status ?? 'occurred',
		actors: opts.actors ?? [],
		attribution: null,
		secondary: false
	};
}

const cand = (member: number, e: FactEvent, p: PlaceRef | null): Candidate => ({ member, event: e, place: p });

describe('dateRelation', () => {
	it.each([
		[SUNDAY_EVENING, SUNDAY_AFTERNOON, 'same-day'],
		[SUNDAY_EVENING, SUNDAY_EVENING, 'same-value'],
		[SUNDAY_EVENING, MONDAY, 'apart'],
		[MONDAY, WEEK, 'overlap'],
		[SUNDAY_EVENING, WEEK, 'apart'],
		[SUNDAY_EVENING, LAST_WEEK, 'overlap'],
		[WEEK, LAST_WEEK, 'apart'],
		[MONDAY, null, 'apart']
	] as const)('%j and %j: %s', (a, b, expected) => {
		expect(dateRelation(event('a', 'movement', a), event('b', 'movement', b))).toBe(expected);
	});
});

describe('placeRelation', () => {
	it.each([
		[PARIS, PARIS, 'same'],
		[PARIS, ORLY, 'near'],
		[PARIS, LYON, 'apart'],
		[LYON, FRANCE, 'within'],
		[FRANCE, BRUSSELS, 'apart'],
		[IDF, ORLY, 'within'],
		[IDF, LYON, 'apart'],
		[IDF, BRUSSELS, 'apart']
	] as const)('%s and %s: %s', (a, b, expected) => {
		expect(placeRelation(a, b)).toBe(expected);
	});

	it('lets a region reach as far as the points the gazetteer gives it', () => {
		const farEast = place('Far East', 'region', 43.1, 131.9, 'RU');
		const site = place('Vostochny', 'site', 51.88, 128.33, 'RU');
		expect(placeRelation(farEast, site)).toBe('apart');
		const points = [[43.1, 131.9], [48.48, 135.07], [62, 145]] as const;
		expect(placeRelation(farEast, site, () => points)).toBe('within');
		expect(regionReachKm(points)).toBeGreaterThan(2000);
		expect(regionReachKm([[43.1, 131.9]])).toBe(250);
	});
});

describe('matchEvents', () => {
	const arrival = event('a', 'movement', MONDAY, { actors: ['Kim Jong Un'] });

	it('links the same kind of act, on the same day, at the same place, across articles', () => {
		expect(matchEvents(cand(0, arrival, PARIS), cand(1, event('b', 'movement', MONDAY, { actors: ['Kim'] }), ORLY))).toMatchObject({
			date: 'same-value',
			place: 'near',
			contradiction: false
		});
	});

	it.each([
		['another day', cand(1, event('b', 'movement', SUNDAY_EVENING), PARIS)],
		['another place', cand(1, event('b', 'movement', MONDAY), LYON)],
		['another kind of act', cand(1, event('b', 'meeting', MONDAY), PARIS)],
		['no place', cand(1, event('b', 'movement', MONDAY), null)],
		['someone else moving', cand(1, event('b', 'movement', MONDAY, { actors: ['Emmanuel Macron'] }), PARIS)]
	])('keeps apart %s', (_, other) => {
		expect(matchEvents(cand(0, arrival, PARIS), other)).toBeNull();
	});

	it('needs a named speaker on both sides to link statements', () => {
		const said = (id: string, actors: string[]) => event(id, 'statement', MONDAY, { actors, trigger: 'déclaré' });
		expect(matchEvents(cand(0, said('a', ['Matthew Miller']), PARIS), cand(1, said('b', ['Miller']), PARIS))).not.toBeNull();
		expect(matchEvents(cand(0, said('a', ['Matthew Miller']), PARIS), cand(1, said('b', []), PARIS))).toBeNull();
	});

	it('links "other" acts only with the same trigger', () => {
		const a = event('a', 'other', MONDAY, { trigger: 'célébré' });
		expect(matchEvents(cand(0, a, PARIS), cand(1, event('b', 'other', MONDAY, { trigger: 'célèbre' }), PARIS))).not.toBeNull();
		expect(matchEvents(cand(0, a, PARIS), cand(1, event('b', 'other', MONDAY, { trigger: 'duré' }), PARIS))).toBeNull();
	});

	it('flags a denial against a plan as a contradiction, not a link', () => {
		const planned = event('a', 'meeting', MONDAY, { status: 'planned' });
		const denied = event('b', 'meeting', MONDAY, { status: 'negated' });
		expect(matchEvents(cand(0, planned, PARIS), cand(1, denied, PARIS))?.contradiction).toBe(true);
		expect(statusesContradict('planned', 'occurred')).toBe(false);
		// A denial dated only by context is too weak to contradict anything.
		const vague = event('c', 'meeting', { ...MONDAY!, inherited: true }, { status: 'negated' });
		expect(matchEvents(cand(0, planned, PARIS), cand(1, vague, PARIS))).toBeNull();
	});

	it('within one article, needs one side to state both date and place', () => {
		const inherited = (id: string) => ({ ...event(id, 'meeting', { ...MONDAY!, inherited: true }), where: { ...arrival.where!, inherited: true } });
		expect(matchEvents(cand(0, inherited('a'), PARIS), cand(0, event('b', 'meeting', MONDAY), PARIS))).toBeNull();
		expect(matchEvents(cand(0, event('a', 'meeting', MONDAY), PARIS), cand(0, event('b', 'meeting', MONDAY), PARIS))).not.toBeNull();
	});
});
