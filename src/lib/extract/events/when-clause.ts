import type { Draft } from './assemble';
import { takePlaceOf } from './merge';
import type { Trig } from './clauses';

/**
 * `The war began on Oct. 7, when Hamas fighters attacked`, `Prairie Pacific was formed in 1995, when the
 * government sold the railway`, `reached the scene shortly before 11 p.m., when the vessel had already
 * overturned`: the clause before the date and the `, when` clause after it tell one happening at that
 * date. The annotated articles mark one event there, never two. The clause before stays (it carries the
 * story's line, which the next sentences' places and dates follow) and takes the `when` clause's place
 * when it names none of its own.
 */
export function foldWhenClauses(drafts: Draft[], toldByWhen: ReadonlySet<Trig>): Draft[] {
	if (toldByWhen.size === 0) return drafts;
	const dropped = new Set<Draft>();
	for (const told of drafts) {
		if (!toldByWhen.has(told.trig) || !told.timex) continue;
		const before = drafts.find((d) => d !== told && !dropped.has(d) && d.timex === told.timex && d.trig.i < told.trig.i && !toldByWhen.has(d.trig));
		if (!before) continue;
		dropped.add(told);
		takePlaceOf(before, told);
	}
	// `Il était près de 22 heures, jeudi 14 mai, lorsque les délégations ont adopté…`, `It was nearly midnight
	// when the talks ended`: the clause before tells nothing, the `when` clause is the sentence's happening and
	// carries the story's line as a main clause would (not after `since`: a state measured from then).
	for (const told of drafts) {
		if (toldByWhen.has(told.trig) && !dropped.has(told) && !told.since && !drafts.some((d) => d !== told && d.timex === told.timex && !dropped.has(d))) told.mainLine = true;
	}
	return dropped.size === 0 ? drafts : drafts.filter((d) => !dropped.has(d));
}
