/**
 * Verbs of a flood, a fire or a storm reaching ground, known by their form: the lexicons list few of them,
 * and a verb read from its form alone (generic-verbs.ts) keeps the form as its lemma. Their direct object
 * is where the happening is (`The floods have also swamped large parts of Kaziranga National Park`, `la
 * crue a inondé la vallée de la Roya`), as for the verbs of impact assemble.ts lists (`hit`, `frapper`).
 */
const IMPACT_STEMS = /^(swamp|inundat|submerg|engulf|ravag|inond|dévast|devastat)/;

/** The lower-cased word is a form of a verb of impact. */
export function impactVerb(word: string): boolean {
	return IMPACT_STEMS.test(word);
}
