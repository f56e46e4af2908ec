import type { EventKind, PlaceKind } from '$lib/model';
import type { Tok } from './clauses';

/**
 * A city or a country named bare as the subject of what it said, decided or
 * met about acts from its seat: `Brussels welcomed the result`, `Paris avait
 * accepté son extradition`, `La Norvège, principal contributeur …, a promis`,
 * `Angers a relevé 40,8 °C`. The happening is placed there, as the annotation
 * rules place a government's statement at its capital.
 *
 * Not a plan or a hypothesis, not a country's decision (seatHolds), and not
 * the other kinds: `Pyongyang a échoué à placer un satellite` (the launch is
 * elsewhere).
 */
const SEAT_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(['statement', 'meeting']);

/**
 * Whether a happening of `kind` is done at the seat of a place of `placeKind` acting as the subject: a
 * saying or a meeting at any; a decision only at a city's (`Rome a décrété l'état d'urgence`, `Paris avait
 * accepté son extradition`: a capital or a town deciding is its government or council sitting there),
 * where a country's may be taken where it meets others (`L'Inde avait pris la présidence du G20`).
 */
export function seatHolds(kind: EventKind, placeKind: PlaceKind): boolean {
	return SEAT_KINDS.has(kind) || (kind === 'decision' && placeKind !== 'country');
}

/** Articles a subject's name may follow (`le maire de la Ville`, `the mayor of the town`). */
export const ARTICLES: ReadonlySet<string> = new Set(['la', 'le', "l'", 'les', 'the']);

/** How far into the sentence a fronted phrase (`Mardi,`, `Meanwhile,`) may end before the subject. */
const FRONTED_WORDS = 5;
/** How long an aside between commas (`, qui n'avait dépêché qu'un observateur,`) may be. */
const ASIDE_TOKENS = 20;
/** Words allowed between the subject and its verb: negation, the reflexive and a few adverbs (`n'a`, `s'est félicité`, `also said`). */
const BEFORE_VERB: ReadonlySet<string> = new Set(["n'", 'ne', "s'", 'se', 'also', 'aussi', 'already', 'déjà', 'then', 'puis', 'not', 'quickly', 'swiftly', 'later', 'finally', 'enfin']);

/**
 * The name spanning tokens [a, b] (ending at text offset `end`) opens the clause, bare (an article at most, after a fronted phrase at
 * most), and its verb starts at `verbAt`: right after it, after a few words (`n'a`), or after an aside
 * between commas.
 */
export function bareSubjectOf(toks: Tok[], a: number, b: number, end: number, verbAt: number): boolean {
	if (verbAt <= b) return false;
	let k = a - 1;
	if (k >= 0 && ARTICLES.has(toks[k].low)) k--;
	if (k >= 0 && !(toks[k].low === ',' && k <= FRONTED_WORDS)) return false;
	// `The Seattle-based company`: the token goes on past the name.
	if (toks[b].end > end) return false;
	// `Malta's armed forces`: the name owns the subject, it is not the subject.
	let q = b + 1;
	if (toks[q]?.low === "'s" || toks[q]?.low === "'") return false;
	if (toks[q]?.low === ',') {
		let r = q + 1;
		while (r < toks.length && r - q <= ASIDE_TOKENS && toks[r].low !== ',') r++;
		if (toks[r]?.low !== ',') return false;
		q = r + 1;
	}
	if (verbAt < q || verbAt - q > 2) return false;
	for (let m = q; m < verbAt; m++) if (!BEFORE_VERB.has(toks[m].low)) return false;
	return true;
}
