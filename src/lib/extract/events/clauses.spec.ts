import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/model';
import { buildLexicon } from './lexicon';
import { FR_NOUNS, FR_VERBS } from './triggers.fr';
import { EN_NOUNS, EN_VERBS } from './triggers.en';
import { cognition, cognitionAlternatives, COGNITION, findTriggers, markClauses, tokenize, TOKEN_EN, TOKEN_FR } from './clauses';

const lex = { fr: buildLexicon('fr', FR_VERBS, FR_NOUNS), en: buildLexicon('en', EN_VERBS, EN_NOUNS) };

/** `word:lemma:S|w` for each trigger (S strong, w weak, i incise). */
function triggers(text: string, lang: Lang): string[] {
	const toks = tokenize(text, 0, text.length, lang);
	const l = lex[lang];
	markClauses(
		toks,
		lang,
		(t) => (l.get(t.low) ?? []).some((h) => h.entry.saying && h.tag !== 'noun' && h.tag !== 'inf' && h.tag !== 'ger' && !h.entry.tail),
		(t) => (l.get(t.low) ?? []).some((h) => h.tag === 'fin' || h.tag === 'past' || h.tag === 'fut')
	);
	return findTriggers(toks, lang, l).map((t) => `${toks[t.i].low}:${t.entry.lemma}:${t.incise ? 'i' : t.strong ? 'S' : 'w'}`);
}

describe('triggers and their strength', () => {
	it.each([
		['Kim a quitté la gare de Pyongyang dimanche soir.', ['quitté:quitter:S']],
		['Parti de Pyongyang dimanche, Kim avait franchi la frontière mardi.', ['parti:partir:w', 'franchi:franchir:S']],
		['Les deux hommes se sont serré la main à 13 h 09.', ['serré:serrer:S']],
		['Kim doit se rendre à Komsomolsk.', ['rendre:rendre:S']],
		// `rendre` without a reflexive pronoun is not a movement.
		['Il faut rendre les armes.', []],
		// `à partir du` is a date; `à la menace` a noun.
		['Le Brésil assumera la présidence à partir du 1er décembre.', ['assumera:assumer:S']],
		['Le texte appelle les États à renoncer à la menace.', ['appelle:appeler:S']],
		// Quotations report, they do not tell.
		['Il a ajouté : « Nous allons frapper fort. »', ['ajouté:ajouter:S']],
		['Nous allons frapper fort », a-t-il ajouté.', ['ajouté:ajouter:i']],
		// An incise attributes.
		['Kim « est parti dimanche », a rapporté l’agence.', ['rapporté:rapporter:i']],
		// A relative clause is weak until the main verb comes back.
		['Les militaires qui ont pris le pouvoir ont annoncé la fermeture.', ['pris:prendre:w', 'annoncé:annoncer:S']],
		['La fondation de la Corée du Nord il y a 75 ans.', ['fondation:fondation:w']],
		['Le sommet s’est tenu à Washington, et le prochain se tiendra à Rio.', ['sommet:sommet:w', 'tenu:tenir:S', 'tiendra:tenir:S']]
	] as const)('fr %s', (text, expected) => {
		expect(triggers(text, 'fr')).toEqual(expected);
	});

	it.each([
		['Rescuers dug through thousands of collapsed buildings on Tuesday.', ['dug:dig:S', 'collapsed:collapse:w']],
		['A second shock, measured by the survey, hit nine hours later.', ['shock:shock:w', 'hit:hit:S']],
		['A fire that broke out after the quake was still burning on Tuesday, the authority said.', ['fire:fire:w', 'broke:break:w', 'quake:quake:w', 'burning:burn:S', 'said:say:i']],
		['The provinces hit by the disaster mourned.', ['hit:hit:w']],
		['Washington said it would send two teams.', ['said:say:S', 'send:send:w']],
		['The European Union said on Monday it was mobilising teams, while Washington said it would send two.', ['said:say:S', 'mobilising:mobilise:w', 'said:say:S', 'send:send:w']],
		// `Fire Department` is a name, not a fire.
		['The death toll rose as Turkey’s Fire Department worked.', ['rose:rise:S']]
	] as const)('en %s', (text, expected) => {
		expect(triggers(text, 'en')).toEqual(expected);
	});
});

