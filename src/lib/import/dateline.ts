/**
 * Proposes an article's publication date from its text: the dateline that
 * agencies and papers put before the first sentence (`SÉOUL, 13 septembre
 * (Reuters) -`, `WASHINGTON, Sept 13 (Reuters) -`), a publication stamp
 * (`Publié le 12/09/2023 à 10h05`, `Published Sept. 13, 2023`) or a line
 * holding only a date (`13 September 2023`). Only those places are read: a
 * date inside a sentence is what the article talks about, not when it was
 * written, so every pattern is anchored at the start of a line.
 */
import { MONTH_PATTERN, monthNumber } from './months';

export interface DateProposal {
	/** `YYYY-MM-DD`. */
	dct: string;
	/** Where it was found, said for the user: `the dateline “SÉOUL, 13 septembre (Reuters) -”`. */
	source: string;
	/** Set when the text gave no year and one was chosen: says which and why. */
	yearNote?: string;
}

export interface DatelineOptions {
	/** The day the proposal is made; a date without a year is put at or before it. */
	today?: Date;
}

// Named groups cannot repeat in Node 20, so each word order has its own names.
const month = (n: number) => `(?<month${n}>${MONTH_PATTERN})(?!\\p{L})\\.?`;
const day = (n: number) => `(?<day${n}>[0-3]?\\d)(?:er|st|nd|rd|th)?`;
const year = (n: number) => `(?<year${n}>(?:19|20)\\d\\d)`;
const WEEKDAY =
	'(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+)?';
/** `13 septembre 2023`, `13 September`, `Sept. 13, 2023`, `Sept 13`. */
const WORD_DATE = `${WEEKDAY}(?:${day(1)}\\s+${month(1)}(?:,?\\s+${year(1)})?|${month(2)}\\s+${day(2)}(?:,?\\s+${year(2)})?)`;
/** `12/09/2023`, `12.09.2023`, `2023-09-12`. */
const NUMERIC_DATE = `(?:(?<n1>[0-3]?\\d)[/.](?<n2>[01]?\\d)[/.](?<ny>(?:19|20)\\d\\d)|(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d))`;
const ANY_DATE = `(?:${WORD_DATE}|${NUMERIC_DATE})`;

/** Capitals, spaces, hyphens, dots, apostrophes: `SÉOUL`, `NEW YORK`, `SAINT-PÉTERSBOURG`, `ST. LOUIS`. */
const PLACE = `\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu}\\.?(?:\\s*\\([^)\\n]{1,40}\\))?(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?`;
const AGENCY = `(?<agency>\\s*\\([^)\\n]{1,40}\\))?`;
const DASH = `\\s*[-–—]`;

interface Pattern {
	re: RegExp;
	kind: 'dateline' | 'stamp' | 'date line';
	/** A numeric date is day first unless the stamp is English. */
	monthFirst?: boolean;
}

const PATTERNS: Pattern[] = [
	{ re: new RegExp(`^\\s*(?<place>${PLACE}),\\s+${ANY_DATE}${AGENCY}${DASH}`, 'imu'), kind: 'dateline' },
	{
		re: new RegExp(`^\\s*(?:publié|publie|paru)\\s+(?:le\\s+)?${ANY_DATE}`, 'imu'),
		kind: 'stamp'
	},
	{ re: new RegExp(`^\\s*(?:published|posted|first published)(?:\\s+on)?:?\\s+${ANY_DATE}`, 'imu'), kind: 'stamp', monthFirst: true },
	{ re: new RegExp(`^\\s*(?:mis à jour|mise à jour|modifié)\\s+(?:le\\s+)?${ANY_DATE}`, 'imu'), kind: 'stamp' },
	{ re: new RegExp(`^\\s*(?:updated|last updated)(?:\\s+on)?:?\\s+${ANY_DATE}`, 'imu'), kind: 'stamp', monthFirst: true },
	// A line that is only a date, perhaps with a clock time: `13 September 2023 10:05 GMT`.
	{
		re: new RegExp(`^[ \\t]*${ANY_DATE}(?:[ \\t]*(?:,|à|at|-)?[ \\t]*\\d{1,2}[h:.]\\d{2}(?:[ \\t]*[A-Z]{2,4})?)?[ \\t]*$`, 'imu'),
		kind: 'date line'
	}
];

/** How far into the text a dateline or stamp may sit (headline, standfirst, byline first). */
const HEAD_CHARS = 1500;
/** Stamps also sit at the foot of a page. */
const TAIL_CHARS = 600;

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

