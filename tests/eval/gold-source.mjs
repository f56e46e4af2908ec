/**
 * The gold files of a held-out set, written from its marked-up articles
 * (`source/*.txt`): `[[surface|key]]` (or `[[surface|key|m]]` for a metonym)
 * marks a place, `key` naming a point in the set's points.mjs, and
 * `{{surface|TYPE|value}}` marks a temporal expression. After a line
 * `---events`, one event per line:
 *   anchor | label | when (value, `null` or `?`) | where (point key, `-` or `?`) | status [| optional]
 * Occurrences are counted the way score.mjs locates them (plain substring
 * search), so they cannot drift when the text is edited.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function occurrenceAt(text, surface, at) {
	let n = 0;
	let i = -1;
	while ((i = text.indexOf(surface, i + 1)) >= 0 && i <= at) n++;
	return n;
}

function pointOf(POINTS, key, file) {
	const p = POINTS[key];
	if (!p) throw new Error(`${file}: unknown point ${key}`);
	const [name, lat, lon, kind, alts] = p;
	return { name, lat, lon, kind, ...(alts ? { alts } : {}) };
}

export function buildGoldSet(here, POINTS) {
	const out = join(here, '..');
	for (const file of readdirSync(here).filter((f) => f.endsWith('.txt')).sort()) {
		const raw = readFileSync(join(here, file), 'utf8');
		const [head, body, evs] = raw.split(/^---(?:events)?\n/m);
		const meta = Object.fromEntries(head.trim().split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
		let text = '';
		const marks = [];
		const re = /\[\[([^|\]]+)\|([^|\]]+)(\|m)?\]\]|\{\{([^|}]+)\|([A-Z]+)\|([^}]+)\}\}/g;
		let last = 0;
		for (const m of body.trimEnd().matchAll(re)) {
			text += body.slice(last, m.index);
			const surface = m[1] ?? m[4];
			marks.push({ at: text.length, m });
			text += surface;
			last = m.index + m[0].length;
		}
		text += body.trimEnd().slice(last);
		const places = [];
		const timexes = [];
		for (const { at, m } of marks) {
			if (m[1]) {
				const p = pointOf(POINTS, m[2], file);
				places.push({ text: m[1], occurrence: occurrenceAt(text, m[1], at), name: p.name, lat: p.lat, lon: p.lon, kind: p.kind, ...(p.alts ? { alts: p.alts } : {}), ...(m[3] ? { metonym: true } : {}) });
			} else timexes.push({ text: m[4], occurrence: occurrenceAt(text, m[4], at), type: m[5], value: m[6] });
		}
		const events = (evs ?? '').trim().split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((line) => {
			const [anchor, label, when, where, status, opt] = line.split(' | ').map((s) => s.trim());
			if (!status) throw new Error(`${file}: bad event line ${line}`);
			const w = where === '-' ? null : where === '?' ? '?' : (({ name, lat, lon, alts }) => ({ name, lat, lon, ...(alts ? { alts } : {}) }))(pointOf(POINTS, where, file));
			return { anchor, label, when: when === 'null' ? null : when, where: w, status, ...(opt === 'optional' ? { optional: true } : {}) };
		});
		const words = text.split(/\s+/).filter(Boolean).length;
		const gold = { id: meta.id, lang: meta.lang, dct: meta.dct, title: text.split('\n')[0], text, timexes, places, events };
		writeFileSync(join(out, `${meta.id}.json`), JSON.stringify(gold, null, 1) + '\n');
		console.log(`${meta.id}: ${words} words, ${timexes.length} timexes, ${places.length} places, ${events.length} events`);
	}
}
