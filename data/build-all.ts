/**
 * `npm run build:data`: every generated data file, in order. A step is a
 * name and a function; add new ones (basemap …) to the list.
 */
import { main as buildGazetteer } from './build-gazetteer';

const steps: [name: string, run: () => void | Promise<void>][] = [['gazetteer', () => buildGazetteer()]];

for (const [name, run] of steps) {
	const started = Date.now();
	await run();
	console.log(`build-all: ${name} done in ${Date.now() - started} ms`);
}
