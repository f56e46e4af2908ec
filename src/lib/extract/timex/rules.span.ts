/** Lengths, repetitions and references: `trois ans`, `des décennies`, `chaque année`, `à l'heure actuelle`, `il y a 75 ans`. */
import type { Lang } from '$lib/model';
import type { Unit } from './lexicon';
import { elided, isNum, isWord, pluralUnit, podAt, readNum, unitAt, w, type Rule, type RuleCtx } from './match';

// ----------------------------------------------------------------- ago, in, durations

export const TIME_MEASURE_FR = new Set(['terme', 'issue', 'plus', 'moins', 'près', 'peine', 'peines', 'durée', 'période', 'délai', 'bout', 'cours', 'espace', 'total', 'mandat', 'absence', 'carrière', 'contrat', 'prison', 'réclusion', 'détention', 'emprisonnement', 'sursis', 'travaux', 'programme', 'plan', 'moratoire', 'exil', 'ferme', 'lors']);

export function ageContext(c: RuleCtx, a: number, b: number): boolean {
	const p1 = w(c, a - 1);
	const p2 = w(c, a - 2);
	const n1 = w(c, b);
	if (c.L.agePrefix.has(p1) || (p1 === 'de' && c.L.agePrefix.has(p2))) return true;
	if (c.L.possessives.has(p1)) return true;
	if (p1 === 'de' && c.L.personNouns.has(p2)) return true;
	// `un chauffeur de 38 ans`, `une fillette de 6 ans`: `de N ans` after a noun is an age,
	// unless the noun measures time (`plus de`, `une peine de`, `une période de`).
	if (c.lang === 'fr' && p1 === 'de' && isWord(c, a - 2) && !TIME_MEASURE_FR.has(p2) && (isNum(c, a) || c.L.personNouns.has(p2))) return true;
	// `les moins de 17 ans`: an age group.
	if (p1 === 'de' && (p2 === 'moins' || p2 === 'plus') && (w(c, a - 3) === 'les' || w(c, a - 3) === 'des' || w(c, a - 3) === 'aux')) return true;
	// `les 6-16 ans`: an age bracket.
	if (p1 === '-' && isNum(c, a - 2)) return true;
	if (c.lang === 'fr' && (p1 === 'a' || p1 === 'avait' || p1 === 'aura' || p1 === 'ont' || p1 === 'avaient')) return true;
	if ((p1 === ',' || p1 === '(') && (n1 === ',' || n1 === ')' || n1 === '.')) return true;
	if (n1 === 'old' || (n1 === '-' && w(c, b + 1) === 'old')) return true;
	return false;
}

/** Adjectives that may sit between a count and its unit (`11 straight weeks`). */
const COUNT_ADJECTIVES = new Set(['straight', 'consecutive', 'full', 'successive', 'whole']);

/** Nouns that are a fixed length of time by themselves. */
export const WORD_DURATIONS: Record<Lang, Record<string, [number, Unit]>> = {
	fr: { quinquennat: [5, 'year'], septennat: [7, 'year'], quinquennats: [5, 'year'], septennats: [7, 'year'], bimestre: [2, 'month'] },
	en: { fortnight: [2, 'week'] }
};

