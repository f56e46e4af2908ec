/**
 * Test helpers: what a GeoJSON FeatureCollection of Points (RFC 7946) and a
 * TimelineJS3 data file must follow, as lists of problems (empty when
 * valid). Shared by the article and the collection export tests.
 */
import type { TimelineDate, TimelineJson } from './timelinejs';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObject = (x: Json | undefined): x is { [k: string]: Json } => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The RFC 7946 rules a FeatureCollection of Points must follow; returns
 * what is wrong, empty when valid.
 */
export function rfc7946Problems(doc: Json): string[] {
	const problems: string[] = [];
	if (!isObject(doc)) return ['top level is not an object'];
	if (doc.type !== 'FeatureCollection') problems.push('type is not FeatureCollection (§3.3)');
	// §4: coordinates are WGS 84; the 2008 `crs` member is gone.
	if ('crs' in doc) problems.push('has a crs member (§4)');
	if (!Array.isArray(doc.features)) return [...problems, 'features is not an array (§3.3)'];
	doc.features.forEach((f, i) => {
		if (!isObject(f)) return problems.push(`feature ${i} is not an object`);
		if (f.type !== 'Feature') problems.push(`feature ${i}: type is not Feature (§3.2)`);
		if (!('properties' in f) || !(f.properties === null || isObject(f.properties))) problems.push(`feature ${i}: properties (§3.2)`);
		if ('id' in f && typeof f.id !== 'string' && typeof f.id !== 'number') problems.push(`feature ${i}: id (§3.2)`);
		const g = f.geometry;
		if (!isObject(g) || g.type !== 'Point') return problems.push(`feature ${i}: geometry is not a Point (§3.1.2)`);
		const c = g.coordinates;
		if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
			return problems.push(`feature ${i}: a position is two or three numbers (§3.1.1)`);
		}
		const [lon, lat] = c as number[];
		if (lon < -180 || lon > 180) problems.push(`feature ${i}: longitude ${lon} out of range (§4)`);
		if (lat < -90 || lat > 90) problems.push(`feature ${i}: latitude ${lat} out of range (§4)`);
	});
	return problems;
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute'] as const;
const RANGES: Record<(typeof FIELDS)[number], [number, number]> = { year: [-271820, 275759], month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59] };

/**
 * The date object of the TimelineJS3 JSON format: a year, then month, day,
 * hour and minute, each only when the coarser one is there.
 */
function dateProblems(d: TimelineDate | undefined, where: string): string[] {
	if (!d) return [`${where}: missing`];
	const problems: string[] = [];
	let missing = false;
	for (const f of FIELDS) {
		const v = d[f];
		if (v === undefined) {
			missing = true;
			continue;
		}
		if (missing) problems.push(`${where}: ${f} without a coarser field`);
		if (!Number.isInteger(v) || v < RANGES[f][0] || v > RANGES[f][1]) problems.push(`${where}: ${f} = ${v}`);
	}
	const extra = Object.keys(d).filter((k) => !(FIELDS as readonly string[]).includes(k) && k !== 'display_date');
	if (extra.length > 0) problems.push(`${where}: unknown fields ${extra.join(', ')}`);
	return problems;
}

const toMillis = (d: TimelineDate) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);

/** Per https://timeline.knightlab.com/docs/json-format.html: what a slide must and may hold. */
export function timelineProblems(doc: TimelineJson): string[] {
	const problems: string[] = [];
	if (!Array.isArray(doc.events)) return ['events is not an array'];
	if (typeof doc.title?.text?.headline !== 'string') problems.push('title has no headline');
	if ('start_date' in doc.title) problems.push('the title slide has a date');
	const ids = new Set<string>();
	doc.events.forEach((s, i) => {
		problems.push(...dateProblems(s.start_date, `event ${i} start_date`));
		if (s.end_date) {
			problems.push(...dateProblems(s.end_date, `event ${i} end_date`));
			if (toMillis(s.end_date) < toMillis(s.start_date)) problems.push(`event ${i}: ends before it starts`);
		}
		if (typeof s.text?.headline !== 'string' || typeof s.text.text !== 'string') problems.push(`event ${i}: text`);
		if (typeof s.unique_id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(s.unique_id)) problems.push(`event ${i}: unique_id`);
		if (ids.has(s.unique_id)) problems.push(`event ${i}: unique_id ${s.unique_id} repeated`);
		ids.add(s.unique_id);
		if (s.group !== undefined && typeof s.group !== 'string') problems.push(`event ${i}: group`);
	});
	return problems;
}

