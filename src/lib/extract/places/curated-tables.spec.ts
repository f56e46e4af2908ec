import { describe, expect, it } from 'vitest';
import { PLACES } from './curated';
import { LAKES, LANDS, NATURE, PEAKS, RIVERS } from './curated-nature';
import { SITES } from './curated-sites';
import { REGIONS } from './curated-regions';
import { COMMON_WORDS } from './lexicon';
import { nameKey } from './normalize';

const ALL = [...PLACES, ...NATURE, ...SITES, ...REGIONS];
const NEW = [...NATURE, ...SITES, ...REGIONS];

describe('the curated tables', () => {
	it('give each id once', () => {
		const ids = ALL.map((p) => p.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('give every new place a point on the globe and a country code or null', () => {
		for (const p of NEW) {
			// A point, or a GeoNames town to take it from.
			expect(p.point !== undefined || p.at !== undefined, p.id).toBe(true);
			const [lat, lon] = p.point ?? [0, 0];
			expect(Math.abs(lat) <= 90 && Math.abs(lon) <= 180, p.id).toBe(true);
			for (const [alat, alon] of p.alts ?? []) expect(Math.abs(alat) <= 90 && Math.abs(alon) <= 180, p.id).toBe(true);
			expect(p.country === null || /^[A-Z]{2}$/.test(p.country), p.id).toBe(true);
		}
	});

	it('kind rivers, lakes and ranges as extents and summits as points, like curated.ts', () => {
		for (const p of [...RIVERS, ...LAKES]) expect(p.kind, p.id).toBe('region');
		// (a glacier or a lone mountain among the lands is a point)
		for (const p of LANDS) expect(['region', 'site'], p.id).toContain(p.kind);
		for (const p of PEAKS) expect(p.kind, p.id).toBe('site');
	});

	// A curated name is read on sight: none of the new ones may be a bare common word (`Lake`, `Cap`).
	it('hold no one-word name that is a common word', () => {
		for (const p of NEW) {
			for (const raw of [p.en, p.fr ?? '', ...(p.names ?? [])]) {
				const key = nameKey(raw.replace(/^(?:fr:|en:)?=?/, ''));
				if (!key.includes(' ')) expect(COMMON_WORDS.has(key), `${p.id}: ${raw}`).toBe(false);
			}
		}
	});

	it('write no name lower-case on an article (`la Vanoise` would make every `la` a name head)', () => {
		for (const p of NEW) {
			for (const raw of [p.en, p.fr ?? '', ...(p.names ?? [])]) expect(/^(?:fr:|en:)?(?:(?:the|le|la|les) |l['’])/.test(raw), `${p.id}: ${raw}`).toBe(false);
		}
	});
});
