import type { Lang } from '$lib/model';
import type { Tok, Trig } from './clauses';

/**
 * Dates said in a participle set off by a comma after a noun (`pour le meurtre de Julien Favre, tué dans la
 * nuit du 14 au 15 mars 2023`, `des villages du sud du Liban, détruits par les frappes israéliennes l'automne
 * dernier`, `the port, devastated by an explosion on Aug. 4, 2020`): the participle says when the noun's own
 * story happened; the sentence's verb before it is another happening and keeps the date the story is on
 * (events/context.ts). The aside is an event of its own when a trigger inside it takes the date.
 * (Relative clauses are not asides here: `accompagnent Kim, qui « est parti … dimanche »` tells one happening.)
 */

/**
 * French past participles: `tué`, `dévastée`, `détruits`, `construit`, and a few irregular ones. Only endings
 * that few other words have; nouns in `-é` set off by a comma without an article are rare.
 */
const FR_PARTICIPLE = /^\p{L}{2,}(é|ée|és|ées|uit|uits|uite|uites)$/u;
const FR_IRREGULAR = new Set(['pris', 'prise', 'prises', 'mis', 'mise', 'mises', 'élu', 'élue', 'élus', 'vu', 'vue', 'tenu', 'tenue', 'retenu', 'retenue', 'détenu', 'détenue', 'détenus', 'perdu', 'perdue', 'battu', 'battue', 'abattu', 'abattue', 'disparu', 'disparue', 'vendu', 'vendue', 'rendu', 'reçu', 'reçue', 'connu', 'connue', 'survenu', 'survenue', 'ouvert', 'ouverte', 'découvert', 'découverte', 'mort', 'morte', 'né', 'née', 'écrit', 'décrit', 'inscrit', 'atteint', 'rejoint', 'éteint']);
const FR_NOT = new Set(['nuit', 'minuit', 'huit', 'été', 'année', 'journée', 'soirée', 'matinée', 'veillée']);
/** English past participles: `killed`, `devastated`, and the common irregular ones; not verbs of saying (`…, added on Monday`). */
const EN_PARTICIPLE = /^\p{L}{3,}ed$/u;
const EN_IRREGULAR = new Set(['built', 'born', 'taken', 'held', 'hit', 'struck', 'shot', 'made', 'sold', 'seen', 'found', 'known', 'given', 'brought', 'caught', 'thrown', 'stolen', 'written', 'begun', 'won', 'lost', 'sent', 'torn', 'shut', 'beaten', 'chosen', 'sunk', 'drawn', 'laid', 'led', 'paid', 'fought', 'swept', 'bought', 'elected', 'arrested']);
const EN_NOT = /^(indeed|hundred|added|stated|claimed|noted|explained|warned|insisted|announced|reported|confirmed|denied|asked|replied|argued|\p{L}*eed)$/u;
/** What may open the participle's complement: its agent, place or time. */
const FR_AFTER = new Set(['par', 'dans', 'lors', 'en', 'le', 'la', 'les', 'l\'', 'à', 'au', 'aux', 'pendant', 'durant', 'il', 'sur', 'depuis', 'fin', 'début', 'mi', 'ce', 'cette', 'hier', 'avant']);
const EN_AFTER = new Set(['by', 'in', 'on', 'at', 'during', 'last', 'earlier', 'two', 'three', 'a', 'an', 'the', 'this', 'over', 'from', 'after', 'before', 'yesterday']);

/** Token k is a past participle opening an aside: right after a comma, with a complement after it. */
function asideParticiple(toks: Tok[], k: number, lang: Lang): boolean {
	if (k < 2 || toks[k - 1].low !== ',' || !toks[k].word || k + 1 >= toks.length) return false;
	const w = toks[k].low;
	const next = toks[k + 1].low;
	// A capital is a name (`…, Paris le …`), not a participle.
	if (toks[k].raw !== w) return false;
	if (lang === 'fr') return (FR_IRREGULAR.has(w) || (FR_PARTICIPLE.test(w) && !FR_NOT.has(w))) && FR_AFTER.has(next);
	return (EN_IRREGULAR.has(w) || (EN_PARTICIPLE.test(w) && !EN_NOT.test(w))) && EN_AFTER.has(next);
}

/**
 * The date at tokens [a, …) sits in an aside that `tr`, a trigger before it and outside it, must not take:
 * a participle after a comma with no other comma between it and the date.
 */
export function asideDate(toks: Tok[], tr: Trig, a: number, lang: Lang): boolean {
	return tr.i < a && participleBetween(toks, tr.i, a - 1, lang);
}

/** The trigger at token `k` tells the aside of a noun after `head`'s verb (`…, tué dans la nuit`): a happening of its own. */
export function asideAfter(toks: Tok[], head: Trig, k: number, lang: Lang): boolean {
	return head.i < k && participleBetween(toks, head.i, k, lang);
}

/** An aside participle at some token in (from, to], with no comma between it and `to`. */
function participleBetween(toks: Tok[], from: number, to: number, lang: Lang): boolean {
	for (let k = to; k > from; k--) {
		const low = toks[k].low;
		if (low === ',' || low === ';' || low === ':') return false;
		if (asideParticiple(toks, k, lang)) return true;
	}
	return false;
}
