/**
 * `was arrested at Rotterdam's port`, `in Lagos's busiest market`: a place in the possessive, inside a phrase of
 * setting, owns the spot where the happening is, and so locates it. Without such a phrase (`Turkey's disaster
 * agency said`) it names an owner, not a location; but a country or region owning the subject right before a
 * verb that is not a saying (`Portugal's AD won the election`, `Iceland's Reykjanes peninsula erupted`) is
 * where its own actor acts.
 */

/** Prepositions that set a scene (not `to`, `from`, `on`: a goal, an origin, a topic). */
const SETTING = new Set(['in', 'at', 'near', 'inside', 'outside']);

/** The place, in the possessive, is governed by a preposition of setting. */
export function locativePossessive(info: { prep: string }): boolean {
	return SETTING.has(info.prep);
}

/** Words the subject's noun phrase may span between the possessive and its verb (`'s centre-right Democratic Alliance (AD)`). */
const SUBJECT_WORDS = 6;

/**
 * The possessive at token `b` (the name's last) opens the subject of the verb at `verbAt`: a short noun phrase,
 * no comma or other break between (`Portugal's centre-right Democratic Alliance (AD) won`).
 */
export function possessiveSubject(toks: readonly { low: string; word: boolean }[], b: number, verbAt: number): boolean {
	if (verbAt <= b + 2) return false;
	let words = 0;
	for (let k = b + 2; k < verbAt; k++) {
		if (toks[k].low === ',' || toks[k].low === ';' || toks[k].low === ':' || toks[k].low === '"') return false;
		if (toks[k].word && ++words > SUBJECT_WORDS) return false;
	}
	return words > 0;
}
