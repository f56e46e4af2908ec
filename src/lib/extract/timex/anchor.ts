/**
 * From what the text says (a `Spec`) to a calendar value: anchored on the
 * publication date, on the day the story was last talking about (the
 * reference), and pointed by the tense of the governing verb. Also keeps the
 * reference up to date as the text goes on.
 */
import type { Lang, Tense, TimexResolution } from '$lib/model';
import type { Spec } from './match';
import { lateClockDay } from './late-clock';
import type { Pod } from './lexicon';
import {
	addDays,
	centuryValue,
	dayNum,
	dayValue,
	decadeValue,
	durationValue,
	fiscalYearValue,
	fmtDay,
	halfValue,
	isoWeek,
	monthValue,
	podValue,
	quarterValue,
	refValue,
	sameDay,
	seasonValue,
	setValue,
	timeValue,
	validDay,
	weekValue,
	weekday,
	weekendValue,
	withoutOpenDigits,
	yearValue,
	type Valued,
	type Ymd
} from './value';

const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_EN = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What the story is talking about, carried from one expression to the next. */
export interface Reference {
	day: Ymd | null;
	/** Ordinal (among story sentences) of the sentence that set `day`. */
	daySentence: number;
	year: number | null;
	/** Ordinal of the sentence that last wrote a year out (`en décembre 2022`, `in 2019`), or -100. */
	yearSentence: number;
	/** The year that sentence wrote out. */
	writtenYear: number | null;
	/** The last period named (a year, half, quarter or month) and the sentence that named it: what `a year earlier` shifts. */
	period: Period | null;
	/** The last quarter named, however far back: what `the year-earlier quarter` shifts. */
	quarter: { y: number; q: number } | null;
	/** The last day each part of the day was named on (evening and night as one): what `ce soir-là` points back to. */
	scenes: Scenes;
	/** The story's day before a pluperfect aside moved it, and the aside's sentence (see `setDay`). */
	beforeAside: { day: Ymd | null; daySentence: number; sentence: number } | null;
	/** The year `Ten years later` moved the story to, and the sentence it opens (see `narrativeYear`). */
	shiftedYear: { y: number; sentence: number } | null;
}

/** Replaced, never mutated: a probe resolves on a shallow copy of the reference. */
export type Scenes = Readonly<Partial<Record<Pod, Ymd>>>;

export interface Period {
	unit: 'year' | 'half' | 'quarter' | 'month';
	y: number;
	/** Which half, quarter or month of the year (unused for a year). */
	n: number;
	sentence: number;
}

export interface AnchorCtx {
	dct: Ymd;
	ref: Reference;
	/** Ordinal of the current sentence among story (non-boilerplate) sentences. */
	sentence: number;
	tense: Tense | null;
	/** The sentence is boilerplate: it reads the reference but does not move it. */
	boilerplate: boolean;
	/** A day named later in the same sentence (`vers 0 h 40, jeudi`). */
	dayHint?: Ymd | null;
	/** The article's language: English TimeBank spells decades and centuries its own way. */
	lang?: Lang;
	/** After `since`/`depuis`: the start of a span that runs to now, where the story does not go back to. */
	since?: boolean;
	/** The expression is in a pluperfect clause (pluperfect.ts): a day told earlier than the story's. */
	pluperfect?: boolean;
}

export interface Resolved extends Valued {
	resolution: TimexResolution;
	zone: string | null;
	unresolved: boolean;
}

/**
 * How many story sentences a day reference stays live. Clock times keep
 * telling the same day for a while (`dimanche après-midi … vers 18 h 55 …
 * à 20 h`); `la veille` and `le lendemain` lean on the sentence just before,
 * and otherwise on the publication date.
 */
const REF_REACH_CLOCK = 4;
const REF_REACH_DAY = 1;

type Way = 'past' | 'future' | 'nearest';

function way(tense: Tense | null): Way {
	if (tense === 'past') return 'past';
	if (tense === 'future' || tense === 'conditional') return 'future';
	return 'nearest';
}

/**
 * `this spring`: the season of the publication year. Told in the future, one
 * already over is next year's (`will open this spring`, said in December).
 * A season not yet begun is still this year's when told in the past: `was
 * planning a trip this spring` is a plan, and the spring gone would be
 * `last spring`. The winter is the one the date is in, else the one that
 * ended this year when told in the past, else the one to come.
 */
