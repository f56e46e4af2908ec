import type { EventWhere, Place } from '$lib/model';
import type { Doc } from '../document';
import { whereFromPlace, type Draft } from './assemble';
import { firstNotBelow, itself } from '../bisect';

/**
 * A trial is told in its courtroom: once the article names the court by its
 * town (`la cour d'appel de Grenoble`, `the Tribunal criminel de Genève`,
 * `Manchester Crown Court`), what happens at the hearing — the judges rule,
 * the accused denies, the prosecution demands — happens in that town, though
 * its sentences name no place. Flashbacks (the crime itself, told in the
 * pluperfect) and days far from the story's keep their own reading.
 */

/** A court's name ending right before the town: `cour d'appel de`, `tribunal correctionnel de`, `court in`. */
const COURT_BEFORE = /\b(?:cour|tribunal|parquet|palais de justice|assises|court|courthouse|prosecutors?(?:'s office)?)\b[\p{L}' -]{0,30}?\b(?:de|d'|du|des|of|in|at)\s*(?:la |l')?$/iu;
/** `Manchester Crown Court`, `Geneva courthouse`: the town first. */
const COURT_AFTER = /^\s*(?:crown |county |district |magistrates'? |high |federal |superior )?(?:court|courthouse|tribunal)\b/iu;

/** Words that tell a hearing (lower case). */
const HEARING_WORDS = new Set([
	'cour', 'tribunal', 'juge', 'juges', 'procès', 'audience', 'barre', 'débats', 'accusé', 'accusée', 'prévenu', 'prévenus', 'prévenue',
	'réquisitions', 'réquisitoire', 'verdict', 'plaidoirie', 'avocat', 'avocate', 'avocats', 'parquet', 'procureur', 'procureure', 'jurés',
	'délibérer', 'délibéré', 'condamné', 'condamnée', 'acquitté', 'témoigner', 'témoin', 'parties', 'ministère', 'court', 'judge', 'judges',
	'jury', 'jurors', 'trial', 'hearing', 'defendant', 'defendants', 'prosecutor', 'prosecutors', 'prosecution', 'defence', 'defense',
	'testified', 'testimony', 'witness', 'sentenced', 'acquitted', 'convicted', 'courtroom', 'lawyer', 'lawyers', 'attorney', 'dock'
]);

/**
 * Words one of which every match of `COURT_BEFORE` or `COURT_AFTER` holds, lower-cased: `court` and
 * `courthouse` hold `cour`, `palais de justice` holds `palais`.
 */
const COURT_WORDS = ['cour', 'tribunal', 'parquet', 'palais', 'assises', 'prosecutor'];

/**
 * A court's word or an `ſ`: under the `iu` flags only `ſ` (a long s) matches an ASCII letter it does not
 * lower-case to, so with one in the text the regexes decide. One pass of the regex engine rather than an
 * `includes` (and then an `indexOf` loop) through the text for each of the seven.
 */
const COURT_WORD = new RegExp([...COURT_WORDS, 'ſ'].join('|'), 'g');

/** `low` (lower-cased text) may hold a match of `COURT_BEFORE` or `COURT_AFTER`: a court's word or an `ſ` is in it. */
function mayNameCourt(low: string): boolean {
	COURT_WORD.lastIndex = 0;
	return COURT_WORD.test(low);
}

/**
 * Where a court's word (or an `ſ`) starts in `low`, in text order. Each search resumes one past the last start:
 * no two words start alike, but one may begin inside another (`parquet` and `tribunal` share a `t`).
 */
export function courtWordStarts(low: string): number[] {
	const out: number[] = [];
	COURT_WORD.lastIndex = 0;
	for (let m = COURT_WORD.exec(low); m !== null; m = COURT_WORD.exec(low)) {
		out.push(m.index);
		COURT_WORD.lastIndex = m.index + 1;
	}
	return out;
}

/**
 * The first court the article names by its town, as a place events can take. The regexes run only where
 * a court's word is: in the article at all (most name none), then in the windows around each city (French
 * has `cours`, `discours`, `parcours` everywhere). A city with no court word starting between its windows'
 * ends is passed over without slicing them: an article naming a court once asked every city it names
 * (27 ms of the 1 MB text's event stage, 1 ms as separate articles).
 */
export function courtVenue(doc: Doc, places: Place[]): EventWhere | null {
	const lower = typeof doc.lower === 'string' ? doc.lower : null;
	// Unit by unit lower-cased (lower-units.ts), the text differs from its lower case only at units no court
	// word holds (İ, Σ, surrogates), and keeps `norm`'s offsets: its court words are the text's.
	const units = doc.lowerUnits?.text ?? lower;
	if (!mayNameCourt(units ?? doc.norm.toLowerCase())) return null;
	// Without offsets kept, every city is asked.
	const starts = units !== null ? courtWordStarts(units) : null;
	for (const p of places) {
		if (p.kind !== 'city' || p.metonym) continue;
		const from = Math.max(0, p.start - 60);
		if (starts !== null) {
			const k = firstNotBelow(starts, from, itself);
			if (k === starts.length || starts[k] >= p.end + 30) continue;
		}
		const before = doc.norm.slice(from, p.start);
		const after = doc.norm.slice(p.end, p.end + 30);
		// `lower` keeps the offsets of `norm`: its slice is the window lower-cased.
		const courtBefore = mayNameCourt(lower !== null ? lower.slice(from, p.start) : before.toLowerCase()) && COURT_BEFORE.test(before);
		if (courtBefore || (mayNameCourt(lower !== null ? lower.slice(p.end, p.end + 30) : after.toLowerCase()) && COURT_AFTER.test(after))) return whereFromPlace(p, true);
	}
	return null;
}

/** How many days from the publication date a hearing's events may lie. */
export const HEARING_DAYS = 45;

/** The draft tells part of the hearing: a word of the courtroom in its sentence, not a flashback (the caller checks its day). */
export function toldAtHearing(d: Draft): boolean {
	if (d.pluperfect || d.placeList) return false;
	for (const t of d.toks) if (HEARING_WORDS.has(t.low)) return true;
	return false;
}
