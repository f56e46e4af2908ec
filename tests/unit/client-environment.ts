/**
 * A Vitest environment for `*.svelte.spec.ts`: modules are transformed for
 * the browser, so runes compile to Svelte's client runtime and effects run
 * (in the server build they are no-ops). Plain Node globals: the specs
 * using it test reactivity, not the DOM.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
