/**
 * The words of the timeline: tick formats picked from the span on show, the
 * range label, and each event's tooltip and accessible name.
 */
import { utcFormat } from 'd3-time-format';
import type { FactEvent } from '$lib/model';
import type { SoftSide } from './timeline-soft-edges';
import { describeWhen } from './when-format';

const DAY = 86_400_000;

/**
 * One format for all the ticks of a view, rather than d3's mixed default
 * ("Sep 10", "Tue 12"): years, months, days or hours, always with enough
 * context to read a tick alone. Picked from the spacing of the ticks when
 * given (a 3.5-day view ticked every 12 hours must not read "Fri 1 Sep,
 * Fri 1 Sep"), else from the span on show.
 */
export function formatFor([lo, hi]: Date[], ticks: readonly Date[] = []): (d: Date) => string {
	let step = hi.getTime() - lo.getTime();
	for (let i = 1; i < ticks.length; i++) step = Math.min(step, ticks[i].getTime() - ticks[i - 1].getTime());
	const byStep = ticks.length >= 2;
	if (byStep ? step >= 360 * DAY : step > 4 * 365 * DAY) return utcFormat('%Y');
	if (byStep ? step >= 28 * DAY : step > 90 * DAY) return utcFormat('%b %Y');
	if (byStep ? step >= DAY : step > 3 * DAY) return utcFormat('%a %-d %b');
	const hour = utcFormat('%H:%M');
	const day = utcFormat('%a %-d %b');
	return (d) => (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 ? day(d) : hour(d));
}

/** What the view shows, with years: tick labels alone may not say. */
export function rangeLabel([lo, hi]: Date[]): string {
	const span = hi.getTime() - lo.getTime();
	const f = span > 4 * 365 * DAY ? utcFormat('%Y') : span > 90 * DAY ? utcFormat('%b %Y') : utcFormat('%-d %b %Y');
	return `${f(lo)} – ${f(hi)}`;
}

/** `début de 2022` is early 2022: the part the band stands for, in words. */
const PART: Record<SoftSide, string> = { end: 'early ', start: 'late ', both: 'mid-' };

function when(e: FactEvent, soft: SoftSide | null): string {
	if (!e.when) return 'undated';
	return (soft ? PART[soft] : '') + describeWhen(e.when);
}

export function accessibleName(e: FactEvent, soft: SoftSide | null = null): string {
	const status = e.status === 'occurred' ? '' : `, ${e.status}`;
	const where = e.where ? `, ${e.where.name}` : '';
	return `${e.label}, ${when(e, soft)}${where}${status}`;
}

/**
 * The accessible name and tooltip of an event's mark, made once per event:
 * marks come and go on every frame of a zoom, and formatting the date again
 * for each new one was a good part of what drawing it cost. Keyed by the
 * event object, which a new fact file replaces.
 */
const described = new WeakMap<FactEvent, Partial<Record<SoftSide | 'firm', { name: string; tip: string }>>>();
export function describeMark(e: FactEvent, soft: SoftSide | null): { name: string; tip: string } {
	let byPart = described.get(e);
	if (!byPart) described.set(e, (byPart = {}));
	return (byPart[soft ?? 'firm'] ??= { name: accessibleName(e, soft), tip: tooltip(e, soft) });
}

/** The tooltip of a mark: label, date at its precision, place. */
export function tooltip(e: FactEvent, soft: SoftSide | null = null): string {
	const lines = [e.label, when(e, soft)];
	if (e.where) lines.push(e.where.name);
	if (e.status !== 'occurred') lines.push(e.status);
	return lines.join('\n');
}
