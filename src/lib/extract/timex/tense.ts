/**
 * Tense of the verb that governs a temporal expression: it decides which way
 * a bare `dimanche` or `May 14` points from the publication date. Heuristic
 * and word-based (no tagger): every token that looks like a tensed verb casts
 * a vote, and the nearest vote in the same clause wins.
 */
import type { Lang, Tense } from '$lib/model';
import type { Tok } from './tokens';

// ----------------------------------------------------------------- French

const FR_AUX_PRESENT = new Set(['a', 'ai', 'as', 'avons', 'avez', 'ont', 'est', 'sont', 'suis', 'es', 'sommes', 'êtes']);
const FR_AUX_PAST = new Set(['avait', 'avaient', 'était', 'étaient', 'eut', 'fut', 'furent', 'eurent']);
const FR_AUX_COND = new Set(['aurait', 'auraient', 'serait', 'seraient']);
const FR_AUX_FUT = new Set(['aura', 'auront', 'sera', 'seront']);
/** Between an auxiliary and its participle: negation, clitics, adverbs. */
export const FR_SKIP = new Set(['ne', 'n', 'pas', 'plus', 'jamais', 'déjà', 'ensuite', 'également', 'aussi', 'bien', 'encore', 'toujours', 'été', 'enfin', 'finalement', 'notamment', 'alors', 'même', 'donc', 'pourtant', 'cependant', 'rapidement', 'récemment', "'", 'y', 'en', 'se', 's', 'lui', 'leur', 'tout', 'tous', 'effectivement', 'officiellement', 'longtemps']);
const FR_IRREGULAR_PP = new Set([
	'fait', 'dit', 'pris', 'mis', 'eu', 'été', 'vu', 'su', 'pu', 'dû', 'voulu', 'venu', 'devenu', 'revenu', 'reçu', 'tenu',
	'obtenu', 'maintenu', 'ouvert', 'offert', 'découvert', 'couvert', 'souffert', 'mort', 'né', 'parti', 'sorti', 'fini',
	'choisi', 'réussi', 'permis', 'admis', 'promis', 'soumis', 'commis', 'conduit', 'produit', 'détruit', 'construit',
	'écrit', 'inscrit', 'décrit', 'atteint', 'craint', 'rejoint', 'peint', 'éteint', 'repris', 'compris', 'appris',
	'surpris', 'vécu', 'connu', 'paru', 'disparu', 'apparu', 'battu', 'perdu', 'rendu', 'vendu', 'entendu', 'répondu',
	'descendu', 'suivi', 'servi', 'accueilli', 'saisi', 'établi', 'agi', 'réagi', 'élu', 'lu', 'plu', 'cru', 'bu', 'couru',
	'franchi', 'subi', 'trahi', 'envahi', 'bâti', 'fui', 'ri', 'dormi', 'menti', 'senti', 'assis', 'acquis', 'conquis',
	'sortie', 'partie', 'venue', 'morte', 'née', 'prise', 'mise', 'faite', 'dite', 'tenue', 'reçue', 'ouverte'
]);
/** Participles that look forward: `est prévu jeudi`, `est attendu lundi`. */
const FR_PROSPECTIVE = new Set(['prévu', 'prévue', 'prévus', 'prévues', 'attendu', 'attendue', 'attendus', 'attendues', 'programmé', 'programmée', 'censé', 'censée', 'appelé', 'appelée', 'convoqué', 'convoquée']);
const FR_COND = new Set([
	'pourrait', 'pourraient', 'devrait', 'devraient', 'voudrait', 'voudraient', 'ferait', 'feraient', 'faudrait',
	'viendrait', 'viendraient', 'tiendrait', 'saurait', 'vaudrait', 'irait', 'iraient', 'verrait', 'enverrait'
]);
const FR_FUT = new Set([
	'pourra', 'pourront', 'devra', 'devront', 'fera', 'feront', 'ira', 'iront', 'viendra', 'viendront', 'tiendra',
	'tiendront', 'voudra', 'faudra', 'verra', 'verront', 'saura', 'recevra', 'recevront', 'prendra', 'prendront',
	'rendra', 'rendront', 'mettra', 'mettront', 'dira', 'diront', 'partira', 'partiront', 'sortira', 'ouvrira',
	'reviendra', 'deviendra', 'obtiendra', 'tiendra', 'accueillera', 'aura', 'auront', 'sera', 'seront'
]);
/** FR_SKIP and the object pronouns that may come between `doit` and its infinitive. */
const FR_GOING_SKIP = new Set([...FR_SKIP, 'le', 'la', 'les', 'l', 'me', 'm', 'te', 't', 'nous', 'vous']);
const FR_GOING = new Set(['va', 'vont', 'doit', 'doivent', 'prévoit', 'prévoient', 'compte', 'comptent', 'envisage', 'envisagent']);
const FR_NOT_IMPARFAIT = new Set(['mais', 'jamais', 'fait', 'lait', 'souhait', 'trait', 'portrait', 'attrait', 'extrait', 'retrait', 'parfait', 'abstrait', 'bienfait', 'forfait', 'méfait', 'distrait', 'satisfait', 'imparfait', 'plait', 'plaît', 'vrai', 'désormais', 'français', 'anglais', 'palais', 'frais', 'relais', 'délais', 'délai', 'marais', 'biais', 'japonais', 'irlandais', 'écossais', 'taïwanais', 'libanais', 'sénégalais', 'congolais', 'portugais', 'polonais', 'néerlandais', 'hollandais', 'danois', 'finlandais', 'islandais', 'mais']);

