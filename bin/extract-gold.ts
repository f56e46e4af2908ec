/**
 * tsx bin/extract-gold.ts GOLD_DIR OUT_DIR
 * Extracts every gold article of GOLD_DIR (the scorer's gold files: text,
 * dct, lang) in this one process and writes each fact file as
 * OUT_DIR/{id}.json, for `score.mjs --pred OUT_DIR`. One process instead of
 * one `npm run extract` per article keeps `npm test`'s floors on many small
 * articles to a second or two.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/lib/extract/pipeline';
import { loadGazetteer } from '../src/lib/extract/places/load';
import type { Lang } from '../src/lib/model';

const [goldDir, outDir] = process.argv.slice(2);
if (!goldDir || !outDir) {
	process.stderr.write('usage: tsx bin/extract-gold.ts GOLD_DIR OUT_DIR\n');
	process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const gazetteer = loadGazetteer();
for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
	const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { id: string; text: string; dct: string; lang: Lang };
	const facts = extract({ text: gold.text, dct: gold.dct, lang: gold.lang }, gazetteer);
	writeFileSync(join(outDir, `${gold.id}.json`), JSON.stringify(facts));
}
