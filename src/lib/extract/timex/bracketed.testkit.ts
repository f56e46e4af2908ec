import { tokenize } from './tokens';
import type { Tok } from './tokens';

/**
 * The tokens of a test sentence with one word in brackets (`Il est arrivé [mardi].`), the brackets
 * blanked out, and the index of the bracketed word: what the tense and pluperfect specs ask about.
 */
export function bracketedWord(text: string): { T: Tok[]; i: number } {
	const T = tokenize(text.replace(/[[\]]/g, ' '));
	const at = text.indexOf('[');
	return { T, i: T.findIndex((t) => t.s > at) };
}