const FR_NOT_INFINITIVE = new Set(['premier', 'dernier', 'hiver', 'janvier', 'février', 'quartier', 'métier', 'papier', 'dossier', 'foyer', 'loyer', 'danger', 'étranger', 'léger', 'entier', 'conseiller', 'boulanger', 'pompier', 'policier', 'ouvrier', 'courrier', 'chantier', 'sentier', 'fermier', 'olivier', 'rosier', 'grenier', 'clocher', 'rocher', 'plancher', 'atelier', 'escalier', 'collier', 'cahier', 'fichier', 'calendrier', 'saphir', 'zéphyr', 'désir', 'plaisir', 'loisir', 'avenir', 'souvenir', 'elixir', 'empire', 'super', 'laser', 'poster', 'leader', 'manager', 'carrier', 'cancer', 'hamburger']);

const FR_ETRE_PRESENT = new Set(['est', 'sont', 'suis', 'es', 'sommes', 'êtes']);
/** Verbs conjugated with `être` in the passé composé (their masculine participles). */
export const FR_MOTION = new Set(['arrivé', 'parti', 'venu', 'allé', 'mort', 'né', 'entré', 'sorti', 'monté', 'descendu', 'tombé', 'resté', 'retourné', 'devenu', 'revenu', 'rentré', 'passé', 'intervenu', 'survenu', 'parvenu', 'reparti', 'décédé', 'apparu', 'disparu', 'rendu', 'redevenu', 'remonté', 'ressorti', 'advenu']);

/** Masculine singular of a participle (`arrivées` → `arrivé`). */
export function stem(w: string): string {
	if (w.endsWith('ées')) return w.slice(0, -2);
	if (w.endsWith('ée') || w.endsWith('és')) return w.slice(0, -1);
	if (w.endsWith('ies') || w.endsWith('ues') || w.endsWith('tes')) return w.slice(0, -2);
	if (w.endsWith('ie') || w.endsWith('ue') || w.endsWith('is') || w.endsWith('us') || w.endsWith('te')) return w.slice(0, -1);
	return w;
}

