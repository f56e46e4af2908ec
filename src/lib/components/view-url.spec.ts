import { describe, expect, it } from 'vitest';
import { urlWithParam } from './view-url';

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
