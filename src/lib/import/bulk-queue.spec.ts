import { describe, expect, it } from 'vitest';
import { newEntry, problemMessage, progressOf, type BulkEntry } from './bulk-queue';

describe('bulk queue', () => {
	it('refuses files it cannot import before sending them', () => {
		expect(newEntry(1, { name: 'a.pdf', size: 10 })).toMatchObject({ state: 'failed', error: expect.stringMatching(/not a file Factline reads/) });
		expect(newEntry(2, { name: 'a.txt', size: 3 * 1024 * 1024 })).toMatchObject({ state: 'failed', error: expect.stringMatching(/limit is 2 MB/) });
		expect(newEntry(3, { name: 'a.txt', size: 10 })).toMatchObject({ state: 'waiting', sent: 0 });
	});

	it('counts progress in bytes: finished and refused files whole, the one in flight by what was sent', () => {
		const entries: BulkEntry[] = [
			{ ...newEntry(1, { name: 'a.txt', size: 100 }), state: 'done' },
			{ ...newEntry(2, { name: 'b.txt', size: 300 }), state: 'sending', sent: 150 },
			newEntry(3, { name: 'c.txt', size: 600 }),
			newEntry(4, { name: 'd.png', size: 0 })
		];
		expect(progressOf(entries)).toEqual({ value: 100 + 150 + 1, max: 100 + 300 + 600 + 1, finished: 2, total: 4, failed: 1 });
		expect(progressOf([])).toEqual({ value: 0, max: 0, finished: 0, total: 0, failed: 0 });
	});

	it('reads the reason out of a problem answer', () => {
		expect(problemMessage(422, { detail: 'No date.', errors: [{ message: 'No date.' }] })).toBe('No date.');
		expect(problemMessage(422, { detail: 'x', errors: [{ message: 'a' }, { message: 'b' }] })).toBe('a b');
		expect(problemMessage(413, '<html>')).toMatch(/2 MB/);
		expect(problemMessage(0, null)).toMatch(/could not be reached/);
	});
});