/** `trois ans`, `30,4 secondes`, `three-month`, `environ une heure`; also `il y a 75 ans`, `two years ago`. */
export const ruleDuration: Rule = (c, i) => {
	const T = c.T;
	let j = i;
	const x = w(c, i);
	let ago = false;
	let future = false;
	if (c.lang === 'fr' && x === 'il' && w(c, i + 1) === 'y' && w(c, i + 2) === 'a') {
		ago = true;
		j = i + 3;
		if (w(c, j) === 'peu' || w(c, j) === 'longtemps') return { a: i, b: j + 1, spec: { k: 'ref', value: 'PAST_REF' }, mod: null };
		if (w(c, j) === 'environ' || w(c, j) === 'près' && w(c, j + 1) === 'de' || w(c, j) === 'plus' && w(c, j + 1) === 'de') j += w(c, j) === 'environ' ? 1 : 2;
	} else if (c.lang === 'fr' && x === 'dans' && (readNum(c, i + 1)?.digits === false || isNum(c, i + 1))) {
		future = true;
		j = i + 1;
	} else if (x === 'environ' || x === 'about' || x === 'around' || x === 'approximately') j = i + 1;
	else if (x === 'un' && w(c, i + 1) === 'quart' && w(c, i + 2) === 'de' && (w(c, i + 3) === 'siècle' || w(c, i + 3) === 'heure')) {
		const u: Unit = w(c, i + 3) === 'siècle' ? 'year' : 'minute';
		return { a: i, b: i + 4, spec: { k: 'dur', n: u === 'year' ? 25 : 15, unit: u }, mod: null };
	} else if ((x === 'une' || x === 'un') && w(c, i + 1) === 'demi' && w(c, i + 2) === '-') {
		const u = unitAt(c, i + 3, false);
		if (u === 'hour') return { a: i, b: i + 4, spec: { k: 'dur', n: 30, unit: 'minute' }, mod: null };
		if (u === 'day' || u === 'year' || u === 'month') return { a: i, b: i + 4, spec: { k: 'dur', n: u === 'day' ? 12 : u === 'year' ? 6 : 15, unit: u === 'day' ? 'hour' : u === 'year' ? 'month' : 'day' }, mod: null };
		return null;
	} else if (c.lang === 'en' && x === 'the' && (w(c, i + 1) === 'past' || w(c, i + 1) === 'last' || w(c, i + 1) === 'next' || w(c, i + 1) === 'coming')) {
		// `the past week`, `the last two years`: a span reaching back to now;
		// `the next 18 months`, `the next decade`: one reaching forward (`the next day` is a date).
		const n0 = readNum(c, i + 2);
		const k0 = n0 ? n0.b : i + 2;
		const u0 = unitAt(c, k0, n0?.digits ?? false);
		if (!u0 || u0 === 'second' || (!n0 && pluralUnit(w(c, k0), 'en')) || w(c, k0 + 1) === 'of') return null;
		const ahead = w(c, i + 1) === 'next' || w(c, i + 1) === 'coming';
		if (ahead && !n0 && u0 !== 'decade' && u0 !== 'century') return null;
		return { a: i, b: k0 + 1, spec: { k: 'dur', n: n0 ? n0.v : 1, unit: u0 }, mod: null };
	} else if (x === 'half' && (w(c, i + 1) === 'an' || w(c, i + 1) === 'a') && unitAt(c, i + 2, false) === 'hour') {
		return { a: i, b: i + 3, spec: { k: 'dur', n: 30, unit: 'minute' }, mod: null };
	}
	if (isNum(c, j) && j > 0 && !c.T[j].sp && c.T[j - 1].k === 'w') return null;
	const wd = WORD_DURATIONS[c.lang][x];
	if (wd && j === i) {
		// `a fortnight ago`: a day two weeks back, as `two weeks ago` is; `a fortnight later`: two weeks on from the day the story is on.
		if (w(c, i + 1) === 'ago' && wd[1] === 'week') return { a: i, b: i + 2, spec: { k: 'ago', unit: 'day', n: -7 * wd[0] }, mod: null };
		const sh = wd[1] === 'week' ? shiftAfter(c, i + 1) : null;
		if (sh) return { a: i, b: i + 1 + sh.words, spec: { k: 'rel', base: 'ref', days: sh.dir * 7 * wd[0], strict: true }, mod: null };
		return { a: i, b: i + 1, spec: { k: 'dur', n: wd[0], unit: wd[1] }, mod: null };
	}
	const n = readNum(c, j, c.lang === 'en');
	if (!n) return null;
	let k = n.b;
	// `une dizaine d'années`, `une quinzaine de jours`.
	if (c.lang === 'fr' && !n.digits && /aine$/.test(T[n.b - 1].w)) {
		if (w(c, k) === 'de') k++;
		else if (w(c, k) === 'd' && w(c, k + 1) === "'") k += 2;
		else return null;
		// `une femme d'une trentaine d'années`: an age.
		if (w(c, j - 1) === 'une' && (w(c, j - 2) === "'" || w(c, j - 2) === 'de')) return null;
	}
	// `three-month`, `24-hour`: an adjective of duration.
	let hyphen = false;
	if (c.lang === 'en' && w(c, k) === '-' && !T[k].sp) {
		k++;
		hyphen = true;
	}
	// `11 straight weeks`, `two full days`: an adjective between the count and its unit.
	if (c.lang === 'en' && !hyphen && COUNT_ADJECTIVES.has(w(c, k)) && unitAt(c, k + 1, n.digits)) k++;
	const u = unitAt(c, k, n.digits);
	if (!u) return null;
	const uw = w(c, k);
	// `20 s'est`: an abbreviated unit is never followed by an apostrophe.
	if (uw.length <= 3 && w(c, k + 1) === "'" ) return null;
	if (u === 'second' && !n.digits && (T[j].w === 'a' || T[j].w === 'an')) return null;
	// `un jour, il partira`: some day, not a length of one day.
	if (c.lang === 'fr' && n.v === 1 && uw === 'jour' && !ago && !future && j === i && !c.L.durationCue.has(w(c, i - 1))) return null;
	if (!n.digits && (T[j].w === 'a' || T[j].w === 'an') && pluralUnit(uw, c.lang)) return null;
	// `One day, he left`, `once a day`: a story opener and a frequency, not a length.
	if (c.lang === 'en' && !n.digits && n.v === 1 && uw === 'day' && j === i && !c.L.durationCue.has(w(c, i - 1)) && w(c, i - 1) !== 'in' && w(c, i - 1) !== 'within') return null;
	if (c.lang === 'en' && (w(c, i - 1) === 'once' || w(c, i - 1) === 'twice' || w(c, i - 1) === 'per') && n.v === 1 && !n.digits) {
		return { a: i, b: k + 1, spec: { k: 'set', value: SET_UNIT[u] }, mod: null };
	}
	if (u === 'year' && !ago && ageContext(c, j, k + 1)) return null;
	if (hyphen && w(c, k + 1) === '-' && w(c, k + 2) === 'old') return null;
	const b = k + 1;
	if (ago) return { a: i, b, spec: { k: 'ago', unit: u, n: -n.v }, mod: null };
	if (future) {
		if (u === 'second' || u === 'minute' || u === 'hour') return { a: j, b, spec: { k: 'dur', n: n.v, unit: u }, mod: null };
		return { a: i, b, spec: { k: 'ago', unit: u, n: n.v }, mod: null };
	}
	if (c.lang === 'en' && w(c, b) === 'ago') return { a: i, b: b + 1, spec: { k: 'ago', unit: u, n: -n.v }, mod: null };
	// `two days later`, `a week earlier`, `deux jours plus tard`, `trois semaines après`: the day the story
	// is on, moved. Only right after a sentence that named a day (checked when anchoring).
	const shift = shiftAfter(c, b);
	// `a year earlier`, `two years later`, `un an plus tôt`, `deux ans plus tard`: the period the story is on,
	// moved by whole years.
	if (shift && u === 'year' && Number.isInteger(n.v) && !hyphen) {
		return { a: i, b: b + shift.words, spec: { k: 'yearShift', n: shift.dir * n.v }, mod: null };
	}
	// `deux mois plus tard`, `three months earlier`: the month the story is on, moved.
	if (shift && u === 'month' && Number.isInteger(n.v) && !hyphen) {
		return { a: i, b: b + shift.words, spec: { k: 'unit', unit: 'month', off: shift.dir * n.v, base: 'ref' }, mod: null };
	}
	if (shift && (u === 'day' || u === 'week') && Number.isInteger(n.v) && !hyphen) {
		return { a: i, b: b + shift.words, spec: { k: 'rel', base: 'ref', days: shift.dir * n.v * (u === 'week' ? 7 : 1), strict: true }, mod: null };
	}
	if (c.lang === 'en' && w(c, b) === 'from' && w(c, b + 1) === 'now') return { a: i, b: b + 2, spec: { k: 'ago', unit: u, n: n.v }, mod: null };
	// `un an et demi`, `two and a half years` are rare enough to read as the whole number.
	if (c.lang === 'fr' && w(c, b) === 'et' && (w(c, b + 1) === 'demi' || w(c, b + 1) === 'demie')) {
		return { a: i, b: b + 2, spec: { k: 'dur', n: n.v + 0.5, unit: u }, mod: null };
	}
	return { a: i, b, spec: { k: 'dur', n: n.v, unit: u }, mod: null };
};

