/**
 * The temporal-expression stage: tokens → rule matches → values anchored on
 * the publication date, the tense and the story's running reference time.
 * Never throws on odd text: a failure inside one expression drops that
 * expression, not the article.
 */
import { sentenceAt, tokenLower, type Doc } from '../document';
import type { Lang, Tense, Timex } from '$lib/model';
import { lexiconFor } from './lexicon';
import { tokenize, type Tok } from './tokens';
import { scan } from './rules';
import type { Match, RuleCtx } from './match';
import { tenseAround } from './tense';
import { inPluperfect } from './pluperfect';
import { newReference, resolve, type AnchorCtx } from './anchor';
import { parseDct } from './value';
import { untilTense } from './until';
import { dayBeforeClock } from './day-before-clock';

/** How many tokens after a clock time a day may be named and still be its day (`vers 0 h 40, jeudi`, `at 4:17 a.m. local time (0117 GMT) on Monday`). */
const DAY_HINT_REACH = 10;

const APPROX_WORDS = new Set(['vers', 'environ', 'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'presque', 'quelque']);

/** Words that join two days into one list (`Tuesday and Wednesday`, `jeudi et vendredi`). */
const COORDINATORS = new Set(['and', 'or', 'et', 'ou']);
/** A date after these starts a span that runs to now (`since January 2022`): no scene the story goes back to. */
const SINCE = new Set(['since', 'depuis']);

export function findTimexes(doc: Doc): Timex[] {
	try {
		return run(doc);
	} catch {
		return [];
	}
}

function run(doc: Doc): Timex[] {
	const norm = typeof doc.norm === 'string' && doc.norm.length === doc.text.length ? doc.norm : doc.text;
	const T = tokenize(norm, norm === doc.norm ? tokenLower(doc) : null);
	const L = lexiconFor(doc.lang);
	const sentences = doc.sentences ?? [];

	// Sentence of each token, first token of each sentence, story-sentence ordinals.
	const tokSent = new Int32Array(T.length);
	const sentStart = new Int32Array(T.length);
	const nSent = Math.max(1, sentences.length);
	const first = new Int32Array(nSent + 1).fill(-1);
	const last = new Int32Array(nSent + 1);
	let si = 0;
	for (let k = 0; k < T.length; k++) {
		while (si < sentences.length - 1 && T[k].s >= sentences[si].end) si++;
		let s = sentences.length ? (T[k].s >= sentences[si].start ? sentences[si].index : sentenceAt(sentences, T[k].s)) : 0;
		if (s < 0 || s > nSent) s = 0;
		tokSent[k] = s;
		if (first[s] < 0) first[s] = k;
		last[s] = k + 1;
		sentStart[k] = first[s];
	}
	const ordinal = new Map<number, number>();
	const boiler = new Set<number>();
	let ord = 0;
	for (const s of sentences) {
		if (s.boilerplate) boiler.add(s.index);
		else ord++;
		ordinal.set(s.index, ord);
	}

	const ctx: RuleCtx = { T, L, lang: doc.lang, sentStart };
	const matches = scan(ctx);
	const dct = parseDct(doc.dct);
	const ref = newReference();
	const out: Timex[] = [];
	// A bare weekday takes the tense of the same weekday said earlier in its sentence (`fly out on Tuesday
	// afternoon and hold a session on Tuesday evening`) or of the weekday it is coordinated with
	// (`on Tuesday and Wednesday`): one sentence does not mean two different Tuesdays, and a list of days
	// points one way, though the nearest verb of the second may be another clause's.
	const weekdayTense = new Map<string, Tense | null>();
	const bareWeekday = (m: Match): number | undefined =>
		m.spec.k === 'cal' && m.spec.wd !== undefined && m.spec.d === undefined && m.spec.m === undefined && m.spec.y === undefined && m.spec.dir === undefined ? m.spec.wd : undefined;
	const tenseFor = (mi: number): Tense | null => {
		const m = matches[mi];
		const wd = bareWeekday(m);
		if (wd === undefined) return matchTense(T, tokSent, first, last, m, doc.lang);
		const s = tokSent[m.a];
		const prev = matches[mi - 1];
		const coordinated = prev !== undefined && tokSent[prev.a] === s && bareWeekday(prev) !== undefined && prev.b === m.a - 1 && COORDINATORS.has(T[m.a - 1].w);
		const key = `${s}:${wd}`;
		const tense = coordinated ? tenseFor(mi - 1) : weekdayTense.has(key) ? weekdayTense.get(key)! : matchTense(T, tokSent, first, last, m, doc.lang);
		if (!weekdayTense.has(key)) weekdayTense.set(key, tense);
		return tense;
	};
	// For each match, the next match in the same sentence that names a day
	// (computed right to left, so the look-ahead below stays linear).
	const nextDay = new Int32Array(matches.length).fill(-1);
	for (let k = matches.length - 2; k >= 0; k--) {
		const n = matches[k + 1];
		if (tokSent[n.a] !== tokSent[matches[k].a]) continue;
		const sp = n.spec;
		const namesDay = (sp.k === 'cal' && (sp.d !== undefined || sp.wd !== undefined)) || (sp.k === 'rel' && sp.base === 'dct');
		nextDay[k] = namesDay ? k + 1 : nextDay[k + 1];
	}
	for (let mi = 0; mi < matches.length; mi++) {
		const m = matches[mi];
		try {
			const s = tokSent[m.a];
			const since = m.a > 0 && SINCE.has(T[m.a - 1].w);
			// `under water since Saturday`, `fermées depuis lundi`: a span that runs to now started in the past,
			// whatever the tense of its verb (a present, here).
			// `Le festival se tient jusqu'à dimanche`, `ont interdit l'accès jusqu'à dimanche`: a span that holds now,
			// or was decided, ends on a day still to come (until.ts).
			const tense = since ? 'past' : untilTense(T, m.a, tenseFor(mi));
			const pluperfect = inPluperfect(T, first[s] >= 0 ? first[s] : 0, last[s] || T.length, m.a, m.b, doc.lang);
			const actx: AnchorCtx = { dct, ref, sentence: ordinal.get(s) ?? 0, tense, boilerplate: boiler.has(s), lang: doc.lang, since, pluperfect };
			// `vers 0 h 40, jeudi`: a clock time takes the day named after it in the same sentence.
			// A day right after the time (`midnight Sunday`, `10 p.m. Saturday`) beats one said earlier.
			// A day further on belongs to another clause (`conceded at 11 p.m. and said she would ask the commission on
			// Saturday`): only a day within a few words dates the time.
			const nk = nextDay[mi];
			const k = nk >= 0 && matches[nk].a - m.b <= DAY_HINT_REACH ? nk : -1;
			const adjacent = k >= 0 && matches[k].a - m.b <= 2;
			if ((m.spec.k === 'clock' || m.spec.k === 'pod') && (adjacent || !(ref.day && ref.daySentence === actx.sentence))) {
				// `1:49 a.m. local time (2349 GMT Sunday)`: the day belongs to the other clock, said in another zone.
				let otherClock = false;
				// (`4:17 a.m. local time (0117 GMT) on Monday`: past the bracket, the day is both clocks'.)
				for (let x = mi + 1; x < k; x++) {
					if (matches[x].spec.k !== 'clock') continue;
					let closed = false;
					for (let q = matches[x].b; q < matches[k].a; q++) if (T[q].w === ')') closed = true;
					if (!closed) otherClock = true;
				}
				if (k >= 0 && !otherClock) {
					const probe = resolve(matches[k].spec, { ...actx, ref: { ...ref }, tense: matchTense(T, tokSent, first, last, matches[k], doc.lang) });
					if (probe.interval && !probe.unresolved) actx.dayHint = parseDct(probe.interval.start.slice(0, 10));
				}
			}
			actx.dayHint ??= dayBeforeClock(T, matches[mi - 1], out[out.length - 1], m);
			const r = resolve(m.spec, actx);
			// `vers 18h38`, `environ une heure`, `about 10 p.m.`: the text says it is approximate.
			const before = m.a > 0 ? T[m.a - 1].w : '';
			const approx = APPROX_WORDS.has(T[m.a].w) || (APPROX_WORDS.has(before) && T[m.a - 1].k === 'w');
			const start = T[m.a].s;
			const end = T[m.b - 1].e;
			out.push({
				id: `t${out.length}`,
				start,
				end,
				text: doc.text.slice(start, end),
				sentence: sentences.length ? sentenceAt(sentences, start) : 0,
				type: r.type,
				value: r.value,
				granularity: r.granularity,
				interval: r.interval,
				mod: m.mod ?? (approx && !r.unresolved ? 'APPROX' : null),
				zone: r.zone,
				resolution: r.resolution,
				unresolved: r.unresolved
			});
		} catch {
			// One odd expression must not cost the article its other dates.
		}
	}
	return out;
}

/**
 * The tense around a match, read within its sentence's tokens (`first`/`last`: each sentence's token
 * bounds). A function rather than a closure inside `run`: under tsx every named closure costs an
 * Object.defineProperty each time it is made.
 */
function matchTense(T: Tok[], tokSent: Int32Array, first: Int32Array, last: Int32Array, m: Match, lang: Lang): Tense | null {
	const s = tokSent[m.a];
	return tenseAround(T, first[s] >= 0 ? first[s] : 0, last[s] || T.length, m.a, m.b, lang);
}
