/**
 * A set that views read one key at a time, each key its own signal. A list
 * of 5,000 events asking "is this one selected?" then depends on its own
 * key only: when the selection moves, the two items that changed update,
 * not the 5,000 that read the set (a derived Set, or `ids.includes`, makes
 * every reader run again on every change).
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the per-key signals are
   the reactivity here; the Map and Sets holding them must not be reactive,
   or every reader would depend on the whole set again. */
import { untrack } from 'svelte';

class Flag {
	on: boolean;
	constructor(on: boolean) {
		this.on = $state(on);
	}
}

export class KeyedFlags<K> {
	#on: Set<K>;
	/** One signal per key, made up front for the keys known then. */
	#flags = new Map<K, Flag>();
	/**
	 * Svelte does not track a signal in the reaction that created it, so a
	 * key first read inside a view's effect cannot get its own signal there.
	 * That reader depends on this counter instead, bumped at the next change;
	 * it then runs again and from then on reads its key's own signal.
	 */
	#fresh = $state(0);
	#unsettled = false;

	/** `keys`: every key that will be read, when known (all event ids). */
	constructor(initial: Iterable<K> = [], keys: Iterable<K> = []) {
		this.#on = new Set(initial);
		for (const k of keys) this.#flags.set(k, new Flag(this.#on.has(k)));
	}

	/** Reads one key: the caller re-runs when that key, and only it, flips. */
	has(key: K): boolean {
		let flag = this.#flags.get(key);
		if (!flag) {
			flag = new Flag(this.#on.has(key));
			this.#flags.set(key, flag);
			void this.#fresh;
			this.#unsettled = true;
		}
		return flag.on;
	}

	/** Makes `keys` the members, flipping only the keys that changed. */
	set(keys: Iterable<K>): void {
		const next = new Set(keys);
		for (const k of this.#on) if (!next.has(k)) this.#write(k, false);
		for (const k of next) if (!this.#on.has(k)) this.#write(k, true);
		this.#on = next;
		if (this.#unsettled) {
			this.#unsettled = false;
			this.#fresh++;
		}
	}

	#write(key: K, on: boolean) {
		const flag = this.#flags.get(key);
		if (flag) flag.on = on;
	}
}

/**
 * Flags that follow a reactive source (a derived selection, a focus): set
 * from it right away, so the server renders them too, then kept in step
 * before each update of the DOM. Call during a component's initialisation;
 * `keys` as in KeyedFlags.
 */
export function keyedFlags<K>(source: () => Iterable<K>, keys: Iterable<K> = []): KeyedFlags<K> {
	const flags = new KeyedFlags(untrack(source), keys);
	$effect.pre(() => flags.set(source()));
	return flags;
}
