/**
 * Loads the built gazetteer (Node only: the server and the CLI). Sync and
 * memoised: the file is read once per process, whatever the number of
 * articles. The path is generated/gazetteer.json under the working
 * directory, or FACTLINE_GAZETTEER.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openGazetteer, type Gazetteer, type GazetteerFile } from './gazetteer';

export const DEFAULT_GAZETTEER_PATH = 'generated/gazetteer.json';

const loaded = new Map<string, Gazetteer>();

export function gazetteerPath(path?: string): string {
	return resolve(process.cwd(), path ?? process.env.FACTLINE_GAZETTEER ?? DEFAULT_GAZETTEER_PATH);
}

export function loadGazetteer(path?: string): Gazetteer {
	const file = gazetteerPath(path);
	const hit = loaded.get(file);
	if (hit) return hit;
	if (!existsSync(file)) {
		throw new Error(`gazetteer not found at ${file}: run \`npm run build:data\` to build it (or set FACTLINE_GAZETTEER)`);
	}
	let parsed: GazetteerFile;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8')) as GazetteerFile;
	} catch (e) {
		throw new Error(`gazetteer at ${file} is unreadable (${(e as Error).message}): run \`npm run build:data\` again`, { cause: e });
	}
	const gazetteer = openGazetteer(parsed);
	loaded.set(file, gazetteer);
	return gazetteer;
}
