import type { EventStatus, Lang } from '$lib/model';
import { FR_INTENT, type Tok, type Trig } from './clauses';

/**
 * Status from tense, mood and modality around the trigger:
 *  - negation (`n'a pas quitté`, `nient`, `did not`) → negated;
 *  - future or a modal of plan (`rencontrera`, `doit se rendre`, `devraient`,
 *    `will`, `is due to`, `était attendu`) → planned;
 *  - conditional, `si …`, `pourrait`, `could` → hypothetical;
 *  - verbs of saying → reported; otherwise occurred.
 */
const FR_PLANNED_MODAL = /^(doit|doivent|devait|devaient|devrait|devraient|devra|devront|va|vont|allait|allaient|compte|comptent|prévoit|prévoient)$/;
const FR_HYPO_MODAL = /^(pourrait|pourraient|peut|peuvent|pourra|pourront)$/;
const EN_PLANNED = /^(will|'ll|shall|to)$/;
const EN_HYPO = /^(would|could|might|may|can|should|must)$/;

export interface TenseInfo {
	status: EventStatus;
	/** Plus-que-parfait / past perfect: a flashback that does not move the story's time. */
	pluperfect: boolean;
	/** Future or planned: does not move the story's time either. */
	future: boolean;
	/** A simple present with no auxiliary (`nient`, `affirme`, `says`): said at the publication date. */
	present: boolean;
}

/** French present endings of the first group (`nient`, `affirme`), not the imperfect's `-aient` or the passé simple's `-èrent`. */
const FR_PRESENT_END = /(?:e|es|ent|ons|ez)$/;
const FR_NOT_PRESENT_END = /(?:aient|èrent|issent)$/;

/**
 * The trigger is a verb in the simple present: French regular `-er` forms
 * (irregular ones such as `dit` are also passé simple, so stay undecided),
 * English `says` or a bare `say` after its subject.
 */
function simplePresent(toks: Tok[], tr: Trig, lang: Lang): boolean {
	if (tr.aux >= 0) return false;
	const head = toks[tr.i].low;
	if (lang === 'fr') return tr.tag === 'fin' && tr.entry.lemma.endsWith('er') && FR_PRESENT_END.test(head) && !FR_NOT_PRESENT_END.test(head);
	if (tr.tag === 'fin') return /s$/.test(head);
	if (tr.tag !== 'inf' || tr.i === 0) return false;
	// `officials say`, not `to say`, `did say`, `will say`.
	const before = toks[tr.i - 1];
	return before.word && !/^(to|not|n't|will|would|could|can|may|might|should|must|shall|did|do|does)$/.test(before.low);
}

const FR_NEGATIVE_SUBJECT = /^(aucun|aucune|personne|rien|nul|nulle)$/;

export function negatedAt(toks: Tok[], tr: Trig, lang: Lang): boolean {
	const from = Math.max(0, (tr.aux >= 0 ? Math.min(tr.aux, tr.i) : tr.i) - 4);
	if (lang === 'fr') {
		if (/^(nier|démentir)$/.test(tr.entry.lemma)) return true;
		let ne = false;
		// `Aucune interpellation n'a eu lieu`, `personne n'a été blessé`: the negative subject comes before `ne`.
		let negativeSubject = false;
		for (let k = from; k < Math.min(toks.length, tr.j + 1); k++) {
			const w = toks[k].low;
			if (w === 'ne' || w === "n'") {
				ne = true;
				if (negativeSubject) return true;
			}
			if (!ne && FR_NEGATIVE_SUBJECT.test(w)) negativeSubject = true;
			if (ne && /^(pas|jamais|guère|point|plus)$/.test(w)) return !(w === 'pas' && happensLater(toks, tr, UNTIL_FR));
		}
		// `pas plus que X`: X did not either.
		return false;
	}
	if (/^(deny)$/.test(tr.entry.lemma)) return true;
	// `No one was hurt`, `no arrests were made`, `nobody was killed`.
	for (let k = from; k < tr.i; k++) if (/^(not|n't|never|no|nobody|none)$/.test(toks[k].low) && toks[k + 1]?.low !== '.') return !happensLater(toks, tr, UNTIL_EN); // not `No. 2`
	return false;
}

const UNTIL_EN = /^(until|till)$/;
const UNTIL_FR = /^(avant)$/;

/**
 * `was not lifted until the 1990s`, `n'a pas été levée avant 1994`: the negation says when the event came, not
 * that it never did. True when `until`/`avant` follows the verb group closely, in its clause.
 */
function happensLater(toks: Tok[], tr: Trig, until: RegExp): boolean {
	for (let k = tr.j; k < toks.length && k < tr.j + 4 && toks[k].clause === toks[tr.i].clause; k++) if (until.test(toks[k].low)) return true;
	return false;
}

const COPULA = /^(est|sont|sera|seront|était|étaient|is|are|was|were|will|be)$/;
const SCHEDULED = /^(prévue?s?|programmée?s?|attendue?s?|annoncée?s?|scheduled|expected|planned|set|due)$/;

/** `La rencontre est prévue mardi`, `The summit is scheduled for Friday`: a noun whose happening is announced. */
function scheduledNoun(toks: Tok[], tr: Trig): boolean {
	let k = tr.j;
	if (!COPULA.test(toks[k]?.low ?? '')) return false;
	k++;
	if (toks[k]?.low === 'be') k++; // `will be held`
	return SCHEDULED.test(toks[k]?.low ?? '');
}

export function tenseOf(toks: Tok[], tr: Trig, lang: Lang): TenseInfo {
	const auxWord = tr.aux >= 0 ? toks[tr.aux].low : '';
	// The passive pluperfect (`avaient été relaxés`, `had been rescued`): the auxiliary before `été`/`been`.
	const auxBefore = tr.aux > 0 ? toks[tr.aux - 1].low : '';
	const head = toks[tr.i].low;
	let pluperfect: boolean;
	let future = false;
	let status: EventStatus = 'occurred';
	if (lang === 'fr') {
		// -ir participles share their plural with the present (`réunis`): after an auxiliary both are participles.
		pluperfect =
			(/^(avait|avaient|avais|était|étaient|étais)$/.test(auxWord) || (auxWord === 'été' && /^(avait|avaient|avais)$/.test(auxBefore))) && (tr.tag === 'pp' || tr.tag === 'fin');
		const conditional = tr.tag === 'fut' && /r(ait|aient|ais)$/.test(head);
		if (FR_PLANNED_MODAL.test(auxWord) || FR_INTENT.has(auxWord) || (tr.tag === 'fut' && !conditional) || tr.entry.lemma === 'attendre' || /^(sera|seront|aura|auront)$/.test(auxWord)) {
			status = 'planned';
			future = true;
		} else if (FR_HYPO_MODAL.test(auxWord) || conditional || /^(serait|seraient|aurait|auraient)$/.test(auxWord)) {
			status = 'hypothetical';
			future = true;
		}
		// `si … était conclu`: the clause opens with si.
		if (status === 'occurred') {
			for (let k = tr.i - 1; k >= 0 && toks[k].clause === toks[tr.i].clause; k--) {
				if (toks[k].low === 'si' || (toks[k].low === "s'" && /^ils?$/.test(toks[k + 1]?.low ?? ''))) {
					status = 'hypothetical';
					break;
				}
			}
		}
	} else {
		pluperfect = (auxWord === 'had' || (auxWord === 'been' && auxBefore === 'had')) && (tr.tag === 'past' || tr.tag === 'pp');
		if (EN_PLANNED.test(auxWord)) {
			status = 'planned';
			future = true;
		} else if (EN_HYPO.test(auxWord)) {
			status = 'hypothetical';
			future = true;
		}
		if (status === 'occurred') {
			for (let k = tr.i - 1; k >= 0 && toks[k].clause === toks[tr.i].clause; k--) {
				if (toks[k].low === 'if') {
					status = 'hypothetical';
					break;
				}
			}
		}
	}
	if (status === 'occurred' && tr.tag === 'noun' && scheduledNoun(toks, tr)) {
		status = 'planned';
		future = true;
	}
	if (negatedAt(toks, tr, lang)) status = 'negated';
	else if (status === 'occurred' && tr.entry.saying && tr.tag !== 'noun') status = 'reported';
	return { status, pluperfect, future, present: !future && simplePresent(toks, tr, lang) };
}
