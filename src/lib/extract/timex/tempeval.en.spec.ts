/**
 * English newswire expressions as TempEval-3 marks them in TimeBank: the
 * rules for references, fiscal years, quarters and halves, year shifts,
 * vague and adjectival durations, sets, and TimeBank's decade spelling.
 * Publication date for every row: Friday 1998-04-10 (ISO week 15).
 */
import { describe, expect, it } from 'vitest';
import { findTimexes } from './index';
import type { Sentence } from '$lib/model';

function sentencesOf(text: string): Sentence[] {
	const out: Sentence[] = [];
	const re = /[^.!?]+(?:[.!?]+(?=\s+[A-Z"]|$)|$)/g;
	for (const m of text.matchAll(re)) {
		// Abbreviations (`Dec.`, `p.m.`) do not end a sentence: glue them to the next piece.
		const prev = out[out.length - 1];
		if (prev && /\b(?:[A-Z][a-z]{1,3}|[ap]\.m)\.$/.test(text.slice(prev.start, prev.end))) prev.end = m.index + m[0].length;
		else out.push({ index: out.length, start: m.index, end: m.index + m[0].length, paragraph: 0, boilerplate: null });
	}
	return out;
}

function pairs(text: string, dct = '1998-04-10'): [string, string][] {
	return findTimexes({ text, norm: text, lang: 'en', dct, sentences: sentencesOf(text) }).map((t) => [t.text, t.value]);
}

describe('English TimeBank-style expressions', () => {
	it.each([
		// References: `now` is PRESENT_REF; `now-defunct` is an adjective.
		['Unemployment is now about 7 percent.', [['now', 'PRESENT_REF']]],
		['Now the people want deeds.', [['Now', 'PRESENT_REF']]],
		// Fiscal years and adjectival quarters.
		['For fiscal 1997, the company earned $151 million.', [['fiscal 1997', 'FY1997']]],
		['Sales in fiscal year 1996 fell.', [['fiscal year 1996', 'FY1996']]],
		['Fourth-quarter profit fell.', [['Fourth-quarter', '1997-Q4']]],
		['The first-half results were strong.', [['The first-half', '1998-H1']]],
		// `the quarter` in a report told in the past: the quarter just finished.
		['Analysts had expected a profit for the quarter.', [['the quarter', '1998-Q1']]],
		// Year shifts keep the granularity of the period they shift.
		['Profit rose in the first quarter from $35.8 million a year earlier.', [['the first quarter', '1998-Q1'], ['a year earlier', '1997-Q1']]],
		['Builders started 1.19 million homes in 1990, down from 1.38 million a year earlier.', [['1990', '1990'], ['a year earlier', '1989']]],
		['Profit in the first quarter was up from a year ago.', [['the first quarter', '1998-Q1'], ['a year ago', '1997-Q1']]],
		['Profit in the first quarter rose. Sales in the year-earlier quarter were hurt by a strike.', [['the first quarter', '1998-Q1'], ['year-earlier quarter', '1997-Q1']]],
		// Durations: forward spans, adjectives between count and unit, bare plural units.
		['The city will spend $12 million over the next decade.', [['the next decade', 'P1DE']]],
		['Harbor will cut jobs over the next 18 months.', [['the next 18 months', 'P18M']]],
		['Claims have risen for 11 straight weeks.', [['11 straight weeks', 'P11W']]],
		['5,000 people lost their jobs in one day.', [['one day', 'P1D']]],
		['Forces could be ready within days.', [['days', 'PXD']]],
		['It is the largest deployment in years.', [['years', 'PXY']]],
		['Streets were dry just hours earlier.', [['hours', 'PTXH']]],
		// Sets.
		['The board declared a quarterly dividend.', [['quarterly', 'P3M']]],
		['Retired steelworkers meet every summer.', [['every summer', 'XXXX-SU']]],
		// Decades and centuries, spelled as English TimeBank does.
		['In the 1990s, the mills closed; for most of the 20th century they ran.', [['1990s', '199'], ['the 20th century', '19']]],
		// Days and nights the story is on.
		['Thousands marched on Monday night. Demonstrators that day carried banners.', [['Monday night', '1998-04-06TNI'], ['that day', '1998-04-06']]],
		['The launch was set for Monday. It was called off that day because of a faulty valve.', [['Monday', '1998-04-06'], ['that day', '1998-04-06']]],
		['Forecasters said on Tuesday that the storm would strengthen, but it weakened overnight.', [['Tuesday', '1998-04-07'], ['overnight', '1998-04-07TNI']]],
		// Told in the past of the publication day (a Friday): the night that ended that morning…
		['The pope flew overnight from Rome and landed on Friday.', [['overnight', '1998-04-09TNI'], ['Friday', '1998-04-10']]],
		// …in the future: the night to come.
		['The convoy will travel overnight to the border.', [['overnight', '1998-04-10TNI']]],
		// Sports seasons are years; `will stay closed` is a future.
		['He earned $4.2 million last season.', [['last season', '1997']]],
		['Schools will stay closed through Monday.', [['Monday', '1998-04-13']]],
		['The company expects growth to slow in the second half.', [['the second half', '1998-H2']]]
	] as [string, [string, string][]][])('%s', (text, expected) => {
		expect(pairs(text)).toEqual(expected);
	});

	it.each([
		['The now-defunct plant closed.'],
		['The Fed lowered overnight rates.'],
		['That day care center closed.'],
		['He lives in the quarter of the city near the river.']
	])('no timex in %s', (text) => {
		expect(pairs(text)).toEqual([]);
	});
});
