import { describe, expect, it } from 'vitest';
import type { FactFile } from '$lib/model';
import { toGeoJsonString } from './geojson';
import { EXPORT_ARTICLE, EXPORT_FACTS, eventById } from './testkit';
import { rfc7946Problems, type Json } from './format-checks';

function parse(facts: FactFile = EXPORT_FACTS) {
	return JSON.parse(toGeoJsonString(EXPORT_ARTICLE, facts)) as Json & {
		features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, Json> }[];
	};
}

describe('toGeoJson', () => {
	it('is a valid RFC 7946 FeatureCollection', () => {
		expect(rfc7946Problems(parse())).toEqual([]);
	});

	it('has one Point per placed event, none for the others', () => {
		const ids = parse().features.map((f) => f.id);
		expect(ids).toEqual(EXPORT_FACTS.events.filter((e) => e.where).map((e) => e.id));
		expect(ids).not.toContain('e5');
		expect(ids).not.toContain('e7');
	});

	it('writes positions longitude first', () => {
		const byId = new Map(parse().features.map((f) => [f.id, f]));
		expect(byId.get('e1')?.geometry.coordinates).toEqual([125.7625, 39.0392]);
		// West and north: a swapped pair would put Washington in Antarctica.
		expect(byId.get('e6')?.geometry.coordinates).toEqual([-77.0364, 38.8951]);
	});

	it('describes each event in its properties', () => {
		const e3 = parse().features.find((f) => f.id === 'e3');
		expect(e3?.properties).toEqual({
			id: 'e3',
			label: 'Kim to meet Putin',
			kind: 'meeting',
			date: '2023-W37',
			start: '2023-09-11T00:00',
			end: '2023-09-18T00:00',
			granularity: 'week',
			status: 'planned',
			place: 'Vladivostok',
			placeKind: 'city',
			sentences: ['Kim will meet Putin in Vladivostok this week.'],
			attribution: null,
			secondary: false
		});
		expect(parse().features.find((f) => f.id === 'e6')?.properties.attribution).toBe('@agency');
	});

	it('leaves out a place outside WGS 84 ranges rather than writing an invalid file', () => {
		const bad = { ...eventById('e1'), id: 'bad', where: { ...eventById('e1').where!, lat: 123, lon: 500 } };
		const doc = parse({ ...EXPORT_FACTS, events: [...EXPORT_FACTS.events, bad] });
		expect(rfc7946Problems(doc)).toEqual([]);
		expect(doc.features.map((f) => f.id)).not.toContain('bad');
	});

	it('is an empty collection for an article without places', () => {
		const doc = parse({ ...EXPORT_FACTS, events: [] });
		expect(doc).toEqual({ type: 'FeatureCollection', features: [] });
	});
});
