/**
 * The shapes a TIMEX3 value can take (TimeML), as the fact file uses them:
 * calendar dates down to the minute or a part of the day, weeks, weekends,
 * quarters, halves, seasons, years, fiscal years (`FY1997`, `FY1997-Q1`),
 * decades (`201X`, English TimeBank's `201`), centuries (`20XX`, `20`),
 * the references `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`, durations (`P3Y`,
 * `PT2H`, `PXD`) and sets. `X` stands for a digit the text leaves open.
 */
const D = '[0-9X]';
const YEAR = `${D}{4}`;
const MONTH = '(?:0[1-9]|1[0-2]|XX)';
const DAY = '(?:0[1-9]|[12]\\d|3[01]|XX)';
const HOUR = '(?:[01]\\d|2[0-4]|XX)';
const MINUTE = '(?:[0-5]\\d|XX)';
const DAY_PART = `(?:${HOUR}(?::${MINUTE}(?::${MINUTE})?)?|MO|MI|AF|EV|NI|DT)`;
const CALENDAR =
	`(?:FY)?${YEAR}(?:` +
	`-${MONTH}(?:-${DAY}(?:T${DAY_PART})?)?` + // month, day, time
	`|-W${D}{2}(?:-(?:WE|[1-7]))?` + // week, weekend, weekday
	`|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI)` + // quarter, half, season
	`)?`;
const DECADE_CENTURY = `${D}{3}X?|${D}{2}X{0,2}`;
const REFERENCE = 'PRESENT_REF|PAST_REF|FUTURE_REF';
const NUM = '(?:\\d+(?:\\.\\d+)?|X)';
const DURATION = `P(?:(?:${NUM}[YMWDE]|${NUM}(?:DE|CE|QU|L|FA|SU|WI|SP|WE|MO|AF|EV|NI))+(?:T(?:${NUM}[HMS])+)?|T(?:${NUM}[HMS])+)`;

const TIMEX3_VALUE = new RegExp(`^(?:${CALENDAR}|${DECADE_CENTURY}|${REFERENCE}|${DURATION}|T${DAY_PART})$`);

export function isTimex3Value(value: string): boolean {
	return TIMEX3_VALUE.test(value);
}