export function frParticiple(w: string): boolean {
	if (w.length < 2) return false;
	if (FR_IRREGULAR_PP.has(w)) return true;
	// Agreement: `mortes`, `prises`, `faits`.
	if (w.length > 3 && (w.endsWith('es') ? FR_IRREGULAR_PP.has(w.slice(0, -2)) || FR_IRREGULAR_PP.has(w.slice(0, -1)) : w.endsWith('s') || w.endsWith('e') ? FR_IRREGULAR_PP.has(w.slice(0, -1)) : false)) return true;
	return /(é|ée|és|ées)$/.test(w) || (w.length > 3 && /(i|is|it|u|us|ue|ues)$/.test(w) && !/(oi|ai|ui|eu|au|ou)$/.test(w));
}

function frInfinitive(w: string): boolean {
	return w.length > 3 && /(er|ir|re|oir)$/.test(w);
}

export function nextContent(toks: Tok[], i: number, end: number, skip: Set<string>, max: number): number {
	for (let j = i + 1, n = 0; j < end && n < max; j++, n++) {
		const w = toks[j].w;
		if (skip.has(w)) continue;
		return j;
	}
	return -1;
}

/**
 * Whether any branch of `frCue` can vote for the word, its context aside: most words of a sentence are no verb,
 * and this one cached answer spares them the eight set look-ups and six suffix tests (frCue was a tenth of the
 * timex stage). Bounded: a huge text of distinct words must not grow it without end.
 */
const frMayCue = new Map<string, boolean>();
const FR_MAY_CUE_MAX = 50_000;

function frWordMayCue(w: string): boolean {
	let may = frMayCue.get(w);
	if (may !== undefined) return may;
	may =
		FR_AUX_PRESENT.has(w) || FR_AUX_PAST.has(w) || FR_AUX_COND.has(w) || FR_AUX_FUT.has(w) || FR_COND.has(w) || FR_FUT.has(w) || FR_GOING.has(w) ||
		w === 'devait' || w === 'devaient' || w === 'devais' || w === 'devions' || w === 'deviez' ||
		(w.length > 4 && /(er|ir)$/.test(w) && !FR_NOT_INFINITIVE.has(w)) ||
		(w.length > 5 && /(eraient|erait)$/.test(w)) ||
		(w.length > 4 && /(eront|erons|erez|era|iront)$/.test(w)) ||
		(w.length > 4 && /(erai|irai|drai|rrai)$/.test(w)) ||
		(w.length > 5 && /(dra|dront|rra|rront|vra|vront)$/.test(w)) ||
		(w.length > 4 && /èrent$/.test(w)) ||
		(w.length > 4 && /(aient|ait)$/.test(w) && !FR_NOT_IMPARFAIT.has(w)) ||
		(FR_PROSPECTIVE.has(w) && /^prévu/.test(w));
	if (frMayCue.size >= FR_MAY_CUE_MAX) frMayCue.clear();
	frMayCue.set(w, may);
	return may;
}

