import type { EventWhere, Place } from '$lib/model';
import type { Doc } from '../document';
import { whereFromPlace } from './assemble';

/**
 * A paragraph that opens a sentence on a place (`In Guwahati, the state's
 * largest city, several neighborhoods have been under water since Saturday.`)
 * sets its scene: what the paragraph tells next without a place of its own
 * (`Schools were ordered shut on Monday`) happens there. The scene ends with
 * the paragraph, and a later frame replaces it.
 */

/** The opening before the name: a locative preposition, after a linking adverb at most, and a few words of its phrase. */
const OPENING = /^\s*(?:(?:further|meanwhile|back|over|out|down|up|plus|ailleurs)\s+(?:\p{L}+\s+)?)?(?:in|at|à|au|aux|dans|en)\s+(?:[^\s,.;:!?]+\s+){0,4}$/iu;
/** After the name, a comma closes the frame within a few words (` region,`, `, the state's largest city,`). */
const CLOSING = /^[^,.;:!?]{0,25},/u;

/** The place a sentence opens on (a frame), or null. */
export function frameOf(doc: Doc, sentence: number, places: readonly Place[]): Place | null {
	const s = doc.sentences[sentence];
	if (!s) return null;
	for (const p of places) {
		if (p.sentence !== sentence || p.metonym || p.start < s.start || p.end > s.end) continue;
		if (OPENING.test(doc.norm.slice(s.start, p.start)) && CLOSING.test(doc.norm.slice(p.end, Math.min(s.end, p.end + 30)))) return p;
	}
	return null;
}

/** For each sentence, the scene an earlier sentence of its paragraph framed (the latest), or null. */
export function paragraphScenes(doc: Doc, places: readonly Place[]): Array<EventWhere | null> {
	const bySentence = new Map<number, Place[]>();
	for (const p of places) {
		const list = bySentence.get(p.sentence);
		if (list) list.push(p);
		else bySentence.set(p.sentence, [p]);
	}
	const out: Array<EventWhere | null> = [];
	let scene: EventWhere | null = null;
	let paragraph = -1;
	for (const s of doc.sentences) {
		if (s.paragraph !== paragraph) {
			scene = null;
			paragraph = s.paragraph;
		}
		out.push(scene);
		const own = bySentence.has(s.index) ? frameOf(doc, s.index, bySentence.get(s.index)!) : null;
		if (own) scene = whereFromPlace(own, true);
	}
	return out;
}
