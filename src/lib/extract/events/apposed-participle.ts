import type { Tok, Trig } from './clauses';

/**
 * `Chega, founded in 2019, won just one seat`, `Julien Favre, son associé, tué dans la nuit du 14 au 15 mars
 * 2023 à Carouge`: a past participle with no auxiliary opening a phrase after a comma describes its noun by a
 * happening of its own; with a date of its own it is that happening's event, not a date for the sentence's
 * main verb (the sentencing is not in March 2023).
 */
export function apposedParticiple(toks: Tok[], tr: Trig): boolean {
	if (tr.aux >= 0 || (tr.tag !== 'pp' && tr.tag !== 'past')) return false;
	return tr.i > 0 && toks[tr.i - 1].low === ',';
}

