import type { PlaceKind } from '$lib/model';
import type { Tok } from './clauses';
import { ARTICLES, bareSubjectOf } from './seat';
import { foldWord } from '../places/normalize';

/**
 * A local office names where its holder speaks and acts: `Le maire de
 * Sulmona, Vittorio Ranieri, a démenti…`, `The mayor of Bristol said…`,
 * `Le bourgmestre de Dinant s'est félicité…`, `Bristol mayor Marvin Rees
 * said…`. A mayor answers for the town from the town, a governor or a
 * prefect from the state or the département: the subject's saying or
 * deciding is placed at the place the title names, as a bare city's is at
 * its seat (seat.ts).
 *
 * Only offices tied to one place, and only a place of the kind the office
 * governs: `le ministre de la Santé` names no place, and `the governor of
 * Paris` (a city) is not read as a state's governor.
 */
const LOCAL_OFFICES: ReadonlyMap<string, ReadonlySet<PlaceKind>> = new Map([
	['maire', new Set<PlaceKind>(['city'])],
	['mairesse', new Set<PlaceKind>(['city'])],
	['bourgmestre', new Set<PlaceKind>(['city'])],
	['mayor', new Set<PlaceKind>(['city'])],
	['burgomaster', new Set<PlaceKind>(['city'])],
	['governor', new Set<PlaceKind>(['region'])],
	['gouverneur', new Set<PlaceKind>(['region'])],
	['gouverneure', new Set<PlaceKind>(['region'])],
	['prefet', new Set<PlaceKind>(['region'])],
	['prefete', new Set<PlaceKind>(['region'])],
	['prefect', new Set<PlaceKind>(['region'])]
]);

const OF = new Set(['de', "d'", 'du', 'of']);
/** Words a name of the holder may be made of between the office and the verb (`Bristol mayor Marvin Rees said`). */
const NAME_WORDS = 3;
/** The kind of place between its name and the office: `Lagos state governor`, `Kent county mayor`. */
const QUALIFIERS: ReadonlySet<string> = new Set(['state', 'county', 'city', 'province', 'provincial', 'regional', 'town']);

function officeOf(tok: Tok | undefined, kind: PlaceKind): boolean {
	return !!tok && !!LOCAL_OFFICES.get(foldWord(tok.low))?.has(kind);
}

/**
 * The place spanning tokens [a, b] (ending at text offset `end`, of kind `kind`) is the seat of the office
 * heading the subject of the verb at `verbAt`: `le maire de X[, Name,] verb` or `X mayor Name verb`.
 */
export function officeSeatOf(toks: Tok[], a: number, b: number, end: number, kind: PlaceKind, verbAt: number): boolean {
	// `le maire de Sulmona`: the office, `de`, an article at most, the name.
	let k = a - 1;
	if (k >= 0 && ARTICLES.has(toks[k].low)) k--;
	if (k >= 1 && OF.has(toks[k].low) && officeOf(toks[k - 1], kind)) return bareSubjectOf(toks, k - 1, b, end, verbAt);
	// `Bristol mayor Marvin Rees said`, `Bristol's mayor said`, `Lagos state governor Babajide Sanwo-Olu said`:
	// the name (its possessive or its kind of place at most), the office, the holder's name, the verb.
	if (toks[b].end > end) return false;
	let o = b + 1;
	if (toks[o]?.low === "'s" || QUALIFIERS.has(toks[o]?.low ?? '')) o++;
	if (!officeOf(toks[o], kind)) return false;
	let q = a - 1;
	if (q >= 0 && ARTICLES.has(toks[q].low)) q--;
	if (q >= 0 && !(toks[q].low === ',' && q <= 5)) return false;
	return holderThenVerb(toks, o + 1, verbAt);
}

/** From `from` to the verb at `verbAt`: the holder's name (a few capitalised words) or an aside between commas. */
function holderThenVerb(toks: Tok[], from: number, verbAt: number): boolean {
	if (verbAt < from) return false;
	// `Bristol's mayor, Marvin Rees, said`: the holder's name between commas.
	if (toks[from]?.low === ',') {
		let r = from + 1;
		while (r < verbAt && toks[r].low !== ',') r++;
		return r === verbAt - 1 && r - from <= NAME_WORDS + 1;
	}
	if (verbAt - from > NAME_WORDS) return false;
	for (let m = from; m < verbAt; m++) if (!toks[m].word || /^\p{Ll}/u.test(toks[m].raw)) return false;
	return true;
}
