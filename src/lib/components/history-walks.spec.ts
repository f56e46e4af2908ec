import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryWalks } from './history-walks';

afterEach(() => vi.useRealTimers());

describe('HistoryWalks', () => {
	it('is walking from a popstate until the end of that task, for the listeners after it too', () => {
		vi.useFakeTimers();
		const target = new EventTarget();
		const seen: boolean[] = [];
		const walks = new HistoryWalks();
		const stop = walks.watch(target as unknown as Window);
		// A listener added later without capture (as SvelteKit's) sees the flag raised.
		target.addEventListener('popstate', () => seen.push(walks.walking));
		expect(walks.walking).toBe(false);
		target.dispatchEvent(new Event('popstate'));
		expect(seen).toEqual([true]);
		expect(walks.walking).toBe(true);
		vi.runAllTimers();
		expect(walks.walking).toBe(false);
		stop();
		target.dispatchEvent(new Event('popstate'));
		expect(walks.walking).toBe(false);
	});
});