/**
 * After a count of units: the way it moves (`later`/`après`: 1, `earlier`/`avant`/`auparavant`: -1) and how
 * many words say so (`plus tard`, `plus tôt`: 2), or null.
 */
function shiftAfter(c: RuleCtx, b: number): { dir: 1 | -1; words: number } | null {
	const x = w(c, b);
	if (c.lang === 'en') return comparative(c, b + 1) ? null : x === 'later' ? { dir: 1, words: 1 } : x === 'earlier' ? { dir: -1, words: 1 } : null;
	if (comparative(c, b + 2)) return null;
	if (x === 'plus' && w(c, b + 1) === 'tard') return { dir: 1, words: 2 };
	if (x === 'plus' && w(c, b + 1) === 'tôt') return { dir: -1, words: 2 };
	// `après` only before a comma or the end: `trois jours après l'attaque` is anchored on an event.
	if ((x === 'après' || x === 'avant' || x === 'auparavant') && /^[,.;]?$/.test(w(c, b + 1))) return { dir: x === 'après' ? 1 : -1, words: 1 };
	return null;
}

/**
 * `nine days later than planned`, `deux heures plus tard que prévu`: a comparison measures a delay, a
 * length of time, not a day reached by moving from the story's date.
 */
function comparative(c: RuleCtx, k: number): boolean {
	const x = w(c, k);
	return c.lang === 'en' ? x === 'than' : x === 'que' || x === 'qu';
}

