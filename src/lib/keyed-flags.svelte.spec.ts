import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { KeyedFlags, keyedFlags } from './keyed-flags.svelte';

const KEYS = Array.from({ length: 100 }, (_, i) => `k${i}`);

/** One effect per key reading it; returns the keys whose effect ran again after `change`. */
function rerunsAfter(f: KeyedFlags<string>, changes: (() => void)[]): string[][] {
	const runs = new Map<string, number>();
	const cleanup = $effect.root(() => {
		for (const key of KEYS)
			$effect(() => {
				f.has(key);
				runs.set(key, (runs.get(key) ?? 0) + 1);
			});
	});
	flushSync();
	const out: string[][] = [];
	for (const change of changes) {
		const before = new Map(runs);
		change();
		flushSync();
		out.push(KEYS.filter((k) => runs.get(k) !== before.get(k)));
	}
	cleanup();
	return out;
}

describe('KeyedFlags', () => {
	it('answers membership, before and after a change', () => {
		const f = new KeyedFlags(['a']);
		expect([f.has('a'), f.has('b')]).toEqual([true, false]);
		f.set(['b', 'c']);
		expect([f.has('a'), f.has('b'), f.has('c')]).toEqual([false, true, true]);
	});

	it('with its keys known up front, re-runs only the readers of the keys that changed', () => {
		const f = new KeyedFlags(['k1'], KEYS);
		expect(rerunsAfter(f, [() => f.set(['k2']), () => f.set(['k2', 'k7']), () => f.set([])])).toEqual([['k1', 'k2'], ['k7'], ['k2', 'k7']]);
	});

	it('with keys first read by the views, all readers run once more, then only the changed ones', () => {
		const f = new KeyedFlags(['k1']);
		const [first, second] = rerunsAfter(f, [() => f.set(['k2']), () => f.set(['k3'])]);
		expect(first).toEqual(KEYS);
		expect(second).toEqual(['k2', 'k3']);
	});
});

describe('keyedFlags', () => {
	it('follows its source', () => {
		let source = $state(['a']);
		let seen: boolean[] = [];
		const cleanup = $effect.root(() => {
			const f = keyedFlags(() => source, ['a', 'b']);
			$effect(() => {
				seen = [f.has('a'), f.has('b')];
			});
		});
		flushSync();
		expect(seen).toEqual([true, false]);
		source = ['b'];
		flushSync();
		expect(seen).toEqual([false, true]);
		cleanup();
	});
});