function frCue(toks: Tok[], i: number, end: number): Tense | null {
	const t = toks[i];
	if (t.k !== 'w') return null;
	const w = t.w;
	if (!frWordMayCue(w)) return null;
	// `l'est du pays`, `à l'est`: the compass point, not the verb.
	if (w === 'est' && i > 1 && ((toks[i - 1].w === "'" && toks[i - 2].w === 'l') || toks[i - 1].w === 'nord' || toks[i - 1].w === 'sud' || toks[i - 1].w === '-')) return null;
	if (FR_AUX_PRESENT.has(w) || FR_AUX_PAST.has(w) || FR_AUX_COND.has(w) || FR_AUX_FUT.has(w)) {
		const j = nextContent(toks, i, end, FR_SKIP, 4);
		const pp = j >= 0 && toks[j].k === 'w' && frParticiple(toks[j].w);
		// With `être` only: `est prévu jeudi` looks ahead, `a appelé dimanche` is a past act.
		if (pp && FR_PROSPECTIVE.has(toks[j].w) && (FR_ETRE_PRESENT.has(w) || FR_AUX_FUT.has(w))) return 'future';
		if (FR_AUX_FUT.has(w)) return 'future';
		// `être` + participle is a past tense only for verbs of motion and pronominal
		// verbs (`est arrivé`, `s'est rendu`); otherwise it is a passive or a state
		// in the present (`est ouverte`, `sont attendus`).
		if (pp && FR_ETRE_PRESENT.has(w)) {
			const pron = i > 1 && ((toks[i - 1].w === "'" && (toks[i - 2].w === 's' || toks[i - 2].w === 'm' || toks[i - 2].w === 't')) || toks[i - 1].w === 'se' || toks[i - 1].w === 'nous' || toks[i - 1].w === 'vous');
			return pron || FR_MOTION.has(stem(toks[j].w)) ? 'past' : 'present';
		}
		// The same for the conditional: `seraient jugées dès lundi` is a passive still to come (`aurait tué`,
		// `serait arrivé`, `se serait rendu` tell an alleged past).
		if (pp && (w === 'serait' || w === 'seraient')) {
			const pron = i > 1 && ((toks[i - 1].w === "'" && toks[i - 2].w === 's') || toks[i - 1].w === 'se');
			return pron || FR_MOTION.has(stem(toks[j].w)) ? 'past' : 'conditional';
		}
		if (pp) return 'past';
		if (FR_AUX_PAST.has(w)) return 'past';
		if (FR_AUX_COND.has(w)) return 'conditional';
		return 'present';
	}
	if (FR_COND.has(w)) return 'conditional';
	if (FR_FUT.has(w)) return 'future';
	if (FR_GOING.has(w)) {
		// `doit le conduire vendredi`: object pronouns may stand before the infinitive.
		const j = nextContent(toks, i, end, FR_GOING_SKIP, 3);
		if (j >= 0 && frInfinitive(toks[j].w)) return 'future';
		return null;
	}
	if (w === 'devait' || w === 'devaient' || w === 'devais' || w === 'devions' || w === 'deviez') return 'future';
	// `proposé de se retrouver fin novembre`, `avant de quitter ses fonctions le 30 octobre`:
	// an infinitive closer to the date than any finite verb looks ahead.
	if (w.length > 4 && /(er|ir)$/.test(w) && !FR_NOT_INFINITIVE.has(w) && i > 0) {
		const p = toks[i - 1].w;
		const pp = i > 1 ? toks[i - 2].w : '';
		if (p === 'de' || p === 'pour' || p === 'se' || (p === "'" && (pp === 'd' || pp === 's'))) return 'future';
	}
	if (w.length > 5 && /(eraient|erait)$/.test(w)) return 'conditional';
	if (w.length > 4 && /(eront|erons|erez|era|iront)$/.test(w)) return 'future';
	// First person: `je partirai samedi`, `j'irai`, `je viendrai`.
	if (w.length > 4 && /(erai|irai|drai|rrai)$/.test(w)) return 'future';
	// `s'entretiendra`, `prendront`, `enverra`, `recevra`: futures whose stem ends in d, r or v.
	if (w.length > 5 && /(dra|dront|rra|rront|vra|vront)$/.test(w) && !toks[i].cap) return 'future';
	if (w.length > 4 && /èrent$/.test(w)) return 'past';
	if (w.length > 4 && /(aient|ait)$/.test(w) && !FR_NOT_IMPARFAIT.has(w)) return 'past';
	if (FR_PROSPECTIVE.has(w) && /^prévu/.test(w)) return 'future';
	return null;
}

// ----------------------------------------------------------------- English

