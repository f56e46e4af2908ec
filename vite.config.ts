import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'data/**/*.spec.ts', 'bin/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node',
		// Unit tests are tables with a fixed reference date; pin the zone so
		// date arithmetic cannot depend on the machine.
		env: { TZ: 'UTC' },
		testTimeout: 20000
	}
});
