import type { Lexicon } from './lexicon';

const NUMBERS: Record<string, number> = {
	zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
	ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
	eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
	eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12
};

export const EN: Lexicon = {
	months: {
		january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
		october: 10, november: 11, december: 12,
		jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12
	},
	ambiguousMonths: new Set(['may', 'march', 'mar', 'jan', 'jun', 'aug', 'dec', 'oct', 'nov', 'sep', 'sept', 'apr', 'jul', 'feb']),
	weekdays: {
		monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7
	},
	weekdayPlurals: { mondays: 1, tuesdays: 2, wednesdays: 3, thursdays: 4, fridays: 5, saturdays: 6, sundays: 7 },
	pods: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', noon: 'MI' },
	numbers: NUMBERS,
	vague: new Set(['several', 'few', 'many', 'some']),
	units: {
		second: 'second', seconds: 'second', sec: 'second', secs: 'second',
		minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
		hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
		day: 'day', days: 'day',
		week: 'week', weeks: 'week',
		month: 'month', months: 'month',
		quarter: 'quarter', quarters: 'quarter',
		year: 'year', years: 'year',
		decade: 'decade', decades: 'decade',
		century: 'century', centuries: 'century'
	},
	refWords: {
		// `now` is TimeBank's most frequent PRESENT_REF (`is now about 7 percent`, `Now the people want…`).
		now: 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
		recently: 'PAST_REF', formerly: 'PAST_REF', previously: 'PAST_REF', lately: 'PAST_REF',
		soon: 'FUTURE_REF'
	},
	last: new Set(['last']),
	next: new Set(['next']),
	this: new Set(['this']),
	agePrefix: new Set(['aged', 'age']),
	personNouns: new Set([]),
	possessives: new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']),
	durationCue: new Set(['for', 'during', 'over', 'about', 'nearly', 'almost', 'than']),
	yearCue: new Set(['in', 'since', 'of', 'by', 'until', 'till', 'before', 'after', 'from', 'to', 'and', 'early', 'late', 'mid', 'around', 'between', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall']),
	countNouns: new Set(['people', 'dollars', 'euros', 'km', 'miles', 'kilometers', 'metres', 'meters', 'tons', 'troops', 'soldiers', 'jobs', 'votes', 'points', 'feet', 'buildings', 'homes', 'residents']),
	every: new Set(['every', 'each']),
	setAdjectives: {
		annual: 'P1Y', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', hourly: 'PT1H'
	},
	seasons: { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' },
	ordinals: { st: 0, nd: 0, rd: 0, th: 0, first: 1, second: 2, third: 3, fourth: 4 },
	mods: { early: 'START', late: 'END', mid: 'MID', end: 'END', beginning: 'START', start: 'START', middle: 'MID' },
	holidays: { christmas: [12, 25], halloween: [10, 31] },
	zones: { gmt: 'GMT', utc: 'UTC', local: 'local', et: 'ET', est: 'EST', edt: 'EDT', pst: 'PST', pdt: 'PDT', bst: 'BST', cet: 'CET' }
};
