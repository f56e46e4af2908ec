import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		// Unit tests are tables with a fixed reference date; pin the zone so
		// date arithmetic cannot depend on the machine.
		env: { TZ: 'UTC' },
		testTimeout: 20000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'data/**/*.spec.ts', 'bin/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
					exclude: ['**/*.svelte.spec.ts', '**/node_modules/**']
				}
			},
			// Reactivity specs (`x.svelte.spec.ts`): runes compiled for the
			// browser, where effects run; in the server build they do not.
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'client',
					include: ['src/**/*.svelte.spec.ts'],
					environment: './tests/unit/client-environment.ts',
					server: { deps: { inline: [/\/svelte\//] } }
				}
			}
		]
	}
});