describe('tokenize', () => {
	// The hand scan must cut exactly where the token regexes do, odd characters included
	// (`ſ` and U+0345 case-fold into the classes, surrogates cut by the span's end).
	const pieces = ['a', 'Z', 'n', 'N', 't', 'T', 's', 'S', 'é', 'É', 'ſ', '\u212a', '\u0345', '7', "'", '-', '.', ' ', '\u00a0', '\n', ',', '«', '»', '😀', '\ud83d', '\ude00', '_',
		"jusqu'", "Lorsqu'", "qu'", "d'", "L'", "n't", "'s", 'don', 'Qu', 'puisqu', 'quoiqu', '\u0130', 'ı'];
	const viaRegex = (text: string, start: number, end: number, lang: Lang) =>
		[...text.slice(start, end).matchAll(new RegExp((lang === 'fr' ? TOKEN_FR : TOKEN_EN).source, 'giu'))].map((m) => [start + m.index, start + m.index + m[0].length]);
	it('matches TOKEN_FR and TOKEN_EN on random text', () => {
		let seed = 12345;
		const rand = (n: number) => {
			// 32-bit LCG: exact in doubles, so the sequence does not collapse.
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return (seed >>> 8) % n;
		};
		for (let run = 0; run < 3000; run++) {
			let text = '';
			const len = 1 + rand(14);
			for (let k = 0; k < len; k++) text += pieces[rand(pieces.length)];
			const start = rand(3) === 0 ? rand(text.length) : 0;
			const end = rand(3) === 0 ? start + rand(text.length - start + 1) : text.length;
			for (const lang of ['fr', 'en'] as const) {
				const got = tokenize(text, start, end, lang).map((t) => [t.start, t.end]);
				expect(got, JSON.stringify({ text, start, end, lang })).toEqual(viaRegex(text, start, end, lang));
			}
		}
	});
});

describe('cognition prefilter', () => {
	it('each cognition prefix opens with two plain letters (the look-up keyed by them needs it)', () => {
		for (const re of [COGNITION.fr, COGNITION.en]) for (const alt of cognitionAlternatives(re)) expect(alt.slice(0, 2)).toMatch(/^\p{Ll}{2}$/u);
	});
	it.each([
		['pense', 'fr', true], ['estime', 'fr', true], ['était', 'fr', true], ['le', 'fr', false], ['p', 'fr', false], ['thinks', 'en', true], ['the', 'en', false], ['worried', 'en', true]
	] as const)('%s (%s) → %s', (w, lang, want) => {
		expect(cognition(w, lang)).toBe(want);
		expect(cognition(w, lang)).toBe(COGNITION[lang].test(w));
	});
});

describe('readings bound to their subject', () => {
	/** `word:kind` for each trigger. */
	function kinds(text: string): string[] {
		const toks = tokenize(text, 0, text.length, 'fr');
		markClauses(toks, 'fr', () => false, (t) => (lex.fr.get(t.low) ?? []).some((h) => h.tag === 'fin'));
		return findTriggers(toks, 'fr', lex.fr).map((t) => `${toks[t.i].low}:${t.entry.kind}`);
	}

	it('reads `le feu s’est déclaré` as an outbreak, other uses of `déclarer` as statements', () => {
		expect(kinds("Le feu s'est déclaré lundi vers 14h30.")).toEqual(['déclaré:disaster']);
		expect(kinds("L'incendie, qui s'était déclaré dimanche, a brûlé 300 hectares.")).toContain('déclaré:disaster');
		expect(kinds("Le maire s'est déclaré candidat.")).toEqual(['déclaré:statement']);
		expect(kinds('Le préfet a déclaré que le feu était fixé.')).toContain('déclaré:statement');
	});
});

describe('clock times', () => {
	/** The clause of the first token reading `word`. */
	function clauseOf(text: string, word: string): number {
		const toks = tokenize(text, 0, text.length, 'en');
		markClauses(toks, 'en', () => false);
		return toks.find((t) => t.low === word)!.clause;
	}

	it('keeps the colon of `3:12 a.m.` inside the clause, where a colon between words opens one', () => {
		expect(clauseOf('The rocket lifted off at 3:12 a.m. from Kennedy Space Center.', 'kennedy')).toBe(clauseOf('The rocket lifted off at 3:12 a.m. from Kennedy Space Center.', 'lifted'));
		expect(clauseOf('The agency said: the rocket lifted off.', 'rocket')).toBe(clauseOf('The agency said: the rocket lifted off.', 'said') + 1);
	});
});