function thisSeasonYear(s: 'SP' | 'SU' | 'FA' | 'WI', dct: Ymd, w: Way): number {
	if (s === 'WI') return dct.m <= 2 ? dct.y - 1 : dct.m === 12 || w !== 'past' ? dct.y : dct.y - 1;
	const start = { SP: 3, SU: 6, FA: 9 }[s];
	return w === 'future' && start + 2 < dct.m ? dct.y + 1 : dct.y;
}

function tenseWord(t: Tense | null): string {
	return t ? ` (${t} tense)` : '';
}

/** The day the story is on: the live reference, else the publication date. */
function refDay(c: AnchorCtx, reach = REF_REACH_DAY): { day: Ymd; fromRef: boolean } {
	const r = c.ref;
	if (c.dayHint) return { day: c.dayHint, fromRef: true };
	if (r.day && r.daySentence === c.sentence) return { day: r.day, fromRef: true };
	if (r.day && c.sentence - r.daySentence <= reach) return { day: r.day, fromRef: true };
	return { day: c.dct, fromRef: false };
}

/**
 * `Les voyageurs avaient été prévenus dès dimanche. […] l'ambiance restait calme en fin de matinée.`: a bare
 * clock or part of the day told after a pluperfect aside, and not itself in the pluperfect, is back on the
 * story's day, not the aside's.
 */
function resumeStory(c: AnchorCtx): void {
	const back = c.ref.beforeAside;
	if (!back || c.pluperfect || c.dayHint || c.boilerplate || c.sentence <= back.sentence) return;
	c.ref.day = back.day;
	c.ref.daySentence = back.daySentence;
	c.ref.beforeAside = null;
}

/** A clock time or part of day told on the reference day keeps the reference alive. */
function touch(c: AnchorCtx, fromRef: boolean): void {
	if (fromRef && !c.boilerplate && c.ref.day) c.ref.daySentence = Math.max(c.ref.daySentence, c.sentence);
}

function res(anchor: TimexResolution['anchor'], anchorValue: string | null, tense: Tense | null, note: string): TimexResolution {
	return { anchor, anchorValue, tense, note };
}

function done(v: Valued, r: TimexResolution, zone: string | null = null): Resolved {
	// Spelled out rather than `{ ...v, … }`: every Valued has these four fields in this order (value.ts), and the
	// spread, cloning objects of many shapes, was the stage's costliest line in profiles.
	return { value: v.value, type: v.type, granularity: v.granularity, interval: v.interval, resolution: r, zone, unresolved: false };
}

function setDay(c: AnchorCtx, d: Ymd): void {
	if (c.boilerplate) return;
	// `Les voyageurs avaient été prévenus dès dimanche.`: the story's day is kept aside, for the bare clocks and
	// parts of the day of later sentences (`resumeStory`).
	if (!c.pluperfect) c.ref.beforeAside = null;
	else if (!c.ref.beforeAside) c.ref.beforeAside = { day: c.ref.day, daySentence: c.ref.daySentence, sentence: c.sentence };
	c.ref.day = d;
	c.ref.daySentence = c.sentence;
	c.ref.year = d.y;
}

function setYear(c: AnchorCtx, y: number, written = false): void {
	if (c.boilerplate) return;
	c.ref.year = y;
	// `the fourth election since January 2022. The election was called in December`: December is not 2022's.
	if (!written || c.since) return;
	c.ref.yearSentence = c.sentence;
	c.ref.writtenYear = y;
}

/**
 * `Une grève avait paralysé le réseau en décembre 2022. Ils avaient alors signé un accord le 23 décembre.`:
 * a day or month with no year, told in the past right after a sentence that wrote out a month or a day of
 * another year, is in that year — the story has gone back there. Otherwise (no such year, or a future tense) it is read from
 * the publication date as usual.
 */
function narrativeYear(c: AnchorCtx, valid: (y: number) => boolean): number | null {
	// `Ten years later, another slide swept through the route in late September`: the rest of the sentence is in
	// the year it moved to.
	const shifted = c.ref.shiftedYear;
	if (shifted && shifted.sentence === c.sentence && way(c.tense) === 'past' && valid(shifted.y)) return shifted.y;
	// The year written out, and no other year named since (`proclamé le 9 septembre 1948 … Mis en service en 2016`).
	const y = c.ref.year === c.ref.writtenYear ? c.ref.year : null;
	// The sentence right before only: within one sentence (`Mis en service en 2016, il a servi le mois dernier
	// …, écrasée le 19 août`) a written year is often just an aside.
	if (y === null || y === c.dct.y || c.sentence - c.ref.yearSentence !== 1 || !valid(y)) return null;
	return way(c.tense) === 'past' ? y : null;
}

