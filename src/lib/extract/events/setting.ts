import type { EventWhere, Place } from '$lib/model';
import type { Doc } from '../document';
import { whereFromPlace, type Draft } from './assemble';

/**
 * The story's setting: the town or site where its lede happens (`Italian coast guard vessels rescued 54
 * people … south of the island of Lampedusa`), else the one its reporter writes from (`Euan Ferrie at
 * Murrayfield`, `Marie-Ève Tremblay à Québec`). A reporter tells the story's own happenings there without
 * naming it again (`The bodies of two women were recovered that afternoon`, `Les libéraux ont voté contre`),
 * so what the context leaves unplaced in the story's days takes it (settingFits).
 *
 * A dateline's city is not used: an agency files from its bureau (`ROME, Oct 14 (Reuters) -` for a rescue
 * off Lampedusa), not from the scene.
 */

/** Kinds narrow enough to be a scene: a country or a region is where many stories happen, not this one's. */
const LOCAL: ReadonlySet<string> = new Set(['city', 'site']);

/** A byline placing its writer: a few capitalised names, then `at`/`à`, then the place, alone on its line. */
const BYLINE_BEFORE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:at|à)\s+$/u;

/** How far (in days) from the publication the story's own days reach. */
export const SETTING_DAYS = 10;

/**
 * The lede's place: that of the story's first main-line happening, when its own sentence puts it in a town
 * or a site. Only the first one decides: a place named further down is a side of the story, not its setting.
 * `undefined` when that happening names no place (the byline may then tell it), null when it names a wider one.
 */
function ledePlace(doc: Doc, drafts: readonly Draft[]): Place | null | undefined {
	// A headline, a line of its own above the text, sums the story up; the lede is the text's first happening.
	const headline = doc.sentences.length > 1 && doc.sentences[1].paragraph !== doc.sentences[0].paragraph;
	for (const d of drafts) {
		if ((headline && d.sentence === 0) || d.secondary || !d.mainLine || d.pluperfect || d.future) continue;
		if (!d.place) return undefined;
		if (d.placeList || d.seated) return null;
		return LOCAL.has(d.place.kind) && !d.place.metonym ? d.place : null;
	}
	return undefined;
}

/** The place a byline line puts its writer at, in the article's head (its first 600 characters). */
function bylinePlace(doc: Doc, places: readonly Place[]): Place | null {
	for (const p of places) {
		if (p.start > 600) break;
		const lineStart = doc.norm.lastIndexOf('\n', p.start - 1) + 1;
		const lineEnd = doc.norm.indexOf('\n', p.end);
		if (doc.norm.slice(p.end, lineEnd < 0 ? doc.norm.length : lineEnd).trim() !== '') continue;
		if (BYLINE_BEFORE.test(doc.norm.slice(lineStart, p.start))) return p;
	}
	return null;
}

export function storySetting(doc: Doc, drafts: readonly Draft[], places: readonly Place[]): EventWhere | null {
	const lede = ledePlace(doc, drafts);
	const p = lede === undefined ? bylinePlace(doc, places) : lede;
	return p ? whereFromPlace(p, true) : null;
}

/**
 * Does an unplaced draft happen at the story's setting? A happening of the story's days, told as such:
 * not a statement (said wherever its speaker is), not a plan (not there yet), not a state running since some
 * day, not one of a list of places.
 */
export function settingFits(d: Draft, dayFromPublication: number | null): boolean {
	if (d.placeList || d.since || d.saysNow || d.future || d.status === 'planned' || d.status === 'hypothetical' || d.kind === 'statement') return false;
	return dayFromPublication !== null && Math.abs(dayFromPublication) <= SETTING_DAYS;
}
