import { describe, expect, it } from 'vitest';
import { formatWindow, parseWindow } from './timeline-window';

const t = (s: string) => Date.parse(s);

describe('timeline window in the URL', () => {
	it.each([
		['2023-09-10T12:00..2023-09-13T00:00', { start: t('2023-09-10T12:00Z'), end: t('2023-09-13T00:00Z') }],
		['1943-01-01..2023-12-31', { start: t('1943-01-01T00:00Z'), end: t('2023-12-31T00:00Z') }],
		['2023-09-13..2023-09-10', null],
		['2023-09-10T12:00', null],
		['soon..later', null],
		['', null],
		[null, null]
	])('%s → %o', (value, expected) => {
		expect(parseWindow(value)).toEqual(expected);
	});

	it('reads back what it writes, to the minute', () => {
		const w = { start: t('1948-03-01T10:17:29.7Z'), end: t('2023-09-12T18:38:00.2Z') };
		expect(formatWindow(w)).toBe('1948-03-01T10:17..2023-09-12T18:38');
		const back = parseWindow(formatWindow(w))!;
		expect(formatWindow(back)).toBe(formatWindow(w));
		// A float a hair under the minute does not turn 18:38 into 18:37.
		expect(formatWindow({ start: t('2023-09-12T18:38Z') - 1e-6, end: t('2023-09-13T00:00Z') })).toBe('2023-09-12T18:38..2023-09-13T00:00');
	});
});
