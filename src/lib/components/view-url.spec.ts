import { describe, expect, it } from 'vitest';
import { formatMapView, parseMapView, urlWithParam } from './view-url';

describe('urlWithParam', () => {
	it('sets a parameter and keeps the others, selection included', () => {
		const url = new URL('http://x/articles/a?event=e1&event=e2');
		const next = urlWithParam(url, 'map', '43.1,131.9,6');
		expect(next.searchParams.getAll('event')).toEqual(['e1', 'e2']);
		expect(next.searchParams.get('map')).toBe('43.1,131.9,6');
		expect(url.searchParams.has('map')).toBe(false);
	});

	it('replaces an existing value and removes on null or empty', () => {
		const url = new URL('http://x/a?t=2023..2024');
		expect(urlWithParam(url, 't', '2022..2023').search).toBe('?t=2022..2023');
		expect(urlWithParam(url, 't', null).search).toBe('');
		expect(urlWithParam(url, 't', '').search).toBe('');
	});
});

describe('formatMapView and parseMapView', () => {
	it.each([
		[{ lat: 43.123456, lon: 131.987654, zoom: 2 }, '43.1,132,2'],
		[{ lat: 43.123456, lon: 131.987654, zoom: 6 }, '43.12,131.99,6'],
		[{ lat: 43.123456, lon: 131.987654, zoom: 9.25 }, '43.123,131.988,9.25'],
		[{ lat: -12.5, lon: -190.04, zoom: 3.333333 }, '-12.5,-190,3.33']
	])('rounds %o to %s, finer as the zoom grows', (view, text) => {
		expect(formatMapView(view)).toBe(text);
	});

	it('reads back what it writes', () => {
		const view = { lat: 51.2, lon: 137.3, zoom: 4.5 };
		expect(parseMapView(formatMapView(view))).toEqual(view);
	});

	it.each([null, '', '43,131', '43,131,6,1', 'a,b,c', '91,0,3', '0,0,-1', '0,0,99', '1e3,0,2'])('refuses %s', (text) => {
		expect(parseMapView(text)).toBeNull();
	});
});
