import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// Article text is user input: forbid inline scripts outright so that a
		// rendering mistake cannot turn into script execution.
		csp: { mode: 'auto', directives: { 'script-src': ['self'], 'object-src': ['none'] } }
	}
};

export default config;
