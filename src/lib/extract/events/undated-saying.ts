import type { Draft } from './assemble';
import { takePlaceOf } from './merge';

/**
 * `The union said it would meet company officials in Chicago next week`, `Police said its unit had opened an
 * investigation on Tuesday`: a saying with no date of its own whose complement is already an event of the
 * sentence, dated by a date written in it, tells one happening, the reported one. The saying's draft goes;
 * the reported one keeps its date and takes the saying's place when it has none (`Flight controllers in
 * Tokyo said they had received…`). Only the first verb reported counts: a relative clause (`said it was
 * sending a team, who are expected Thursday`) or a second complement (`said the raid had been planned and
 * that the gang had visited in July`) tells something else, and the saying stays the event of its day. A
 * saying dated on its own (`announced last week that works would start in spring`) stays too: a timeline
 * shows the announcement.
 */
export function dropUndatedSayings(drafts: Draft[]): Draft[] {
	if (drafts.length < 2) return drafts;
	const dropped = new Set<Draft>();
	for (const s of drafts) {
		// A saying in the present (`Haddad says the raid was planned for months`) is dated by the article itself: it stays.
		if (!s.trig.entry.saying || s.timex !== null || s.alt !== null || s.saysNow || s.trig.region === 'content') continue;
		const reported = drafts.find((d) => d !== s && !dropped.has(d) && !d.trig.entry.saying && isComplement(s, d) && datedAfter(s, d));
		if (!reported) continue;
		dropped.add(s);
		takePlaceOf(reported, s);
	}
	return dropped.size === 0 ? drafts : drafts.filter((d) => !dropped.has(d));
}

/** Words that close the saying's complement: a comma, a coordination, a relative pronoun, a quotation. */
const CLOSES = new Set([',', ';', ':', '(', '"', '«', '»', '“', '”', 'and', 'or', 'but', 'who', 'which', 'whom', 'et', 'ou', 'mais', 'qui', 'dont', 'où']);

/** `d` is the first verb the saying reports: in its complement, with nothing closing it in between. */
function isComplement(s: Draft, d: Draft): boolean {
	if (d.trig.region !== 'content' || d.trig.i < s.trig.j) return false;
	for (let k = s.trig.j; k < d.trig.i; k++) if (CLOSES.has(s.toks[k].low)) return false;
	return true;
}

/** The reported happening's date is written after the saying (`said it would meet officials next week`), not one the saying took before it. */
function datedAfter(s: Draft, d: Draft): boolean {
	return d.timex !== null && d.timex.start >= s.toks[s.trig.j - 1].end;
}
