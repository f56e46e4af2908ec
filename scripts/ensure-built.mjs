// `npm start` serves the production build; this runs first (prestart) and
// builds when there is no build yet or the sources are newer than it, so that
// `npm install && npm start` works on a fresh clone and after a pull.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { newestMtime } from './newest-mtime.mjs';

const OUTPUT = 'build/index.js';
const SOURCES = ['src', 'data', 'static', 'package.json', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];

const builtAt = existsSync(OUTPUT) ? statSync(OUTPUT).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map(newestMtime));
if (builtAt === 0 || changedAt > builtAt) {
	console.log(builtAt === 0 ? 'No build yet: building the app…' : 'Sources changed since the last build: rebuilding…');
	const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
