/**
 * A large synthetic article for the browser benchmark: `count` events spread
 * over `years` years before the publication date, one sentence each, with
 * every granularity from a minute to a year, every status and a few dozen
 * places. Seeded, so that every run (and every peer) draws the same items.
 *
 * A fifth of the events fall in the last month, as in a news story that
 * tells a few weeks in detail and decades in passing.
 */
import type { EventStatus, FactEvent, FactFile, Granularity, Sentence } from '../src/lib/model';
import { PIPELINE_VERSION } from '../src/lib/extract/pipeline';
import { prng } from '../src/lib/prng';

const PLACES: ReadonlyArray<[string, number, number, 'city' | 'country']> = [
	['Paris', 48.8566, 2.3522, 'city'],
	['Berlin', 52.52, 13.405, 'city'],
	['Moscow', 55.7558, 37.6173, 'city'],
	['Vladivostok', 43.1155, 131.8855, 'city'],
	['Pyongyang', 39.0392, 125.7625, 'city'],
	['Seoul', 37.5665, 126.978, 'city'],
	['Tokyo', 35.6762, 139.6503, 'city'],
	['Beijing', 39.9042, 116.4074, 'city'],
	['Washington', 38.9072, -77.0369, 'city'],
	['Nairobi', -1.2921, 36.8219, 'city'],
	['Lima', -12.0464, -77.0428, 'city'],
	['Sydney', -33.8688, 151.2093, 'city'],
	['Cairo', 30.0444, 31.2357, 'city'],
	['Delhi', 28.6139, 77.209, 'city'],
	['Lagos', 6.5244, 3.3792, 'city'],
	['Kyiv', 50.4501, 30.5234, 'city'],
	['France', 46.6, 2.4, 'country'],
	['Russia', 61.5, 105.3, 'country'],
	['Japan', 36.2, 138.3, 'country'],
	['Brazil', -14.2, -51.9, 'country']
];
const SUBJECTS = ['Kim', 'The minister', 'Putin', 'Delegates', 'The army', 'Rebels', 'The court', 'A train', 'Voters', 'The envoy'];
const VERBS = ['arrives in', 'leaves', 'meets officials in', 'signs an accord in', 'speaks in', 'visits', 'is reported in', 'votes in'];
const STATUSES: readonly EventStatus[] = ['occurred', 'occurred', 'occurred', 'reported', 'planned', 'negated', 'hypothetical'];
const GRANULARITIES: readonly Granularity[] = ['minute', 'minute', 'hour', 'part-of-day', 'day', 'day', 'day', 'week', 'month', 'month', 'year'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const wall = (t: number) => {
	const d = new Date(t);
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** The interval and TIMEX3 value of granularity `g` around instant `t`. */
function when(g: Granularity, t: number): FactEvent['when'] {
	const d = new Date(t);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth();
	const day = Date.UTC(y, m, d.getUTCDate());
	const ymd = wall(day).slice(0, 10);
	let start: number;
	let end: number;
	let value: string;
	switch (g) {
		case 'minute':
			start = Math.floor(t / 60_000) * 60_000;
			end = start + 60_000;
			value = wall(start);
			break;
		case 'hour':
			start = Math.floor(t / 3_600_000) * 3_600_000;
			end = start + 3_600_000;
			value = wall(start).slice(0, 13);
			break;
		case 'part-of-day':
			start = day + 18 * 3_600_000;
			end = day + 24 * 3_600_000;
			value = `${ymd}TEV`;
			break;
		case 'day':
			start = day;
			end = day + 86_400_000;
			value = ymd;
			break;
		case 'week':
			start = day - ((d.getUTCDay() + 6) % 7) * 86_400_000;
			end = start + 7 * 86_400_000;
			value = wall(start).slice(0, 10);
			break;
		case 'month':
			start = Date.UTC(y, m, 1);
			end = Date.UTC(y, m + 1, 1);
			value = ymd.slice(0, 7);
			break;
		default:
			start = Date.UTC(y, 0, 1);
			end = Date.UTC(y + 1, 0, 1);
			value = String(y);
	}
	return { value, timex: null, granularity: g, interval: { start: wall(start), end: wall(end) }, inherited: false };
}

export interface SyntheticArticle {
	title: string;
	dct: string;
	lang: 'en';
	text: string;
	facts: FactFile;
}

export function syntheticArticle({ count = 5000, years = 80, seed = 42, dct = '2023-09-12' } = {}): SyntheticArticle {
	const rand = prng(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
	const published = Date.parse(`${dct}T12:00:00Z`);
	const span = years * 365.25 * 86_400_000;
	const sentences: Sentence[] = [];
	const events: FactEvent[] = [];
	let text = '';
	for (let i = 0; i < count; i++) {
		const [name, lat, lon, kind] = pick(PLACES);
		const label = `${pick(SUBJECTS)} ${pick(VERBS)} ${name}`;
		const sentence = `${label} (${i + 1}).`;
		// Paragraphs of ten sentences, like a long report.
		if (i > 0) text += i % 10 === 0 ? '\n\n' : ' ';
		const start = text.length;
		text += sentence;
		sentences.push({ index: i, start, end: text.length, paragraph: Math.floor(i / 10), boilerplate: null });
		const recent = rand() < 0.2;
		const t = recent ? published - rand() * 30 * 86_400_000 : published - rand() * span;
		const verbAt = start + label.indexOf(' ') + 1;
		events.push({
			id: `e${i + 1}`,
			sentence: i,
			sentences: [i],
			label,
			kind: 'other',
			trigger: { start: verbAt, end: verbAt + 1, text: sentence[label.indexOf(' ') + 1] },
			when: rand() < 0.97 ? when(pick(GRANULARITIES), t) : null,
			where: rand() < 0.85 ? { name, lat, lon, kind, place: null, inherited: false } : null,
			status: pick(STATUSES),
			actors: [],
			attribution: null,
			secondary: false
		});
	}
	const title = `Synthetic benchmark article: ${count} events over ${years} years`;
	return {
		title,
		dct,
		lang: 'en',
		text,
		facts: {
			article: { lang: 'en', dct, title },
			sentences,
			timexes: [],
			places: [],
			events,
			generator: { name: 'factline', version: PIPELINE_VERSION }
		}
	};
}