function setPeriod(c: AnchorCtx, unit: Period['unit'], y: number, n = 0): void {
	if (c.boilerplate) return;
	c.ref.period = { unit, y, n, sentence: c.sentence };
	if (unit === 'quarter') c.ref.quarter = { y, q: n };
}

/** A period at its own granularity. */
function periodValue(p: { unit: Period['unit']; y: number; n: number }): Valued {
	if (p.unit === 'quarter') return quarterValue(p.y, p.n);
	if (p.unit === 'half') return halfValue(p.y, p.n as 1 | 2);
	if (p.unit === 'month') return monthValue(p.y, p.n);
	return yearValue(p.y);
}

/** The quarter a report talks about: told in the past, the last one finished; otherwise the current one. */
function reportedQuarter(dct: Ymd, t: Tense | null): { y: number; q: number } {
	const idx = dct.y * 4 + Math.floor((dct.m - 1) / 3) - (t === 'past' ? 1 : 0);
	return { y: Math.floor(idx / 4), q: (idx % 4) + 1 };
}

function pickWeekday(dct: Ymd, wd: number, w: Way | 'last' | 'next'): Ymd {
	const cur = weekday(dct);
	const back = (cur - wd + 7) % 7;
	const fwd = (wd - cur + 7) % 7;
	let k: number;
	if (w === 'past') k = -back;
	else if (w === 'future') k = fwd;
	else if (w === 'last') k = -(back || 7);
	else if (w === 'next') k = fwd || 7;
	else k = back <= fwd ? -back : fwd;
	return addDays(dct, k);
}

/** A day and month with no year: the year that the tense points to. */
function pickYearForDay(dct: Ymd, m: number, d: number, w: Way | 'last' | 'next', wd?: number): number {
	const now = dayNum(dct.y, dct.m, dct.d);
	const cands = [dct.y - 1, dct.y, dct.y + 1].filter((y) => validDay(y, m, d));
	if (cands.length === 0) return dct.y;
	if (wd !== undefined) {
		const fit = cands.filter((y) => weekday({ y, m, d }) === wd);
		if (fit.length === 1) return fit[0];
	}
	const dist = (y: number) => dayNum(y, m, d) - now;
	if (w === 'last') return pick(cands.filter((y) => dist(y) < 0), cands, (y) => -dist(y));
	if (w === 'next') return pick(cands.filter((y) => dist(y) > 0), cands, dist);
	// The tense tips the balance but does not override distance: a date with no
	// year is almost always within months of the publication, and a past-tense
	// verb next to `fin novembre` may govern something else (`a proposé de se
	// retrouver fin novembre`).
	const against = (y: number) => (w === 'past' && dist(y) > 0) || (w === 'future' && dist(y) < 0) ? AGAINST_TENSE_DAYS : 0;
	return pick(cands, cands, (y) => Math.abs(dist(y)) + against(y) + (y === dct.y ? -1 : 0));
}

/** How a relative unit was resolved, for the timex's note (a function: the closure it was cost a `__name` per timex under tsx). */
function unitNote(unit: string, off: number, of: string): string {
	if (off === 0) return `the ${unit} of ${of}`;
	const n = Math.abs(off);
	return n === 1 ? `the ${unit} ${off < 0 ? 'before' : 'after'} the one of ${of}` : `${n} ${unit}s ${off < 0 ? 'before' : 'after'} the one of ${of}`;
}

function pick(ok: number[], all: number[], cost: (y: number) => number): number {
	const list = ok.length ? ok : all;
	let best = list[0];
	for (const y of list) if (cost(y) < cost(best)) best = y;
	return best;
}

