/**
 * `npm run build:data`: every generated data file, in order. A step is
 * skipped when its output is newer than everything it is built from, so
 * install, build and test can all call this without paying twice;
 * `--force` rebuilds regardless.
 */
import { existsSync, statSync } from 'node:fs';
import { newestMtime } from '../scripts/newest-mtime.mjs';
import { main as buildGazetteer } from './build-gazetteer';

interface Step {
	name: string;
	output: string;
	/** Files and folders whose change makes the output stale. */
	inputs: string[];
	run: () => void | Promise<void>;
}

const steps: Step[] = [
	{
		name: 'gazetteer',
		output: 'generated/gazetteer.json',
		inputs: ['data/build-gazetteer.ts', 'src/lib/extract/places', 'package-lock.json'],
		run: () => buildGazetteer()
	}
];

const force = process.argv.includes('--force');
for (const step of steps) {
	const builtAt = existsSync(step.output) ? statSync(step.output).mtimeMs : 0;
	if (!force && builtAt > Math.max(...step.inputs.map(newestMtime))) {
		console.log(`build-all: ${step.name} is up to date (${step.output})`);
		continue;
	}
	const started = Date.now();
	await step.run();
	console.log(`build-all: ${step.name} done in ${Date.now() - started} ms`);
}
