import type { Lang } from '$lib/model';
import { startsLower } from '../chars';
import type { FormHit, FormTag, TriggerEntry } from './lexicon';
import { FR_AUX, mannerAdverb, type Tok } from './clauses';

/**
 * Verbs the trigger lexicons do not list, guessed from their form where the
 * grammar around them says they are finite: a French past participle after
 * `a`/`ont`/`est`… (`a plafonné`, `ont été vidés`), an English simple past or
 * participle (`swamped`, `came`, `was born`). The lexicons name the kinds of
 * happening a timeline groups by; news tells many more (`the toll climbed`,
 * `la température n'est pas descendue`), and a sentence that reports one
 * with no listed word would otherwise hold no event at all. Used only for
 * such sentences (see `sentenceDrafts`): a listed trigger always wins.
 */

/** English irregular verbs: simple past (`fin`), participle (`pp`), or a form that is both (`past`). */
const EN_IRREGULAR: ReadonlyMap<string, FormTag> = new Map(
	(
		'became:fin become:pp began:fin begun:pp bent:past bet:past bit:fin bitten:pp blew:fin blown:pp broke:fin broken:pp bred:past ' +
		'brought:past built:past burnt:past bought:past caught:past chose:fin chosen:pp came:fin clung:past crept:past dealt:past dug:past ' +
		'did:fin done:pp drew:fin drawn:pp drank:fin drunk:pp drove:fin driven:pp ate:fin eaten:pp fell:fin fallen:pp fed:past felt:past ' +
		'fought:past found:past forgot:fin forgotten:pp forgave:fin forgiven:pp froze:fin frozen:pp got:past gotten:pp gave:fin given:pp ' +
		'went:fin gone:pp grew:fin grown:pp hung:past heard:past hid:fin hidden:pp knew:fin known:pp laid:past lent:past lit:past lost:past ' +
		'made:past meant:past overtook:fin overtaken:pp paid:past rode:fin ridden:pp rang:fin rung:pp rose:fin risen:pp ran:fin sank:fin ' +
		'sunk:pp saw:fin seen:pp sought:past sold:past sent:past shook:fin shaken:pp shone:past shot:past showed:fin shown:pp shrank:fin ' +
		'sang:fin sung:pp sat:past slept:past slid:past spoke:fin spoken:pp sped:past spent:past spun:past sprang:fin sprung:pp stood:past ' +
		'stole:fin stolen:pp stuck:past stung:past strove:fin swore:fin sworn:pp swept:past swam:fin swum:pp swung:past took:fin taken:pp ' +
		'taught:past tore:fin torn:pp thought:past threw:fin thrown:pp understood:past undertook:fin undertaken:pp upheld:past withdrew:fin ' +
		'withdrawn:pp woke:fin woken:pp wore:fin worn:pp wound:past wrote:fin written:pp born:pp'
	)
		.split(' ')
		.map((f): [string, FormTag] => {
			const [form, tag] = f.split(':');
			return [form, tag as FormTag];
		})
);

/**
 * Words in -ed (five letters or more, as `genericHits` reads them) that are rarely verbs in the news: nouns,
 * adjectives, base forms in -eed, and participles that describe rather than tell (`based in`, `so-called`,
 * `alleged`, `concerned about`).
 */
const EN_NOT_VERB_ED = new Set([
	'speed', 'hundred', 'indeed', 'naked', 'wicked', 'sacred', 'rugged', 'beloved', 'based', 'related', 'united', 'limited',
	'alleged', 'detailed', 'advanced', 'experienced', 'supposed', 'skilled', 'talented', 'crowded', 'complicated', 'sophisticated',
	'interested', 'concerned', 'tired', 'armed', 'unarmed', 'masked', 'named', 'called', 'so-called', 'embattled', 'unprecedented',
	'unexpected', 'unidentified', 'unnamed', 'undisclosed', 'unspecified', 'expected', 'scheduled', 'planned', 'proposed',
	'intended', 'pleased', 'worried', 'determined', 'committed', 'dedicated', 'devoted', 'prepared', 'required', 'allowed',
	'entitled', 'designed', 'aimed', 'linked', 'connected', 'located', 'situated', 'filled', 'covered', 'surrounded', 'rated',
	'ranked', 'priced', 'valued', 'estimated', 'qualified', 'accused', 'deceased', 'disabled', 'displaced', 'believed', 'reported',
	'exceed', 'proceed', 'succeed', 'breed', 'creed', 'greed', 'steed', 'tweed', 'embed', 'shred', 'hatred', 'kindred'
]);