/** Prepositions that make a bare plural unit a span of unknown length. */
const VAGUE_BEFORE_EN = new Set(['for', 'over', 'within', 'in']);

export const VAGUE_NEXT_OK = new Set(['par', 'là', 'de', 'd', 'à', 'et', 'avant', 'après', 'pour', 'sans', 'dans', 'en', 'durant', 'entières', 'entiers', 'sur', 'ou', 'plus', 'que', 'qui', 'encore', 'déjà', 'avec', 'chez', 'auparavant', 'plus', 'puis', 'mais']);

export const VAGUE_FR_TWO = new Set(['de nombreuses', 'de nombreux', 'ces derniers', 'ces dernières', 'ces derniers', 'les derniers', 'les dernières', 'de longues', 'de longs']);
/** Second words of VAGUE_FR_TWO: the pair is built (a new string at each `de`, `les`) only after one of them. */
const VAGUE_FR_SECOND = new Set([...VAGUE_FR_TWO].map((p) => p.split(' ')[1]));

/** `des décennies`, `plusieurs jours`, `ces derniers jours`, `several years`, `for years`. */
export const ruleVagueDuration: Rule = (c, i) => {
	const x = w(c, i);
	let j = -1;
	if (c.lang === 'fr') {
		if (x === 'des' || x === 'plusieurs' || x === 'quelques') j = i + 1;
		else if ((x === 'de' || x === 'ces' || x === 'les') && VAGUE_FR_SECOND.has(w(c, i + 1)) && VAGUE_FR_TWO.has(`${x} ${w(c, i + 1)}`)) j = i + 2;
	} else {
		if (x === 'several' || x === 'many' || (x === 'a' && w(c, i + 1) === 'few') || x === 'recent' || x === 'some') j = x === 'a' ? i + 2 : i + 1;
		// `for years`, `within days`, `in years`, `hours earlier`: some number of units.
		else if (c.L.units[x] && x.length > 3 && pluralUnit(x, 'en') && (VAGUE_BEFORE_EN.has(w(c, i - 1)) || w(c, i + 1) === 'earlier' || w(c, i + 1) === 'later') && !isNum(c, i - 1) && !c.L.numbers[w(c, i - 1)]) j = i;
		// `years ago`, `a few days ago`: some time back.
		else if (c.L.units[x] && pluralUnit(x, 'en') && w(c, i + 1) === 'ago') return { a: i, b: i + 2, spec: { k: 'ref', value: 'PAST_REF' }, mod: null };
	}
	if (j < 0) return null;
	if (c.lang === 'en' && unitAt(c, j, false) && w(c, j + 1) === 'ago') return { a: i, b: j + 2, spec: { k: 'ref', value: 'PAST_REF' }, mod: null };
	const u = unitAt(c, j, false);
	if (!u || !pluralUnit(w(c, j), c.lang)) return null;
	// `des années 60` is a decade, `des heures` after `à` is vague but fine.
	if (isNum(c, j + 1)) return null;
	if (w(c, j + 1) === '-' && w(c, j + 2) === 'lumière') return null;
	if (u === 'second' || u === 'quarter') return null;
	// `des heures scolaires`: a plural unit with a word hanging on it is a noun phrase, not a span of time.
	const nx = c.T[j + 1];
	if (x === 'des' && nx && nx.k === 'w' && !nx.cap && !VAGUE_NEXT_OK.has(nx.w)) return null;
	return { a: i, b: j + 1, spec: { k: 'dur', n: null, unit: u }, mod: null };
};

