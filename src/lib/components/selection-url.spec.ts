import { describe, expect, it } from 'vitest';
import { idsFromUrl, sameIds, urlWithIds } from './selection-url';

describe('selection in the URL', () => {
	it.each([
		['/a/1', []],
		['/a/1?event=e3', ['e3']],
		['/a/1?event=e3&event=e4', ['e3', 'e4']],
		['/a/1?event=e3,e4&event=e3', ['e3', 'e4']],
		['/a/1?event=', []]
	])('%s selects %j', (href, ids) => {
		expect(idsFromUrl(new URL(href, 'http://x'))).toEqual(ids);
	});

	it('writes repeated parameters and keeps the others', () => {
		const url = urlWithIds(new URL('http://x/a/1?tab=map&event=e1'), ['e3', 'e4']);
		expect(url.search).toBe('?tab=map&event=e3&event=e4');
		expect(urlWithIds(url, []).search).toBe('?tab=map');
	});

	it('compares in order', () => {
		expect(sameIds(['a', 'b'], ['a', 'b'])).toBe(true);
		expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(false);
	});
});
