import type { Draft } from './assemble';
import { takePlaceOf } from './merge';

/** A statement told for what it reports (assemble.ts, `tellAsReported`): its trigger is the reported happening's. */
function toldAsReported(d: Draft): boolean {
	return d.alt !== null && d.alt.entry.saying === true && d.alt !== d.trig;
}

/**
 * `The club said 14 flights would leave…, while hundreds of fans were travelling through Italy`: a statement
 * with no date or setting of its own is told for what it reports, and that happening may already be an event
 * of its own in the sentence: one happening, one event. The happening's own draft stays and takes the
 * statement's place if it has none. (Other drafts sharing a trigger are meant: an itinerary's second leg,
 * `pas plus que` naming a second actor.)
 */
export function oneDraftPerReport(drafts: Draft[]): Draft[] {
	const reported = drafts.filter(toldAsReported);
	if (reported.length === 0) return drafts;
	const dropped = new Set<Draft>();
	for (const r of reported) {
		const own = drafts.find((d) => d !== r && !dropped.has(d) && d.trig === r.trig && !toldAsReported(d));
		if (!own) continue;
		dropped.add(r);
		takePlaceOf(own, r);
	}
	return dropped.size === 0 ? drafts : drafts.filter((d) => !dropped.has(d));
}
