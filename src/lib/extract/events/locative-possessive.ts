/**
 * `was arrested at Rotterdam's port`, `in Lagos's busiest market`: a place in the possessive, inside a phrase of
 * setting, owns the spot where the happening is, and so locates it. Without such a phrase (`Turkey's disaster
 * agency said`) it names an owner, not a location.
 */

/** Prepositions that set a scene (not `to`, `from`, `on`: a goal, an origin, a topic). */
const SETTING = new Set(['in', 'at', 'near', 'inside', 'outside']);

/** The place, in the possessive, is governed by a preposition of setting. */
export function locativePossessive(info: { prep: string }): boolean {
	return SETTING.has(info.prep);
}