// ----------------------------------------------------------------- sets

export const SET_UNIT: Record<Unit, string> = {
	second: 'PT1S',
	minute: 'PT1M',
	hour: 'PT1H',
	day: 'P1D',
	week: 'P1W',
	month: 'P1M',
	quarter: 'P3M',
	year: 'P1Y',
	decade: 'P10Y',
	century: 'P100Y'
};

export const ruleSet: Rule = (c, i) => {
	const x = w(c, i);
	let j = -1;
	if (c.L.every.has(x)) j = i + 1;
	else if (c.lang === 'fr' && (x === 'tous' || x === 'toutes') && w(c, i + 1) === 'les') j = i + 2;
	if (j >= 0) {
		const wd = c.L.weekdays[w(c, j)] ?? c.L.weekdayPlurals[w(c, j)];
		if (wd !== undefined) {
			let b = j + 1;
			const p = podAt(c, b);
			if (p) b = p.b;
			return { a: i, b, spec: { k: 'set', value: `XXXX-WXX-${wd}` }, mod: null };
		}
		const n = readNum(c, j);
		if (n) {
			const u = unitAt(c, n.b, n.digits);
			if (u) {
				const v = SET_UNIT[u].replace('1', String(n.v));
				return { a: i, b: n.b + 1, spec: { k: 'set', value: v }, mod: null };
			}
			return null;
		}
		const u = unitAt(c, j, false);
		if (u) return { a: i, b: j + 1, spec: { k: 'set', value: SET_UNIT[u] }, mod: null };
		// `every summer`: TIMEX3 `XXXX-SU`.
		const season = c.L.seasons[w(c, j)];
		if (season && isWord(c, j)) return { a: i, b: j + 1, spec: { k: 'set', value: `XXXX-${season}` }, mod: null };
		const p = podAt(c, j);
		if (p && p.pod !== 'MI') return { a: i, b: p.b, spec: { k: 'set', value: `XXXX-XX-XXT${p.pod}` }, mod: null };
		return null;
	}
	// `35 heures par semaine`, `twice per year`: the unit after `par`/`per` is the frequency.
	const pu = (w(c, i - 1) === 'par' || w(c, i - 1) === 'per') && (x === 'mois' || !pluralUnit(x, c.lang)) ? unitAt(c, i, false) : null;
	if (pu && pu !== 'second') return { a: i, b: i + 1, spec: { k: 'set', value: SET_UNIT[pu] }, mod: null };
	const adj = c.L.setAdjectives[x];
	if (adj && isWord(c, i)) {
		// `semestre` alone is a set in the TimeBank (`par semestre`); keep it only after `par`/`chaque`.
		if (x === 'semestre' && w(c, i - 1) !== 'par') return null;
		return { a: i, b: i + 1, spec: { k: 'set', value: adj }, mod: null };
	}
	return null;
};

// ----------------------------------------------------------------- references

