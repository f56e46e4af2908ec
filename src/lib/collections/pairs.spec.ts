import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FactEvent, Granularity } from '$lib/model';
import { dateRelation, type Candidate } from './match';
import { candidatePairs } from './pairs';

const PLACE = { gazetteerId: 'test:x', name: 'x', kind: 'city' as const, lat: 0, lon: 0, country: null };
const GRANULARITIES: Granularity[] = ['minute', 'hour', 'part-of-day', 'day', 'week', 'month', 'year', 'duration'];

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Minutes from 2023-09-01T00:00 as a wall-clock string (September has 30 days; spans stay in 2023). */
function clock(minutes: number): string {
	const d = new Date(Date.UTC(2023, 8, 1) + minutes * 60_000);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function candidate(kind: FactEvent['kind'], granularity: Granularity, start: number, length: number, placed: boolean): Candidate {
	const s = clock(start);
	const e = clock(start + length);
	const event = {
		id: 'e',
		sentence: 0,
		sentences: [0],
		label: 'e',
		kind,
		trigger: { start: 0, end: 1, text: 'x' },
		when: { value: `${granularity}:${s}:${e}`, timex: null, granularity, interval: { start: s, end: e }, inherited: false },
		where: null,
		status: 'occurred',
		actors: [],
		attribution: null,
		secondary: false
	} satisfies FactEvent;
	return { member: 0, event, place: placed ? PLACE : null };
}

const arbCandidate = fc
	.record({
		kind: fc.constantFrom<FactEvent['kind']>('movement', 'meeting', 'statement'),
		granularity: fc.constantFrom(...GRANULARITIES),
		start: fc.integer({ min: 0, max: 20 * 24 * 60 }),
		length: fc.integer({ min: 1, max: 10 * 24 * 60 }),
		placed: fc.boolean()
	})
	.map((r) => candidate(r.kind, r.granularity, r.start, r.length, r.placed));

/** Every pair whose kinds and dates can agree, found the slow way. */
function bruteForce(cands: readonly Candidate[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < cands.length; i++)
		for (let j = i + 1; j < cands.length; j++) {
			const [a, b] = [cands[i], cands[j]];
			if (a.event.kind === b.event.kind && a.place && b.place && dateRelation(a.event, b.event) !== 'apart') out.push(`${i},${j}`);
		}
	return out;
}

describe('candidatePairs', () => {
	it('finds every pair whose kind and dates can agree (property, against every pair)', () => {
		fc.assert(
			fc.property(fc.array(arbCandidate, { maxLength: 40 }), (cands) => {
				const found = new Set(candidatePairs(cands).map(([i, j]) => `${i},${j}`));
				for (const pair of bruteForce(cands)) expect(found, pair).toContain(pair);
				for (const [i, j] of candidatePairs(cands)) expect(i).toBeLessThan(j);
			}),
			{ numRuns: 300 }
		);
	});

	it('skips pairs on different days, of different kinds, undated or unplaced', () => {
		const cands = [
			candidate('movement', 'day', 0, 24 * 60, true), // 1 Sept
			candidate('movement', 'day', 2 * 24 * 60, 24 * 60, true), // 3 Sept
			candidate('meeting', 'day', 0, 24 * 60, true), // 1 Sept, another kind
			candidate('movement', 'duration', 0, 24 * 60, true), // no place on the calendar
			candidate('movement', 'minute', 60, 1, false), // 1 Sept, no place
			candidate('movement', 'minute', 23 * 60, 1, true) // 1 Sept 23:00: same day as the first
		];
		expect(candidatePairs(cands)).toEqual([[0, 5]]);
	});

	it('keeps a day and a minute of that day together though their intervals do not overlap', () => {
		const cands = [candidate('movement', 'minute', 600, 1, true), candidate('movement', 'part-of-day', 18 * 60, 6 * 60, true)];
		expect(dateRelation(cands[0].event, cands[1].event)).toBe('same-day');
		expect(candidatePairs(cands)).toEqual([[0, 1]]);
	});
});
