import type { Lang, Place } from '$lib/model';
import type { Doc } from '../document';

/**
 * The place the article's lede gives its disaster on a noun (`l'effondrement d'un immeuble de la rue
 * Saint-Martin, à Valence`, `the collapse of a block of flats in Valencia`), when no verb of the lede tells
 * it. A flashback that retells the disaster later (`Le bâtiment s'était écroulé le 15 novembre 2019`)
 * happened there, though its own sentence names no place.
 */

const NOUNS: Record<Lang, RegExp> = {
	fr: /(?<![\p{L}])(effondrement|écroulement|incendie|explosion|naufrage|déraillement|éboulement|glissement de terrain|séisme|inondations?|accident|drame|tuerie|attentat|fusillade)(?![\p{L}])/giu,
	en: /(?<![\p{L}])(collapse|fire|blaze|explosion|blast|shipwreck|sinking|derailment|landslide|earthquake|quake|floods?|crash|accident|shooting|attack)(?![\p{L}])/giu
};
/** From the noun to the place: its complement, then a locative preposition (no sentence end, no verb-like break). */
const TO_PLACE: Record<Lang, RegExp> = {
	fr: /^[^.;:!?«»"]{0,60}?(?:,\s*)?(?<=^|\s)(?:à|au|près de|dans)\s+(?:la\s+|le\s+|l')?$/iu,
	en: /^[^.;:!?"]{0,60}?(?:,\s*)?(?<=^|\s)(?:in|at|near|outside)\s+(?:the\s+)?$/iu
};

/** How many sentences from the start make the headline and lede. */
const LEDE_SENTENCES = 3;

export function disasterSite(doc: Doc, places: readonly Place[]): Place | null {
	const lang: Lang = doc.lang === 'en' ? 'en' : 'fr';
	for (let i = 0; i < Math.min(LEDE_SENTENCES, doc.sentences.length); i++) {
		const s = doc.sentences[i];
		const text = doc.norm.slice(s.start, s.end);
		for (const m of text.matchAll(NOUNS[lang])) {
			const from = s.start + m.index! + m[0].length;
			for (const p of places) {
				if (p.metonym || p.start < from || p.end > s.end || p.start - from > 80) continue;
				if (TO_PLACE[lang].test(doc.norm.slice(from, p.start))) return p;
			}
		}
	}
	return null;
}