function pickYearForMonth(dct: Ymd, m: number, w: Way | 'last' | 'next'): number {
	if (w === 'last') return m < dct.m ? dct.y : dct.y - 1;
	if (w === 'next') return m > dct.m ? dct.y : dct.y + 1;
	// As for days: distance in months, the tense weighing in; ties go to the
	// publication year (`juillet` in a July story is this July).
	const cost = (y: number) => {
		const diff = (y - dct.y) * 12 + m - dct.m;
		const against = (w === 'past' && diff > 0) || (w === 'future' && diff < 0) ? AGAINST_TENSE_DAYS / 30 : 0;
		return Math.abs(diff) + against + (y === dct.y ? -0.1 : 0);
	};
	return pick([dct.y - 1, dct.y, dct.y + 1], [dct.y], cost);
}

/** The same for quarters and halves, counted in periods: a reported quarter is mostly one just finished. */
const AGAINST_TENSE_PERIODS = 1.5;

/** How far (in days) a date may lie on the tense's side before the other side wins. */
const AGAINST_TENSE_DAYS = 240;

function wayNote(w: Way | 'last' | 'next' | 'this' | 'same', t: Tense | null): string {
	if (w === 'past' || w === 'last') return `before the publication date${w === 'last' ? ' ("last")' : tenseWord(t)}`;
	if (w === 'future' || w === 'next') return `after the publication date${w === 'next' ? ' ("next")' : tenseWord(t)}`;
	return 'nearest to the publication date';
}

/** Why a year was chosen for a date written without one. */
function choiceNote(side: 'past' | 'future', w: Way | 'last' | 'next', t: Tense | null): string {
	const where = side === 'past' ? 'the latest one up to the publication date' : 'the next one after the publication date';
	if (w === 'last' || w === 'next') return `${where} ("${w}")`;
	if (w === 'nearest') return `${where} (nearest; no tense)`;
	return (w === 'past') === (side === 'past') ? `${where}${tenseWord(t)}` : `${where} (nearest, although the verb is in the ${t} tense)`;
}

function withTime(day: Ymd, spec: { pod?: string; h?: number; mi?: number }): Valued {
	if (spec.h !== undefined) return timeValue(day, spec.h, spec.mi ?? 0);
	if (spec.pod) return podValue(day, spec.pod as Parameters<typeof podValue>[1]);
	return dayValue(day);
}

export function resolve(spec: Spec, c: AnchorCtx): Resolved {
	const r = resolveSpec(spec, c);
	if (!c.boilerplate && r.granularity === 'part-of-day') noteScene(c, r.value);
	return r;
}

/** Evening and night are one scene: `ce soir-là` after `la nuit du 14 au 15 mars`. */
const SCENE_OF: Partial<Record<string, Pod>> = { MO: 'MO', AF: 'AF', EV: 'NI', NI: 'NI' };

function noteScene(c: AnchorCtx, value: string): void {
	const m = /^(\d{4})-(\d\d)-(\d\d)T([A-Z]{2})$/.exec(value);
	const pod = m ? SCENE_OF[m[4]] : undefined;
	if (m && pod) c.ref.scenes = { ...c.ref.scenes, [pod]: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } };
}

/**
 * `ce soir-là`, `that night`, `ce jour-là`: a distal demonstrative points back into the story, never to today.
 * The day the story is on when it was just named; else, for a part of the day, the last day that part was
 * named on (`tué dans la nuit du 14 au 15 mars … Le procès s'était ouvert le 17 novembre … Ce soir-là, les deux
 * hommes avaient dîné`); else the story's last day, however far back.
 */
function thatDay(c: AnchorCtx, pod: Pod | undefined): { day: Ymd; fromRef: boolean } {
	const live = refDay(c);
	if (live.fromRef) return live;
	const scene = pod ? c.ref.scenes[SCENE_OF[pod] ?? pod] : undefined;
	if (scene) return { day: scene, fromRef: true };
	return c.ref.day ? { day: c.ref.day, fromRef: true } : live;
}