function isRealDay(y: number, m: number, d: number): boolean {
	const date = new Date(Date.UTC(y, m - 1, d));
	return m >= 1 && m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A year for a date the text gives without one. A dateline is written the
 * day the story is filed, so the year is the latest one that puts the date
 * on or before today; when the text names years itself (`en 2023`), the
 * latest of those not after today is a better guess for an old article.
 */
export function inferYear(text: string, month: number, day: number, today: Date): { year: number; note: string } {
	const thisYear = today.getUTCFullYear();
	const mentioned = [...text.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1])).filter((y) => y <= thisYear);
	if (mentioned.length > 0) {
		const year = Math.max(...mentioned);
		if (isRealDay(year, month, day)) {
			return { year, note: `The text gives no year; ${year} is the latest year the article mentions. Check it.` };
		}
	}
	const todayKey = `${thisYear}-${pad(today.getUTCMonth() + 1)}-${pad(today.getUTCDate())}`;
	let year = thisYear;
	while (year > thisYear - 8 && (`${year}-${pad(month)}-${pad(day)}` > todayKey || !isRealDay(year, month, day))) year--;
	return {
		year,
		note: `The text gives no year; ${year} puts the date on or before today. Check it.`
	};
}

function dateOf(groups: Record<string, string | undefined>, monthFirst: boolean): { y?: number; m: number; d: number } | null {
	if (groups.iy) return { y: Number(groups.iy), m: Number(groups.im), d: Number(groups.id) };
	if (groups.n1) {
		let [d, m] = [Number(groups.n1), Number(groups.n2)];
		// English stamps write the month first, unless that cannot be a date.
		if ((monthFirst && d <= 12) || m > 12) [d, m] = [m, d];
		return { y: Number(groups.ny), m, d };
	}
	const [monthWord, dayDigits, yearDigits] = groups.month1
		? [groups.month1, groups.day1, groups.year1]
		: [groups.month2, groups.day2, groups.year2];
	const m = monthWord ? monthNumber(monthWord) : undefined;
	if (!m || !dayDigits) return null;
	return { y: yearDigits ? Number(yearDigits) : undefined, m, d: Number(dayDigits) };
}

const KIND_WORDS: Record<Pattern['kind'], string> = {
	dateline: 'the dateline',
	stamp: 'the publication line',
	'date line': 'the date line'
};

/**
 * The regex runs case-insensitively for the month names, so the place is
 * checked here: datelines print it in capitals (`SÉOUL`); a capitalised
 * place (`Séoul, 13 septembre (AFP) -`) counts only with an agency after
 * the date, or `Paris, 13 septembre - …` in a sentence would match.
 */
function looksLikeDatelinePlace(place: string, hasAgency: boolean): boolean {
	const name = place.replace(/\([^)]*\)/g, '').split(',')[0].trim();
	if (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) return true;
	return hasAgency && /^\p{Lu}/u.test(name);
}

function quote(s: string): string {
	const flat = s.replace(/\s+/g, ' ').trim();
	return `“${flat.length > 70 ? flat.slice(0, 69) + '…' : flat}”`;
}

/** The publication date the text states, or null when it states none where datelines go. */
export function proposeDateFromText(text: string, options: DatelineOptions = {}): DateProposal | null {
	const today = options.today ?? new Date();
	const head = text.slice(0, HEAD_CHARS);
	const tail = text.length > HEAD_CHARS ? text.slice(-TAIL_CHARS) : '';
	for (const pattern of PATTERNS) {
		for (const region of [head, tail]) {
			const match = pattern.re.exec(region);
			if (!match?.groups) continue;
			if (pattern.kind === 'dateline' && !looksLikeDatelinePlace(match.groups.place ?? '', Boolean(match.groups.agency))) continue;
			const parts = dateOf(match.groups, pattern.monthFirst ?? false);
			if (!parts) continue;
			let yearNote: string | undefined;
			let year = parts.y;
			if (year === undefined) {
				const inferred = inferYear(text, parts.m, parts.d, today);
				year = inferred.year;
				yearNote = inferred.note;
			}
			if (!isRealDay(year, parts.m, parts.d)) continue;
			const proposal: DateProposal = {
				dct: `${year}-${pad(parts.m)}-${pad(parts.d)}`,
				source: `${KIND_WORDS[pattern.kind]} ${quote(match[0])}`
			};
			if (yearNote) proposal.yearNote = yearNote;
			return proposal;
		}
	}
	return null;
}
