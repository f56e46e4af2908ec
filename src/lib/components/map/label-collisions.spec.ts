import { describe, expect, it } from 'vitest';
import { byPriority, hiddenLabels, PLACE_SIZE, type LabelBox } from './label-collisions';

const label = (key: string, x: number, y: number, more: Partial<LabelBox> = {}): LabelBox => ({
	key,
	x,
	y,
	w: 80,
	h: 16,
	selected: false,
	trip: false,
	events: 1,
	size: PLACE_SIZE.city,
	...more
});

describe('hiddenLabels', () => {
	it('hides nothing where labels stand apart', () => {
		expect(hiddenLabels([label('a', 0, 0), label('b', 0, 40), label('c', 200, 0)])).toEqual(new Set());
	});

	it('hides the lesser of two overlapping labels, keeping its neighbour that no longer clashes', () => {
		// b overlaps a and c; once b is hidden, a and c stand apart.
		const hidden = hiddenLabels([label('a', 0, 0, { events: 5 }), label('b', 60, 4, { events: 2 }), label('c', 120, 8, { events: 3 })]);
		expect(hidden).toEqual(new Set(['b']));
	});

	it('keeps a gap between labels that merely touch', () => {
		expect(hiddenLabels([label('a', 0, 0, { events: 2 }), label('b', 81, 0)], 2)).toEqual(new Set(['b']));
		expect(hiddenLabels([label('a', 0, 0, { events: 2 }), label('b', 83, 0)], 2)).toEqual(new Set());
	});

	it('finds a clash across grid cells, with labels wider than a cell', () => {
		const wide = label('wide', 100, 300, { w: 400, events: 9 });
		expect(hiddenLabels([wide, label('under', 420, 305)])).toEqual(new Set(['under']));
		expect(hiddenLabels([wide, label('left', 30, 305)])).toEqual(new Set(['left']));
	});

	it('never hides an empty label, nor lets it hide another', () => {
		expect(hiddenLabels([label('named', 0, 0), label('empty', 0, 0, { w: 0, events: 9 })])).toEqual(new Set());
	});

	it('leaves no two shown labels overlapping, however many crowd', () => {
		const crowd = Array.from({ length: 300 }, (_, i) => label(`l${i}`, (i * 37) % 500, (i * 53) % 300, { events: i % 7, w: 40 + (i % 5) * 20 }));
		const hidden = hiddenLabels(crowd);
		const shown = crowd.filter((l) => !hidden.has(l.key));
		expect(shown.length).toBeGreaterThan(10);
		for (const a of shown) for (const b of shown) if (a !== b) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
	});
});

describe('byPriority', () => {
	const order = (...labels: LabelBox[]) => [...labels].sort(byPriority).map((l) => l.key);

	it('puts the selection first, then the trip, then more events, then the larger place', () => {
		const selected = label('selected', 0, 0, { selected: true });
		const stop = label('stop', 0, 0, { trip: true });
		const busy = label('busy', 0, 0, { events: 9 });
		const country = label('country', 0, 0, { size: PLACE_SIZE.country });
		const city = label('city', 0, 0);
		expect(order(city, country, busy, stop, selected)).toEqual(['selected', 'stop', 'busy', 'country', 'city']);
	});

	it('breaks ties by key, so the same view shows the same labels', () => {
		expect(order(label('b', 0, 0), label('a', 0, 0))).toEqual(['a', 'b']);
	});

	it('lets the winner of a clash be the one that ranks higher', () => {
		expect(hiddenLabels([label('city', 0, 0, { events: 3 }), label('stop', 10, 0, { trip: true })])).toEqual(new Set(['city']));
		expect(hiddenLabels([label('region', 0, 0, { size: PLACE_SIZE.region }), label('city', 10, 0)])).toEqual(new Set(['city']));
	});
});
