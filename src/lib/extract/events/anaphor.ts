import type { Place, PlaceKind } from '$lib/model';
import type { Doc } from '../document';

/**
 * `In 2022, floods killed more than 190 people in the state`, `des records
 * sont tombés dans la région`, `taken to a centre on the island`: a definite
 * noun of a kind of place points back to the last place of that kind the
 * article named (Assam, a state; Lampedusa, introduced as `the island of
 * Lampedusa`). Each such mention becomes a stand-in place for the event
 * stage, with the referent's name and point: whether it locates a happening is
 * then read as for any place (its preposition, its distance to the verb).
 * Stand-ins never leave the event stage; they keep the referent's id, so an
 * event placed by one links to the place the article named.
 */

/**
 * How many sentences back the referent may be named. Further back, `la région` is the wider area the story
 * is about (`le troisième déplacement de M. Barrot dans la région`, after Doha, Gaza and Cairo), not a place named.
 */
const REACH = 2;

/** The kinds of place each noun stands for; `island` is the place the article introduced as one. */
const NOUN_KINDS: ReadonlyMap<string, PlaceKind | 'island'> = new Map<string, PlaceKind | 'island'>([
	['state', 'region'],
	['province', 'region'],
	['region', 'region'],
	['région', 'region'],
	['département', 'region'],
	['city', 'city'],
	['town', 'city'],
	['ville', 'city'],
	['commune', 'city'],
	['country', 'country'],
	['pays', 'country'],
	['island', 'island'],
	['île', 'island']
]);

/** `the state`, `la région`, `l'île`, `le pays` (a definite article, then the noun). */
const MENTION = /\b(?:the|la|le|l['’])\s?(state|province|region|région|département|city|town|ville|commune|country|pays|island|île)\b/giu;
/** `the city of Derna`, `la commune de Gonfaron`: the name follows, no pointing back. */
const NAMED_AFTER = /^\s+(?:of|de|d['’]|du)\s*(?:la |le |l['’])?\p{Lu}/u;
/** `the island of Lampedusa`, `l'île de Groix`: how an island is introduced. */
const ISLAND_BEFORE = /\b(?:island|isle|île)\s+(?:of|de|d['’])\s*$/iu;

/** Stand-in places for the anaphoric place nouns of sentence `sentence`, in text order. */
export function placeAnaphors(doc: Doc, sentence: number, places: readonly Place[]): Place[] {
	const s = doc.sentences[sentence];
	if (!s) return [];
	const text = doc.norm.slice(s.start, s.end);
	const out: Place[] = [];
	for (const m of text.matchAll(MENTION)) {
		const start = s.start + (m.index ?? 0);
		const end = start + m[0].length;
		const kind = NOUN_KINDS.get(m[1].toLowerCase());
		if (!kind || NAMED_AFTER.test(doc.norm.slice(end, end + 8))) continue;
		const referent = lastOfKind(doc, places, kind, start, sentence);
		if (referent) out.push({ ...referent, start, end, text: doc.text.slice(start, end), sentence, metonym: false });
	}
	return out;
}

/** The last place of `kind` named before offset `at`, within `REACH` sentences of `sentence`. */
function lastOfKind(doc: Doc, places: readonly Place[], kind: PlaceKind | 'island', at: number, sentence: number): Place | null {
	let found: Place | null = null;
	for (const p of places) {
		if (p.end > at) continue;
		if (p.metonym || sentence - p.sentence > REACH) continue;
		const fits = kind === 'island' ? ISLAND_BEFORE.test(doc.norm.slice(Math.max(0, p.start - 12), p.start)) : p.kind === kind;
		if (fits) found = p;
	}
	return found;
}