/** French words ending like a participle that are not verbs: days, adverbs, pronouns. */
const FR_NOT_PARTICIPLE = new Set([
	'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'midi', 'minuit', 'ici', 'parmi', 'aussi', 'ainsi', 'lui',
	'celui', 'qui', 'quoi', 'aujourd', 'hui', 'jusqu', 'depuis', 'puis', 'fois', 'mois', 'pays', 'temps', 'prix', 'avis', 'plus', 'tous',
	'nous', 'vous', 'sous', 'dessous', 'dessus', 'autour', 'près', 'après', 'très', 'trop', 'tout', 'toute', 'été', 'eu', 'pu', 'dû', 'su',
	'vu', 'fait', 'dit', 'mis', 'pris', 'ni', 'si', 'oui', 'lit', 'nuit', 'huit', 'fruit', 'bruit', 'droit', 'endroit', 'étroit', 'froid',
	'produit', 'circuit', 'conflit', 'crédit', 'esprit', 'profit', 'récit', 'habit', 'appétit', 'délit', 'édit', 'débit', 'déficit', 'rue',
	'vue', 'revue', 'avenue', 'issue', 'statue', 'tenue', 'venue', 'étendue', 'bienvenue', 'retenue', 'charrue', 'crue', 'début', 'but',
	'statut', 'institut', 'salut', 'tribut', 'attribut', 'substitut', 'début', 'bout', 'coût', 'goût', 'août', 'menu', 'contenu', 'revenu',
	'individu', 'tissu', 'écu', 'vertu', 'inconnu', 'inconnue', 'côté', 'société', 'sécurité', 'cité', 'comité', 'activité', 'autorité',
	'majorité', 'minorité', 'priorité', 'qualité', 'quantité', 'réalité', 'santé', 'liberté', 'volonté', 'moitié', 'amitié', 'pitié',
	'député', 'été', 'clé', 'thé', 'café', 'marché', 'degré', 'gré', 'pré', 'fossé', 'passé', 'lycée', 'musée', 'armée', 'année',
	'journée', 'soirée', 'matinée', 'entrée', 'arrivée', 'idée', 'durée', 'montée', 'portée', 'pensée', 'poignée', 'rentrée', 'tournée',
	'vallée', 'chaussée', 'fusée', 'assemblée', 'allée', 'mêlée', 'épée', 'bouée', 'marée', 'traversée', 'randonnée', 'dictée'
]);

/** A past participle's endings, as the regular and common irregular French verbs make them. */
const FR_PARTICIPLE = /^\p{Ll}[\p{Ll}'-]*(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte|eints|eintes|aint|ainte|oint|ointe|ait|aite|aits|aites|ort|orte|orts|ortes|os|ose|oses|ous|oute|outes)$/u;
const FR_NOT_PARTICIPLE_END = /(ais|ois|uis)$/;
/** What may stand between a French auxiliary and its participle (negation, clitics, short adverbs). */
const FR_GAP = new Set(['ne', "n'", 'pas', 'jamais', 'plus', 'déjà', 'aussi', 'également', 'ensuite', 'enfin', 'alors', 'encore', 'toujours', 'bien', 'même', 'été', 'tout', 'notamment', 'finalement', 'rapidement', 'presque', 'guère', 'vite', 'y', 'en']);

const entries = new Map<string, TriggerEntry>();

function entryFor(lemma: string): TriggerEntry {
	let e = entries.get(lemma);
	if (!e) {
		e = { lemma, kind: 'other' };
		entries.set(lemma, e);
	}
	return e;
}

const hitLists = new Map<string, FormHit[]>();

/** One hit list per form and tag: the same array every time, as the lexicon's are. */
function hitsOf(form: string, tag: FormTag): FormHit[] {
	const key = `${tag}:${form}`;
	let list = hitLists.get(key);
	if (!list) {
		list = [{ entry: entryFor(form), tag }];
		hitLists.set(key, list);
	}
	return list;
}

/** The French auxiliary this participle follows, over negation and short adverbs. */
function frenchAuxBefore(toks: Tok[], k: number): boolean {
	for (let s = k - 1, n = 0; s >= 0 && n < 4; s--, n++) {
		const w = toks[s].low;
		if (FR_AUX.has(w)) return w !== 'été' || (s > 0 && FR_AUX.has(toks[s - 1].low));
		if (!FR_GAP.has(w) && !mannerAdverb(toks[s].raw, 'fr')) return false;
	}
	return false;
}

/** The guessed verb reading of word token k, when its form and the words before it make one; else undefined. */
export function genericHits(toks: Tok[], k: number, lang: Lang): FormHit[] | undefined {
	const t = toks[k];
	if (!t.word || t.quote || !startsLower(t.raw)) return undefined;
	const w = t.low;
	if (lang === 'fr') {
		// (No participle ends in -ais, -ois, -uis: those are adverbs and adjectives, `toutefois`, `désormais`, `français`.)
		// The auxiliary before is asked first: it rules out most words with a set look-up or two, before the regexes.
		if (w.length < 3 || !frenchAuxBefore(toks, k) || FR_NOT_PARTICIPLE.has(w) || FR_AUX.has(w) || FR_GAP.has(w) || !FR_PARTICIPLE.test(w) || FR_NOT_PARTICIPLE_END.test(w)) return undefined;
		return hitsOf(w, 'pp');
	}
	const irregular = EN_IRREGULAR.get(w);
	if (irregular) return hitsOf(w, irregular);
	if (w.length >= 5 && w.endsWith('ed') && /^[a-z]+(?:-[a-z]+)*$/.test(w) && !EN_NOT_VERB_ED.has(w)) return hitsOf(w, 'past');
	return undefined;
}
