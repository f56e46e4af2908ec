import type { Lang } from '$lib/model';
import type { Tok, Trig } from './clauses';
import type { Draft } from './assemble';

/**
 * `Haddad said … that members of the gang had visited the museum in July`: a verb told in the past inside what a
 * statement reports, with a date of its own, is a happening of its own; the saying is another, made on the
 * story's day. (A noun or an infinitive in the report still dates the statement it completes.)
 */
export function reportsOwnPast(toks: Tok[], head: Draft, tr: Trig, lang: Lang): boolean {
	if (head.kind !== 'statement' || !head.trig.entry.saying || head.trig.region === 'content' || tr.region !== 'content') return false;
	if (tr.tag === 'noun' || tr.tag === 'inf' || tr.tag === 'ger' || tr.tag === 'fut') return false;
	// A finite past: an auxiliary of the past before it (`had visited`, `avaient visité`), or an English simple
	// past (`visited`, `flew`: a finite form without the present's `-s`).
	const aux = tr.aux >= 0 ? toks[tr.aux].low : '';
	if (lang === 'en') return aux === 'had' || (tr.aux < 0 && (tr.tag === 'past' || (tr.tag === 'fin' && !toks[tr.i].low.endsWith('s'))));
	return /^(avait|avaient|était|étaient|a|ont|est|sont)$/.test(aux);
}
