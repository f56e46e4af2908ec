import type { Lang } from '$lib/model';
import type { Lexicon } from './lexicon';
import { formIndex, formOfWord } from './form-index';

/**
 * `"It was the van of its day," she said.`, `"We will keep going," he said.`: a quotation closed by a bare
 * incise (a speaker and a verb of saying, nothing after) is what someone said about the story, not a
 * happening a timeline shows — no date, no place, no audience of its own. Its words are not events either (`We did not do so in this case," she said`, the
 * end of a quotation opened a sentence earlier). An incise that says more (`Keating told reporters after
 * the session`, `he told reporters in Guwahati`) keeps the sentence's events.
 *
 * English only: the tuning sets' gold keeps most French inverted incises (`», a-t-il assuré.`, `», a-t-il
 * souri.`) as optional events, and the same rule there cost as much as it gained.
 */

/** English: closing quote, at most four words of speaker, then the verb and the full stop. */
const EN_INCISE = /[,.?!…]\s*["”]\s+((?:[\p{L}\p{N}'’.-]+\s+){0,4})(\p{L}+)\s*[.!]\s*$/u;

export function bareQuoteIncise(sentence: string, lang: Lang, lex: Lexicon): boolean {
	if (lang !== 'en') return false;
	const m = EN_INCISE.exec(sentence);
	if (!m) return false;
	return formOfWord(formIndex(lex), m[2].toLowerCase())?.saying === true;
}
