/**
 * A late clock time told in the past on the publication day (`conceded defeat at around 11 p.m.`,
 * `vers 23 h, les secours ont évacué …`): that evening had not come yet when the story was written,
 * so it is the evening before. Stories are dated by the day they come out, mostly the morning after
 * a night's news; an article out after 20:00 about that same evening is the rare case.
 */
import type { Ymd } from './value';
import { addDays, sameDay } from './value';

/** From this hour on, a past clock time on the publication day is read as the evening before. */
export const LATE_HOUR = 20;

/** The day a clock time at hour `h` falls on, given the day it was anchored to. */
export function lateClockDay(day: Ymd, dct: Ymd, h: number, past: boolean): Ymd {
	return past && sameDay(day, dct) && h >= LATE_HOUR ? addDays(day, -1) : day;
}