export const ruleRef: Rule = (c, i) => {
	const x = w(c, i);
	const r = c.L.refWords[x];
	if (r && isWord(c, i)) {
		// `the now-defunct plant`: an adjective, not the present.
		if (x === 'now' && w(c, i + 1) === '-' && !c.T[i + 1].sp) return null;
		// `actuel` only as an adjective after a noun (`le président actuel`), not `l'actuel président`.
		if (/^actuel/.test(x) && (w(c, i - 1) === "'" || w(c, i - 1) === 'l')) return null;
		return { a: i, b: i + 1, spec: { k: 'ref', value: r }, mod: null };
	}
	if (c.lang === 'fr') {
		// `à l'heure actuelle`, `à l'époque`, `à l'avenir`, `à présent`
		if (x === 'à' || x === 'a') {
			if (elided(c, i + 1, 'l')) {
				const y = w(c, i + 3);
				if (y === 'heure' && (w(c, i + 4) === 'actuelle' || w(c, i + 4) === 'qu')) {
					const b = w(c, i + 4) === 'qu' ? (w(c, i + 6) === 'il' ? i + 7 : i + 5) : i + 5;
					return { a: i, b, spec: { k: 'ref', value: 'PRESENT_REF' }, mod: null };
				}
				if (y === 'époque' && !['de', 'du', 'des', 'd', 'où', 'romaine', 'soviétique', 'médiévale', 'coloniale', 'napoléonienne'].includes(w(c, i + 4))) return { a: i, b: i + 4, spec: { k: 'ref', value: 'PAST_REF' }, mod: null };
			}
			if (w(c, i + 1) === 'présent' && x === 'à') return { a: i, b: i + 2, spec: { k: 'ref', value: 'PRESENT_REF' }, mod: null };
			return null;
		}
		if ((x === 'dans' || x === 'par') && w(c, i + 1) === 'le' && w(c, i + 2) === 'passé') return { a: i, b: i + 3, spec: { k: 'ref', value: 'PAST_REF' }, mod: null };
		if (x === 'de' && w(c, i + 1) === 'nos' && w(c, i + 2) === 'jours') return { a: i, b: i + 3, spec: { k: 'ref', value: 'PRESENT_REF' }, mod: null };
		if (x === 'en' && w(c, i + 1) === 'ce' && w(c, i + 2) === 'moment') return { a: i, b: i + 3, spec: { k: 'ref', value: 'PRESENT_REF' }, mod: null };
		if (x === 'pour' && (w(c, i + 1) === 'le' && w(c, i + 2) === 'moment' || elided(c, i + 1, 'l') && w(c, i + 3) === 'instant')) return { a: i, b: w(c, i + 1) === 'le' ? i + 3 : i + 4, spec: { k: 'ref', value: 'PRESENT_REF' }, mod: null };
		if (x === 'ces' && w(c, i + 1) === 'jours' && w(c, i + 2) === '-' && w(c, i + 3) === 'ci') return { a: i, b: i + 4, spec: { k: 'ref', value: 'PRESENT_REF' }, mod: null };
		// `les prochains jours`, `les semaines à venir`
		if ((x === 'les' || x === 'ces') && (w(c, i + 1) === 'prochains' || w(c, i + 1) === 'prochaines')) {
			const u = unitAt(c, i + 2, false);
			if (u && u !== 'second') return { a: i, b: i + 3, spec: { k: 'ref', value: 'FUTURE_REF' }, mod: null };
		}
		if (x === 'les') {
			const u = unitAt(c, i + 1, false);
			if (u && w(c, i + 2) === 'à' && w(c, i + 3) === 'venir') return { a: i, b: i + 4, spec: { k: 'ref', value: 'FUTURE_REF' }, mod: null };
		}
		return null;
	}
	if (x === 'the' && (w(c, i + 1) === 'coming' || w(c, i + 1) === 'next' && pluralUnit(w(c, i + 2), 'en') && !isNum(c, i + 2))) {
		const u = unitAt(c, i + 2, false);
		if (u && pluralUnit(w(c, i + 2), 'en')) return { a: i, b: i + 3, spec: { k: 'ref', value: 'FUTURE_REF' }, mod: null };
	}
	if (x === 'in' && w(c, i + 1) === 'the' && (w(c, i + 2) === 'past' || w(c, i + 2) === 'future') && !isWord(c, i + 3) ) {
		return { a: i, b: i + 3, spec: { k: 'ref', value: w(c, i + 2) === 'past' ? 'PAST_REF' : 'FUTURE_REF' }, mod: null };
	}
	if (x === 'at' && w(c, i + 1) === 'the' && w(c, i + 2) === 'moment') return { a: i, b: i + 3, spec: { k: 'ref', value: 'PRESENT_REF' }, mod: null };
	if (x === 'these' && w(c, i + 1) === 'days') return { a: i, b: i + 2, spec: { k: 'ref', value: 'PRESENT_REF' }, mod: null };
	return null;
};