function resolveSpec(spec: Spec, c: AnchorCtx): Resolved {
	const dct = c.dct;
	const dctS = fmtDay(dct);
	const t = c.tense;
	switch (spec.k) {
		case 'cal': {
			const { y, m, d, wd } = spec;
			if (m !== undefined && d !== undefined) {
				if (y !== undefined) {
					if (!validDay(y, m, d)) return unresolvedAs('XXXX-XX-XX', 'date that does not exist');
					const day = { y, m, d };
					setPeriod(c, 'year', y);
					setDay(c, day);
					setYear(c, y, true);
					return done(withTime(day, spec), res('absolute', null, null, 'date as written'));
				}
				const w = spec.dir === 'last' || spec.dir === 'next' ? spec.dir : way(t);
				const story = spec.dir ? null : narrativeYear(c, (yr) => validDay(yr, m, d) && (wd === undefined || weekday({ y: yr, m, d }) === wd));
				if (story !== null) {
					const day = { y: story, m, d };
					setDay(c, day);
					return done(withTime(day, spec), res('reference', String(story), t, `${MONTH_EN[m]} ${d} of ${story}, the year the story went back to`));
				}
				const yy = pickYearForDay(dct, m, d, w, wd);
				if (!validDay(yy, m, d)) return unresolvedAs('XXXX-XX-XX', 'date that does not exist');
				const day = { y: yy, m, d };
				setDay(c, day);
				const side = dayNum(yy, m, d) <= dayNum(dct.y, dct.m, dct.d) ? 'past' : 'future';
				return done(withTime(day, spec), res('dct', dctS, spec.dir ? null : t, `${MONTH_EN[m]} ${d}: ${choiceNote(side, w, t)}`));
			}
			if (m !== undefined) {
				if (y !== undefined) {
					setYear(c, y, true);
					setPeriod(c, 'month', y, m);
					return done(monthValue(y, m), res('absolute', null, null, 'month as written'));
				}
				const w = spec.dir === 'last' || spec.dir === 'next' ? spec.dir : way(t);
				const story = spec.dir ? null : narrativeYear(c, () => true);
				if (story !== null) return done(monthValue(story, m), res('reference', String(story), t, `${MONTH_EN[m]} ${story}, the year the story went back to`));
				const yy = pickYearForMonth(dct, m, w);
				setPeriod(c, 'month', yy, m);
				const side = yy * 12 + m <= dct.y * 12 + dct.m ? 'past' : 'future';
				return done(monthValue(yy, m), res('dct', dctS, spec.dir ? null : t, `${MONTH_EN[m]} ${yy}: ${choiceNote(side, w, t)}`));
			}
			if (wd !== undefined) {
				const live = refDay(c);
				if (spec.dir === 'same' && live.fromRef) {
					return done(withTime(live.day, spec), res('reference', fmtDay(live.day), null, 'the day the story is talking about'));
				}
				const w: Way | 'last' | 'next' = spec.dir === 'last' || spec.dir === 'next' ? spec.dir : spec.dir === 'this' ? 'nearest' : way(t);
				const day = pickWeekday(dct, wd, w);
				setDay(c, day);
				const v = withTime(day, spec);
				const same = fmtDay(day) === dctS;
				return done(v, res('dct', dctS, spec.dir ? null : t, same ? `${WEEKDAY_EN[wd]}: the publication date itself` : `${WEEKDAY_EN[wd]} ${wayNote(w, t)}`));
			}
			if (y !== undefined) {
				// A bare year is no scene to go back to (`the highest since 1981`, `lost money in 1996`).
				setYear(c, y);
				setPeriod(c, 'year', y);
				if (spec.fy) return done(fiscalYearValue(y), res('absolute', null, null, 'fiscal year as written'));
				return done(yearValue(y), res('absolute', null, null, 'year as written'));
			}
			return unresolvedAs('XXXX', 'no calendar field');
		}
		case 'rel': {
			const live = spec.that ? thatDay(c, spec.pod) : spec.base === 'ref' ? refDay(c) : { day: dct, fromRef: false };
			// `two days later` with no day named just before: later than what the text does not say.
			if (spec.strict && !live.fromRef) return unresolvedAs('XXXX-XX-XX', 'relative to a day the text does not give');
			// `Cette nuit, des frappes ont touché Kiev`: a night told in the past is the one just gone.
			if (spec.lastNightIfPast && way(t) === 'past') {
				const night = addDays(live.day, spec.days - 1);
				return done(withTime(night, spec), res('dct', fmtDay(live.day), t, 'the night before the publication date (past tense)'));
			}
			const day = addDays(live.day, spec.days);
			setDay(c, day);
			const rel = spec.days === 0 ? 'the same day as' : spec.days === -1 ? 'the day before' : spec.days === 1 ? 'the day after' : `${Math.abs(spec.days)} days ${spec.days < 0 ? 'before' : 'after'}`;
			const what = live.fromRef ? `the date the story is talking about (${fmtDay(live.day)})` : 'the publication date';
			return done(withTime(day, spec), res(live.fromRef ? 'reference' : 'dct', fmtDay(live.day), null, `${rel} ${what}`));
		}
		case 'clock': {
			resumeStory(c);
			const live = refDay(c, REF_REACH_CLOCK);
			// A day named with the time (`at 11 p.m. on Tuesday`, in the same sentence) is kept as said
			// (read before `touch` carries the reference into this sentence).
			const named = !!c.dayHint || (c.ref.day !== null && c.ref.daySentence === c.sentence);
			touch(c, live.fromRef);
			const day = named ? live.day : lateClockDay(live.day, dct, spec.h, way(t) === 'past');
			// The story is now on the evening before: the clocks and parts of day after it are that evening's.
			if (day !== live.day) setDay(c, day);
			const v = timeValue(day, spec.h, spec.mi);
			const note = live.fromRef ? `clock time on the day the story is talking about (${fmtDay(live.day)})` : 'clock time on the publication date';
			return done(v, res(live.fromRef ? 'reference' : 'dct', fmtDay(live.day), null, spec.zone && spec.zone !== 'local' ? `${note}, ${spec.zone}` : note), spec.zone && spec.zone !== 'local' ? spec.zone : null);
		}
		case 'pod': {
			resumeStory(c);
			const live = refDay(c, REF_REACH_CLOCK);
			touch(c, live.fromRef);
			// `flew overnight and landed on Friday morning`, told on Friday: the
			// night that ended on the publication day, not the one to come.
			if (spec.overnight && way(t) === 'past' && sameDay(live.day, dct)) {
				return done(podValue(addDays(dct, -1), spec.pod), res('dct', fmtDay(dct), t, 'the night that ended on the publication day (past tense)'));
			}
			return done(podValue(live.day, spec.pod), res(live.fromRef ? 'reference' : 'dct', fmtDay(live.day), null, live.fromRef ? 'part of the day the story is talking about' : 'part of the publication day'));
		}
		case 'unit': {
			const live = spec.base === 'ref' && c.ref.year !== null ? { y: c.ref.year, day: c.ref.day } : null;
			if (spec.base === 'ref' && !live) return unresolvedAs('XXXX', 'relative to a date the text does not give');
			const base: Ymd = live ? (live.day && live.day.y === live.y ? live.day : { y: live.y, m: 7, d: 1 }) : dct;
			const baseS = fmtDay(base);
			const anchor: TimexResolution['anchor'] = live ? 'reference' : 'dct';
			const off = spec.off;
			const of = live ? `the date the story is talking about (${baseS})` : 'the publication date';
			switch (spec.unit) {
				case 'week': {
					const wk = isoWeek(addDays(base, 7 * off));
					return done(weekValue(wk.y, wk.w), res(anchor, baseS, null, unitNote('week', off, of)));
				}
				case 'weekend': {
					let k = off;
					// A weekday story's plain "weekend" is the one just past when told in the past tense.
					if (off === 0 && weekday(base) < 6 && t === 'past') k = -1;
					if (off === -1 && weekday(base) >= 6) k = -1;
					const wk = isoWeek(addDays(base, 7 * k));
					return done(weekendValue(wk.y, wk.w), res(anchor, baseS, k === off ? null : t, `${k === 0 ? 'this' : k < 0 ? 'previous' : 'next'} weekend from ${of}`));
				}
				case 'month': {
					const idx = base.y * 12 + (base.m - 1) + off;
					setPeriod(c, 'month', Math.floor(idx / 12), (idx % 12) + 1);
					return done(monthValue(Math.floor(idx / 12), (idx % 12) + 1), res(anchor, baseS, null, unitNote('month', off, of)));
				}
				case 'quarter': {
					const idx = base.y * 4 + Math.floor((base.m - 1) / 3) + off;
					setPeriod(c, 'quarter', Math.floor(idx / 4), (idx % 4) + 1);
					return done(quarterValue(Math.floor(idx / 4), (idx % 4) + 1), res(anchor, baseS, null, unitNote('quarter', off, of)));
				}
				case 'half': {
					const idx = base.y * 2 + (base.m > 6 ? 1 : 0) + off;
					setPeriod(c, 'half', Math.floor(idx / 2), (idx % 2) + 1);
					return done(halfValue(Math.floor(idx / 2), ((idx % 2) + 1) as 1 | 2), res(anchor, baseS, null, unitNote('half-year', off, of)));
				}
				case 'year': {
					const y = base.y + off;
					if (off !== 0) setYear(c, y);
					setPeriod(c, 'year', y);
					return done(yearValue(y), res(anchor, baseS, null, unitNote('year', off, of)));
				}
			}
			return unresolvedAs('XXXX', 'unknown unit');
		}
		case 'ago': {
			const n = spec.n;
			const abs = Math.abs(n);
			const dir = n < 0 ? 'before' : 'after';
			const note = `${abs} ${spec.unit}${abs === 1 ? '' : 's'} ${dir} the publication date`;
			const r = res('dct', dctS, null, note);
			switch (spec.unit) {
				case 'year': {
					if (!Number.isInteger(n)) break;
					// `up from $35.8 million a year ago` after `the first quarter`: that quarter, a year back.
					const p = c.ref.period;
					if (p && p.sentence === c.sentence && (p.unit === 'quarter' || p.unit === 'half')) {
						return done(periodValue({ ...p, y: p.y + n }), res('reference', periodValue(p).value, null, `${abs} year${abs === 1 ? '' : 's'} before the period the sentence is about`));
					}
					setYear(c, dct.y + n);
					return done(yearValue(dct.y + n), r);
				}
				case 'decade':
					return done(spelled(c, decadeValue(Math.floor((dct.y + 10 * n) / 10))), r);
				case 'century':
					return done(spelled(c, centuryValue(Math.floor((dct.y + 100 * n) / 100))), r);
				case 'month': {
					if (!Number.isInteger(n)) break;
					const idx = dct.y * 12 + (dct.m - 1) + n;
					return done(monthValue(Math.floor(idx / 12), (idx % 12) + 1), r);
				}
				case 'week': {
					if (!Number.isInteger(n)) break;
					const wk = isoWeek(addDays(dct, 7 * n));
					return done(weekValue(wk.y, wk.w), r);
				}
				case 'day':
					if (!Number.isInteger(n)) break;
					return done(dayValue(addDays(dct, n)), r);
				default:
					break;
			}
			return done(durationValue(abs, spec.unit), res('none', null, null, `${note}; kept as a duration`));
		}
		case 'quarter': {
			let y = spec.y;
			let r: TimexResolution;
			if (y === undefined) {
				const per = spec.half ? 2 : 4;
				const cur = spec.half ? (dct.m > 6 ? 2 : 1) : Math.ceil(dct.m / 3);
				const w = way(t);
				// As for months: the nearest one, the tense weighing in (`fourth-quarter growth will be
				// released` in January is the quarter just ended), ties to the publication year.
				const cost = (yy: number) => {
					const diff = (yy - dct.y) * per + spec.q - cur;
					const against = (w === 'past' && diff > 0) || (w === 'future' && diff < 0) ? AGAINST_TENSE_PERIODS : 0;
					return Math.abs(diff) + against + (yy === dct.y ? -0.1 : 0);
				};
				y = pick([dct.y - 1, dct.y, dct.y + 1], [dct.y], cost);
				r = res('dct', dctS, t, `${spec.half ? 'half-year' : 'quarter'} ${wayNote(w, t)}`);
			} else r = res('absolute', null, null, `${spec.half ? 'half-year' : 'quarter'} as written`);
			setPeriod(c, spec.half ? 'half' : 'quarter', y, spec.q);
			return done(spec.half ? halfValue(y, spec.q as 1 | 2) : quarterValue(y, spec.q), r);
		}
		case 'season': {
			if (spec.y !== undefined) {
				setYear(c, spec.y, true);
				return done(seasonValue(spec.y, spec.s), res('absolute', null, null, 'season as written'));
			}
			if (spec.shift !== undefined) {
				if (c.ref.year === null) return unresolvedAs('XXXX', 'relative to a year the text does not give');
				const base = c.ref.year;
				setYear(c, base + spec.shift);
				return done(seasonValue(base + spec.shift, spec.s), res('reference', String(base), null, `the ${spec.shift > 0 ? 'following' : 'previous'} season from the year the story is on (${base})`));
			}
			const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[spec.s];
			// The season the publication date is in (January is last year's winter).
			const curSeasonYear = dct.m <= 2 ? dct.y - 1 : dct.y;
			const curStart = dct.m <= 2 ? 12 : dct.m - ((dct.m - 3) % 3);
			const w: Way | 'last' | 'next' = spec.dir === 'last' || spec.dir === 'next' ? spec.dir : spec.dir === 'this' ? 'nearest' : way(t);
			let y = curSeasonYear;
			if (start !== curStart) {
				const after = start > curStart ? curSeasonYear : curSeasonYear + 1;
				const before = start < curStart ? curSeasonYear : curSeasonYear - 1;
				y = w === 'past' || w === 'last' ? before : w === 'future' || w === 'next' ? after : thisSeasonYear(spec.s, dct, way(t));
			} else if (w === 'last') y = curSeasonYear - 1;
			else if (w === 'next') y = curSeasonYear + 1;
			return done(seasonValue(y, spec.s), res('dct', dctS, spec.dir ? null : t, `season ${wayNote(w, t)}`));
		}
		case 'decade':
			return done(spelled(c, decadeValue(spec.dec)), res('absolute', null, null, 'decade as written'));
		case 'century':
			return done(spelled(c, centuryValue(spec.c)), res('absolute', null, null, 'century as written'));
		case 'thisQuarter': {
			const p = c.ref.period;
			const live = p && p.unit === 'quarter' && c.sentence - p.sentence <= REF_REACH_DAY ? { y: p.y, q: p.n } : null;
			const q = live ?? reportedQuarter(dct, t);
			setPeriod(c, 'quarter', q.y, q.q);
			const note = live ? 'the quarter the story is talking about' : t === 'past' ? 'the last quarter finished at the publication date (past tense)' : 'the quarter of the publication date';
			return done(quarterValue(q.y, q.q), res(live ? 'reference' : 'dct', live ? null : dctS, live ? null : t, note));
		}
		case 'yearShift': {
			const p = c.ref.period;
			const abs = Math.abs(spec.n);
			const how = `${abs} year${abs === 1 ? '' : 's'} ${spec.n < 0 ? 'before' : 'after'}`;
			if (spec.quarter) {
				const q = c.ref.quarter ?? reportedQuarter(dct, t);
				return done(quarterValue(q.y + spec.n, q.q), res(c.ref.quarter ? 'reference' : 'dct', c.ref.quarter ? null : dctS, null, `${how} the quarter the story is talking about`));
			}
			// `a year earlier` after a quarter or a half is that period a year before
			// (results); after a month or a day, `two years later` is a year.
			if (p && c.sentence - p.sentence <= REF_REACH_DAY && p.unit !== 'month') {
				if (!c.boilerplate) c.ref.shiftedYear = { y: p.y + spec.n, sentence: c.sentence };
				return done(periodValue({ ...p, y: p.y + spec.n }), res('reference', periodValue(p).value, null, `${how} the period the story is talking about`));
			}
			const y = (c.ref.year ?? dct.y) + spec.n;
			if (!c.boilerplate) c.ref.shiftedYear = { y, sentence: c.sentence };
			return done(yearValue(y), res(c.ref.year !== null ? 'reference' : 'dct', String(c.ref.year ?? dct.y), null, `${how} the year the story is talking about`));
		}
		case 'dur':
			return done(durationValue(spec.n, spec.unit), res('none', null, null, spec.n === null ? 'a duration of unstated length' : 'a duration'));
		case 'set':
			return done(setValue(spec.value), res('none', null, null, 'a repeating time'));
		case 'ref': {
			const v = refValue(spec.value);
			const note = spec.value === 'PRESENT_REF' ? 'the present, as of the publication date' : spec.value === 'PAST_REF' ? 'some time in the past' : 'some time in the future';
			return done(v, res('none', null, null, note));
		}
	}
}

function unresolvedAs(value: string, why: string): Resolved {
	return {
		value,
		type: 'DATE',
		granularity: 'day',
		interval: null,
		zone: null,
		unresolved: true,
		resolution: { anchor: 'none', anchorValue: null, tense: null, note: `could not be placed on the calendar: ${why}` }
	};
}

export function newReference(): Reference {
	return { day: null, daySentence: -100, year: null, yearSentence: -100, writtenYear: null, period: null, quarter: null, scenes: {}, beforeAside: null, shiftedYear: null };
}

/** Decades and centuries in the spelling of the article's language's TimeBank. */
function spelled(c: AnchorCtx, v: Valued): Valued {
	return c.lang === 'en' ? withoutOpenDigits(v) : v;
}