const EN_PAST = new Set([
	'was', 'were', 'had', 'did', 'said', 'told', 'left', 'met', 'came', 'went', 'took', 'made', 'saw', 'began', 'struck',
	'found', 'gave', 'got', 'held', 'led', 'lost', 'sent', 'spent', 'built', 'brought', 'bought', 'fell', 'felt', 'kept',
	'knew', 'rose', 'ran', 'sold', 'stood', 'thought', 'won', 'wrote', 'became', 'broke', 'caught', 'chose', 'drove',
	'flew', 'fought', 'hid', 'meant', 'paid', 'shot', 'shook', 'spoke', 'stole', 'swore', 'taught', 'threw', 'tore',
	'understood', 'woke', 'wore', 'sought', 'sank', 'slid', 'spread', 'swept', 'fled', 'froze', 'grew', 'hung', 'lay', 'saw'
]);
const EN_NOT_ED = new Set(['need', 'feed', 'speed', 'indeed', 'bed', 'red', 'hundred', 'seed', 'breed', 'shed', 'proceed', 'succeed', 'exceed', 'bleed', 'united', 'limited', 'based', 'related', 'tired', 'aged', 'interested', 'expected', 'scheduled', 'planned', 'supposed', 'due', 'sacred', 'wicked', 'naked', 'led']);
const EN_FUTURE = new Set(['will', 'shall']);
const EN_COND = new Set(['would', 'could', 'might']);
const EN_PRESENT = new Set(['is', 'are', 'am', 'says', 'say', 'do', 'does']);
const EN_HAVE = new Set(['has', 'have']);
/** After these a past form is a participle or an adjective (`will stay closed`): the verb before it voted. */
const EN_BEFORE_PARTICIPLE = new Set(['be', 'been', 'being', 'to', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'get', 'got', 'stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'become', 'becomes', 'seem', 'seems', 'appear', 'appears', 'keep', 'keeps']);
const EN_HAVE_SKIP = new Set(['not', 'already', 'also', 'just', 'since', 'now', 'been', 'n', "'", 't']);
const EN_TO_FUTURE = new Set(['expected', 'scheduled', 'set', 'due', 'planned', 'plans', 'plan', 'going', 'poised', 'slated']);
/** Words that put a date ahead when a preposition or a date follows (not `set`: `set in Paris`). */
const EN_DUE = new Set(['due', 'expected', 'scheduled', 'slated', 'planned']);
const EN_DUE_NEXT = new Set(['in', 'on', 'for', 'by', 'at', 'next', 'this', 'later', 'early', 'late', 'around']);
/** Present verbs of intent: `expects growth to slow in the second half` looks forward. */
const EN_INTENT = new Set(['expects', 'expect', 'plans', 'plan', 'hopes', 'hope', 'intends', 'intend', 'wants', 'want', 'aims', 'predicts', 'forecasts']);

function enCue(toks: Tok[], i: number, end: number): Tense | null {
	const t = toks[i];
	if (t.k !== 'w') return null;
	const w = t.w;
	// `10am`: the clock, not the verb.
	if (w === 'am' && i > 0 && toks[i - 1].k === 'n') return null;
	if (EN_FUTURE.has(w)) return 'future';
	if (w === 'll' && i > 0 && toks[i - 1].w === "'") return 'future';
	if (EN_COND.has(w)) return 'conditional';
	const nx = i + 1 < end ? toks[i + 1].w : '';
	if (EN_TO_FUTURE.has(w) && nx === 'to') return 'future';
	// `is due in December`, `expected on Friday`, `scheduled for March`.
	// (`was scheduled for December` may be a December gone: the past decides.)
	if (EN_DUE.has(w) && EN_DUE_NEXT.has(nx) && !(i > 0 && ['was', 'were', 'had', 'been'].includes(toks[i - 1].w))) return 'future';
	if (EN_INTENT.has(w) && [1, 2, 3].some((k) => i + k < end && toks[i + k].w === 'to')) return 'future';
	if ((w === 'is' || w === 'are' || w === 'was' || w === 'were') && nx === 'to') return 'future';
	if (EN_HAVE.has(w)) {
		const j = nextContent(toks, i, end, EN_HAVE_SKIP, 3);
		if (j >= 0 && (EN_PAST.has(toks[j].w) || /ed$/.test(toks[j].w) || /en$/.test(toks[j].w))) return 'past';
		return 'present';
	}
	// After `be`, `been`, `was`, `has`… a past form is a participle: the auxiliary already voted.
	const pv = i > 0 ? toks[i - 1].w : '';
	const participle = EN_BEFORE_PARTICIPLE.has(pv);
	if (EN_PAST.has(w) && !participle) return 'past';
	if (EN_PRESENT.has(w)) return 'present';
	// `who faces`, `which runs`: a third-person present right after a relative pronoun.
	if ((pv === 'who' || pv === 'which') && w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return 'present';
	if (w.length > 3 && w.endsWith('ed') && !EN_NOT_ED.has(w) && !participle) return 'past';
	return null;
}

/** Verbs of saying that close a quotation or a report as an incise (`, analysts said`, `, a-t-il ajouté`). */
const SAYING = new Set(['said', 'says', 'told', 'added', 'warned', 'noted', 'explained', 'insisted', 'déclaré', 'ajouté', 'affirmé', 'indiqué', 'précisé', 'expliqué', 'estimé', 'souligné', 'assuré', 'averti', 'prévenu', 'dit', 'déclare', 'ajoute', 'affirme', 'indique', 'précise', 'explique', 'estime', 'souligne', 'assure', 'avertit', 'prévient']);
const FR_SAYING_AUX = new Set(['a', 'ont', 'avait', 'avaient']);
/** Between `a` and its participle in an incise: `a-t-il déclaré`, `a-t-elle ajouté`, `a encore dit`. */
const FR_INCISE_SKIP = new Set(['t', 'il', 'elle', 'ils', 'elles', 'on', '-', 'encore', 'aussi', 'également', 'notamment', 'ensuite']);

/** Token i casts the vote of a verb of saying (its own, or its auxiliary's in French). */
function sayingIncise(toks: Tok[], i: number, end: number): boolean {
	const w = toks[i].w;
	if (SAYING.has(w)) return true;
	if (!FR_SAYING_AUX.has(w)) return false;
	const j = nextContent(toks, i, end, FR_INCISE_SKIP, 5);
	return j >= 0 && SAYING.has(toks[j].w);
}

/** Clause boundaries: a vote across one of these counts for less. */
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'whereas', 'et', 'mais', 'ou', 'tandis', 'alors', 'puis', 'if', 'unless', 'because']);

function isBoundary(t: Tok): boolean {
	if (t.k === 'w') return CONJUNCTIONS.has(t.w);
	return t.k === 'p' && (t.w === ',' || t.w === ';' || t.w === ':' || t.w === '(' || t.w === ')' || t.w === '"' || t.w === '«' || t.w === '»');
}

/** Tense of the verb nearest to tokens [from, to) within the sentence tokens [a, b). */
export function tenseAround(toks: Tok[], a: number, b: number, from: number, to: number, lang: Lang): Tense | null {
	const cue = lang === 'en' ? enCue : frCue;
	let best: Tense | null = null;
	let bestCost = Infinity;
	// Leftwards then rightwards, stopping when distance alone exceeds the best.
	let walls = 0;
	for (let i = from - 1, d = 1; i >= a && d < bestCost && d < 40; i--, d++) {
		if (isBoundary(toks[i])) walls++;
		const c = cue(toks, i, b);
		if (c) {
			const cost = d + walls * 6;
			if (cost < bestCost) {
				bestCost = cost;
				best = c;
			}
		}
	}
	walls = 0;
	for (let i = to, d = 1; i < b && d < bestCost && d < 40; i++, d++) {
		if (isBoundary(toks[i])) walls++;
		const c = cue(toks, i, b);
		if (c) {
			// A verb after the date is as likely to govern it as one before,
			// but ties go left (French and English put the verb first). The
			// verb of saying of an incise (`…as early as the autumn, analysts
			// said`, `…, a-t-il déclaré`) tells when it was said, not when
			// what was said happens: it votes only where no verb of the clause does.
			const cost = d + walls * 6 + 0.5 + (walls > 0 && sayingIncise(toks, i, b) ? 20 : 0);
			if (cost < bestCost) {
				bestCost = cost;
				best = c;
			}
		}
	}
	return best;
}
