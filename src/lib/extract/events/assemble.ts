import type { EventKind, EventStatus, EventWhen, EventWhere, Lang, Place, Sentence, Timex } from '$lib/model';
import { tokenLower, type Doc } from '../document';
import { findTriggers, markClauses, tokenize, type Tok, type Trig } from './clauses';
import type { FormHit, Lexicon } from './lexicon';
import { formIndex, formOfWord, type FormInfo } from './form-index';
import { tenseOf } from './status';
import { cliticY, findActors, findAttribution, pronounSubject, recallsOccasion } from './attribution';
import { addDays as addDaysYmd, fmtDay } from '../timex/value';
import { startsLower } from '../chars';
import type { LowerWords } from '../lower-words';
import { COMPASS_POINTS, TITLES } from '../places/lexicon';
import { foldWord } from '../places/normalize';
import { genericHits } from './generic-verbs';
import { bareSubjectOf, seatHolds } from './seat';
import { officeSeatOf } from './title-seat';
import { foldWhenClauses } from './when-clause';
import { foldElidedSubject } from './coordination';
import { dropHabits } from './habit';
import { oneDraftPerReport } from './same-trigger';
import { dropUndatedSayings } from './undated-saying';
import { apposedParticiple } from './apposed-participle';
import { reportsOwnPast } from './reported-past';
import { impactVerb } from './impact-verbs';
import { clausesWithoutListedVerb, draftsInOpenClauses } from './clause-fallback';
import { secondVerbOwnDate } from './second-verb';
import { asideAfter, asideDate } from './aside-date';
import { dateByFrontedDate, frontedDate } from './fronted-date';
import { outerLocativeAt } from './pp-chain';
import { oneArea } from './list-area';
import { canHold } from './apposition';
import { locativePossessive, possessiveSubject } from './locative-possessive';
import { firstNotBelow } from '../bisect';

/**
 * One sentence → draft events (their own date and place only), then one pass
 * over the drafts in text order fills what the sentence leaves out from the
 * story's context. Rules, not fitted answers:
 *  - every clause with a strong trigger tells one happening;
 *  - a weak trigger (noun, participle, infinitive, relative clause) tells one
 *    only when a date of its own is attached to it (`fondation … il y a 75 ans`);
 *  - a date goes to the trigger nearest to it; a place to the event it is
 *    most plausibly the location of.
 */

export interface Draft {
	sentence: number;
	toks: Tok[];
	trig: Trig;
	/** A weak trigger folded into this event (its date came with it). */
	alt: Trig | null;
	kind: EventKind;
	timex: Timex | null;
	/** The date is a `depuis`/`since` anchor: a state began then. */
	since: boolean;
	place: Place | null;
	/** The chosen place is one of a list (`Turkey and Syria`): no single location. */
	placeList: boolean;
	/** The place is the seat of a city or country acting as the subject (`Brussels welcomed`): no scene for the next sentences. */
	seated: boolean;
	status: EventStatus;
	pluperfect: boolean;
	future: boolean;
	/** A statement in the simple present (`nient`, `says`): made at the publication date. */
	saysNow: boolean;
	actors: string[];
	attribution: string | null;
	secondary: boolean;
	/** Region of the trigger's clause: `main` events move the story's time. */
	mainLine: boolean;
	/** Pronoun subject, `y` or a frame recalling the last occasion: the sentence continues the previous one. */
	continues: boolean;
	sameCity: boolean;
	/** `s'est rendu sur place`, `arrived on the scene`: at the place of what was just told. */
	onScene: boolean;
	when: EventWhen | null;
	where: EventWhere | null;
}

const DOCUMENT = /^(texte|document|rapport|résolution|communiqué|text|report|resolution|document|statement)s?$/;

export function usableTimex(t: Timex): boolean {
	if (t.type !== 'DATE' && t.type !== 'TIME') return false;
	if (!t.interval || t.unresolved) return false;
	return !['reference', 'duration', 'set'].includes(t.granularity);
}

const SAME_CITY = /\b(même ville|same city|même endroit|same place)\b/i;

/** False only when `SAME_CITY` cannot match the sentence: neither `même` nor `same` in its lower-cased text. */
function mayNameSameCity(doc: Doc, s: Sentence, seen: SameCityWords): boolean {
	if (!doc.lower) return true;
	return occursWithin(seen.meme, doc.lower, s.start, s.end) || occursWithin(seen.same, doc.lower, s.start, s.end);
}

/**
 * The first occurrence of a word at or after the last sentence asked about: sentences are asked in text
 * order, so each search starts where the last one found the word and the document is read once in all (a
 * slice of every sentence, searched twice, was 1% of the stage). One per document (index.ts makes them).
 */
interface NextOccurrence {
	word: string;
	from: number;
	at: number;
}

export interface SameCityWords {
	meme: NextOccurrence;
	same: NextOccurrence;
}

export function sameCityWords(): SameCityWords {
	return { meme: { word: 'même', from: -1, at: -1 }, same: { word: 'same', from: -1, at: -1 } };
}

/** `text.slice(start, end).includes(o.word)`, `text` the same for every call on `o`. */
function occursWithin(o: NextOccurrence, text: string, start: number, end: number): boolean {
	// The last answer holds for a later start while the occurrence it found is not behind that start (there
	// is none between the last start and it), and for good once there was none.
	if (o.from < 0 || start < o.from || (o.at >= 0 && o.at < start)) o.at = text.indexOf(o.word, start);
	o.from = start;
	return o.at >= 0 && o.at + o.word.length <= end;
}

function overlap(tok: Tok, start: number, end: number): boolean {
	return tok.start < end && start < tok.end;
}

/** Tokens overlapping [start, end), by binary search: tokens are sorted and disjoint. */
function tokRange(toks: Tok[], start: number, end: number): [number, number] | null {
	// Offsets are whole numbers: `end <= start` is `end < start + 1`.
	const lo = firstNotBelow(toks, start + 1, (t) => t.end);
	if (lo >= toks.length || !overlap(toks[lo], start, end)) return null;
	let b = lo;
	while (b + 1 < toks.length && overlap(toks[b + 1], start, end)) b++;
	return [lo, b];
}

/** Index of the first trigger whose head is at or after token k (triggers are in token order). */
function firstTrigAt(trigs: Trig[], k: number): number {
	return firstNotBelow(trigs, k, (t) => t.i);
}

const ZONE_UTC = /^(gmt|utc|z)$/i;

function contains(outer: Timex, inner: Timex): boolean {
	if (!outer.interval || !inner.interval) return false;
	return outer.interval.start <= inner.interval.start && inner.interval.end <= outer.interval.end && outer !== inner;
}

/** The last publication date's bounds: asked once per sentence, always of the same date within an article. */
let lastBounds: { dct: string; bounds: [string, string] } | null = null;

function dctBounds(dct: string): [string, string] {
	if (lastBounds?.dct !== dct) lastBounds = { dct, bounds: [`${dct}T00:00`, `${addDays(dct, 1)}T00:00`] };
	return lastBounds.bounds;
}

/** `YYYY-MM-DD` shifted by `n` days (the timex stage's Date-free calendar arithmetic). */
export function addDays(day: string, n: number): string {
	const m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(day);
	return m ? fmtDay(addDaysYmd({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, n)) : day;
}

export function whenFromTimex(t: Timex, inherited: boolean): EventWhen {
	return { value: t.value, timex: t.id, granularity: t.granularity, interval: t.interval, inherited };
}

export function whereFromPlace(p: Place, inherited: boolean): EventWhere {
	return { name: p.name, lat: p.lat, lon: p.lon, kind: p.kind, place: p.id, inherited };
}

// ------------------------------------------------------------------ places

const FR_LOC = new Set(['à', 'au', 'aux', 'en', 'dans', 'près', 'depuis', 'sur', 'y']);
const EN_LOC = new Set(['in', 'at', 'near', 'into', 'to', 'from', 'across', 'outside', 'inside', 'off', 'around', 'on']);
/** Prepositions and verbs' auxiliaries that end the walk back from a place name: it is not a location there. */
// A set, not a regex of alternatives: asked of every word of the walk back from each place.
const NON_LOC: ReadonlySet<string> = new Set(['envers', 'contre', 'avec', 'vers', 'pour', 'par', 'entre', 'malgré', 'sans', 'chez', 'selon', 'against', 'with', 'towards', 'toward', 'for', 'by', 'between', 'without', 'like', 'as', 'a', 'ont', 'est', 'sont', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'et', 'and', 'ou', 'or', 'que', 'qui', 'that', 'which', 'who']);
const SKIP_BACK = new Set(['le', 'la', "l'", 'les', 'the', 'de', "d'", 'of', 'du', 'des', 'city', 'town', 'village', 'port', 'region', 'province', 'gare', 'ville', 'région', 'cosmodrome', 'secteur', 'centre', 'congrès', 'capitale', 'capital', 'north-western', 'north-west', 'south-east', 'north-eastern', 'southern', 'northern', 'eastern', 'western', 'ancient', 'rebel-held', 'border', 'même', 'frontière', 'province', 'site', 'base', 'state', 'county', 'district', 'governorate', 'prefecture', 'island', 'état', 'département', 'comté', 'île']);
const OF = new Set(['of', 'de', "d'", 'du']);
/** Verbs whose direct object is the place of the happening (`a quitté New Delhi`, `hit Turkey`). */
const OBJECT_PLACE = new Set(['attack', 'attaquer', 'bomb', 'bombarder', 'shell', 'pilonner', 'raid', 'storm', 'capture', 'capturer', 'seize', 'quitter', 'traverser', 'franchir', 'rejoindre', 'visiter', 'leave', 'reach', 'cross', 'visit', 'hit', 'strike', 'frapper', 'secouer', 'dévaster', 'flatten', 'devastate', 'envahir', 'invade', 'fuir', 'flee', 'évacuer', 'evacuate']);

interface PlaceInfo {
	place: Place;
	a: number;
	b: number;
	/** The preposition in front (`à`, `in`), or '' (subject, object, apposition…). */
	prep: string;
	prepAt: number;
	/** The preposition of the locative phrase the place's own completes (`at a hotel in Lisbon`), else `prepAt` (pp-chain.ts). */
	outerAt: number;
	/** Sentence-initial frame: `À Kiev, …`, `In Gaziantep, …`, `Speaking in Geneva …`. */
	frame: boolean;
	apposition: boolean;
	list: boolean;
}

function placeInfos(toks: Tok[], places: Place[], lang: Lang, trigEnds: Set<number>): PlaceInfo[] {
	const out: PlaceInfo[] = [];
	const loc = lang === 'fr' ? FR_LOC : EN_LOC;
	for (const p of places) {
		const r = tokRange(toks, p.start, p.end);
		if (!r) continue;
		const [a, b] = r;
		if (toks[a].quote) continue;
		// Walk back over the noun phrase the name ends (`dans le plus grand stade de Niamey`, `the town of
		// Pazarcık`) to the preposition that governs it; a non-locative preposition or punctuation stops.
		let s = a - 1;
		let n = 0;
		// A capitalised adjective before a place noun is part of the phrase (`the eastern Libyan city of Derna`).
		let compass = -1;
		while (s >= 0 && n < 6 && !trigEnds.has(s) && !loc.has(toks[s].low) && toks[s].word && !NON_LOC.has(toks[s].low) && (startsLower(toks[s].raw) || SKIP_BACK.has(toks[s + 1]?.low ?? ''))) {
			if (OF.has(toks[s].low) && COMPASS_POINTS.has(toks[s - 1]?.low ?? '')) {
				compass = s - 1;
				break;
			}
			s--;
			n++;
		}
		// `40 miles south of Lampedusa`, `au nord de Kiev`: a bearing from the place locates the happening by it.
		if (compass >= 0) s = compass;
		const prepTok = s >= 0 ? toks[s].low : '';
		const prep = compass >= 0 ? (lang === 'fr' ? 'près' : 'near') : loc.has(prepTok) ? prepTok : '';
		// A frame opens the sentence and ends at a comma: `À Kiev, le ministère…`, `Further south in Antakya, …`,
		// `Speaking in Geneva on Tuesday, …`.
		let frame = false;
		const opener = s === 0 || (s > 0 && s <= 4 && (/^(further|plus|meanwhile|ailleurs|back|out|là-bas|over)$/.test(toks[0].low) || /(ing|ant)$/.test(toks[0].low)));
		if (prep && opener) {
			let c = b + 1;
			while (c < toks.length && c - b < 8 && toks[c].low !== ',') c++;
			frame = c < toks.length && toks[c].low === ',';
		}
		const outerAt = prep && compass < 0 ? outerLocativeAt(toks, s, lang, trigEnds) : s;
		out.push({ place: p, a, b, prep, prepAt: s, outerAt, frame, apposition: false, list: false });
	}
	out.sort((x, y) => x.a - y.a);
	for (let k = 1; k < out.length; k++) {
		const prev = out[k - 1];
		const cur = out[k];
		const between = lowsBetween(toks, prev.b + 1, cur.a);
		// `Khassan, dans le Primorié`, `Baïkonour, au Kazakhstan`, `Pazarcık in Kahramanmaraş province`.
		if (appositionGap(between) && canHold(cur.place, prev.place)) {
			if (!(between.length === 1 && between[0] === ',' && toks[cur.b + 1] && /^(et|and|,)$/.test(toks[cur.b + 1].low))) {
				cur.apposition = true;
				continue;
			}
		}
		// Lists: `Turkey and Syria`, `Lebanon, Cyprus and Egypt`.
		if (listGap(between)) {
			prev.list = true;
			cur.list = true;
			// `Lebanon, Cyprus and Egypt`: the comma-joined items before belong to the list too.
			for (let q = k - 1; q > 0; q--) {
				const gap = lowsBetween(toks, out[q - 1].b + 1, out[q].a);
				if (gap.length === 1 && gap[0] === ',') out[q - 1].list = true;
				else break;
			}
		}
	}
	// A list of neighbours is one area (list-area.ts): each run of listed places, taken as a whole.
	for (let k = 0; k < out.length; ) {
		let e = k;
		while (e < out.length && out[e].list) e++;
		if (e - k >= 2 && oneArea(out.slice(k, e).map((i) => i.place))) for (let q = k; q < e; q++) out[q].list = false;
		k = Math.max(e, k + 1);
	}
	return out;
}

const RESIDENCE = /^(based|headquartered|basée?s?|domiciliée?s?|implantée?s?)$/;

/** The place says where someone or something is based: `based in X`, `basée à X`, `X-based`. */
function residence(toks: Tok[], info: PlaceInfo): boolean {
	const before = info.prep && info.prepAt > 0 ? toks[info.prepAt - 1].low : '';
	if (RESIDENCE.test(before)) return true;
	// `Omaha-based` is one token holding the name.
	const last = toks[info.b];
	return last.end > info.place.end && last.low.endsWith('-based');
}

// The gaps between two places are read by plain loops rather than `slice().map().some().every()` chains:
// V8 inlined those for the array kinds it had seen and deoptimised `placeInfos` at each new one (four times
// over the first 200 runs of one article).

/** The lower-cased tokens [from, to). */
function lowsBetween(toks: Tok[], from: number, to: number): string[] {
	const out: string[] = [];
	for (let k = from; k < to; k++) out.push(toks[k].low);
	return out;
}

/** `, dans le`, `, au`, `in`: at most four words, opening with a comma or `in`/`en`, holding a locative preposition, nothing else but articles and place nouns. */
function appositionGap(between: string[]): boolean {
	if (between.length > 4 || (between[0] !== ',' && between[0] !== 'in' && between[0] !== 'en')) return false;
	let locative = false;
	for (const w of between) {
		const loc = FR_LOC.has(w) || EN_LOC.has(w);
		if (loc) locative = true;
		else if (w !== ',' && !SKIP_BACK.has(w)) return false;
	}
	return locative;
}

/** `and`, `, and`, `et la`: one or two words, one of them `et`/`and`, the other a comma or an article. */
function listGap(between: string[]): boolean {
	if (between.length < 1 || between.length > 2) return false;
	let and = false;
	for (const w of between) {
		if (w === 'et' || w === 'and') and = true;
		else if (w !== ',' && w !== 'the' && w !== 'la' && w !== 'le' && w !== "l'") return false;
	}
	return and;
}

/** Prepositions of setting: where something is said, not where it goes. */
const SETTING_PREPS = new Set(['in', 'at', 'à', 'au', 'aux', 'en', 'dans']);
const CONTENT_OPENERS = new Set(['that', 'que', "qu'", ':', '"', '«', 'whether', 'si', 'how', 'comment']);

/**
 * The place is where the statement is made: right after the verb (a few
 * words for its addressee), governed by `in`/`à`…, in the verb's clause,
 * and before what is reported (`that`, `que`, a colon or a quote).
 */
function statementSetting(toks: Tok[], info: PlaceInfo, tr: Trig): boolean {
	if (!SETTING_PREPS.has(info.prep) || info.a < tr.j || (outerPhrase(info, tr) ?? info.prepAt) - tr.j > 3) return false;
	if (toks[info.a].clause !== toks[tr.i].clause) return false;
	for (let k = tr.j; k < info.a; k++) if (CONTENT_OPENERS.has(toks[k].low) || toks[k].low === ',') return false;
	return true;
}

const VISIT_FRAME = new Set(['lors', 'pendant', 'durant', 'during', 'on', 'while']);

/**
 * `a dénoncé une grève lors d'un déplacement à Marseille`, `said during a visit to Kyiv`: the place of a
 * visit framing the statement is where it was made. The visit noun comes after the verb, in its clause,
 * and a framing word (`lors de`, `during`, `on`) opens its phrase.
 */
function visitSetting(toks: Tok[], info: PlaceInfo, visit: Trig | null, tr: Trig): boolean {
	if (!visit || visit.tag !== 'noun' || visit.entry.kind !== 'movement' || visit.i < tr.j || info.a < visit.j || info.a - visit.j > 3) return false;
	if (toks[visit.i].clause !== toks[tr.i].clause) return false;
	for (let k = visit.i - 1; k >= Math.max(tr.j, visit.i - 4); k--) if (VISIT_FRAME.has(toks[k].low)) return true;
	return false;
}

/**
 * How well `info`'s place suits the happening told by trigger `tr` (of kind `kind`; `mainLine` as the draft's): -1 when
 * it cannot be its place. The draft's three fields, not the draft: scoring a folded trigger made a copy of the whole draft.
 */
function placeScore(info: PlaceInfo, tr: Trig, kind: EventKind, mainLine: boolean, toks: Tok[], lang: Lang, skip: boolean[], planned: boolean): number {
	const p = info.place;
	const start = tr.aux >= 0 ? Math.min(tr.aux, tr.i) : tr.i;
	if (actsFromSeat(info, tr, kind, planned, toks)) return 2;
	const after = info.a >= tr.j;
	// Distance in words, not counting dates and punctuation (`struck at 4:17 a.m. (0117 GMT) on Monday near …`);
	// the walk stops past 12 words, so scoring stays linear however long the sentence.
	let dist = 0;
	let commas = 0;
	for (let k = after ? tr.j : info.b + 1; k < (after ? (outerPhrase(info, tr) ?? info.a) : start) && dist <= 12; k++) {
		if (!skip[k]) dist++;
		if (toks[k].low === ',') commas++;
	}
	if (!after && info.b >= start) return -1; // inside the trigger
	if (dist > 12 && !info.frame) return -1; // too far to be this trigger's place
	const sameClause = toks[info.a].clause === toks[tr.i].clause;
	let base = 0;
	if (p.metonym) {
		// `Washington said`, `Pyongyang tire`: the government acting from its capital.
		if ((kind === 'statement' || kind === 'attack') && !after && dist <= 2) return 2;
		return -1;
	}
	if (info.apposition) return -1;
	// `Turkey's disaster agency`: a possessive names an owner, not a location; but `arrested at Rotterdam's port`
	// names a spot inside the place.
	if (toks[info.b + 1]?.low === "'s" && !locativePossessive(info)) {
		// …save a country's or a region's own actor doing something there (`Portugal's AD won Sunday's election`).
		if (after || kind === 'statement' || (p.kind !== 'country' && p.kind !== 'region') || !possessiveSubject(toks, info.b, start)) return -1;
		return 2 - 0.08 * (start - info.b);
	}
	if (info.frame && mainLine) return 5;
	// `A helicopter from Sicily joined the search`: where the subject comes from, not where it acts.
	if (!after && (info.prep === 'from' || info.prep === 'depuis')) return -1;
	// `a carrier based in Kansas City`, `Omaha-based Heartland`, `une société basée à Lyon`: where a company
	// or a person lives, not where the happening is.
	if (residence(toks, info)) return -1;
	// The direct object of a verb of movement or impact: `a quitté New Delhi`, `struck the city of Cherkasy`.
	if (after && !info.prep && (OBJECT_PLACE.has(tr.entry.lemma) || impactVerb(toks[tr.i].low)) && (dist <= 3 || info.prepAt === tr.j - 1)) base = 4;
	// `doit repartir mercredi pour Pékin`: with a verb of leaving, `pour` names the destination.
	else if (after && dist <= 3 && kind === 'movement' && toks[info.prepAt]?.low === 'pour') base = 3;
	else if (after && dist <= 2 && (toks[info.a - 1]?.low === 'de' || toks[info.a - 1]?.low === "d'" || toks[info.a - 2]?.low === 'de' || toks[info.a - 1]?.low === 'of') && (tr.tag === 'noun' || kind === 'movement'))
		base = 3.5; // `invasion de l'Ukraine`, `Parti de Pyongyang`, `fondation de la Corée du Nord`
	else if (info.prep) {
		if (info.prep === 'to' && kind !== 'movement') base = 1.5;
		else if ((info.prep === 'from' || info.prep === 'depuis') && kind !== 'movement' && kind !== 'attack') base = 1;
		else if ((info.prep === 'from' || info.prep === 'depuis') && kind === 'movement' && !/^(quitter|partir|leave|depart|fuir|flee)$/.test(tr.entry.lemma)) base = 0.5;
		// `strikes on Kyiv` is where they fall; `sanctions on Moscow`, `talks on Ukraine` name a target or a topic.
		// …but `sur la commune de Gonfaron`, `sur un chantier de Saint-Nazaire`, `on the island of Lampedusa` name a ground.
		else if (info.prep === 'on' || info.prep === 'sur') base = groundBetween(toks, info.prepAt, info.a) ? 3 : kind === 'attack' || kind === 'disaster' ? 1 : 0;
		// French puts countries after en/au/aux; `à l'Indonésie`, `à la Pologne` is a dative, not a location.
		else if (info.prep === 'à' && p.kind === 'country') base = 0;
		else base = 3;
	} else if (!after && dist <= 3 && p.kind === 'site' && sameClause) base = 1.5; // `le cosmodrome de Vostotchny a servi` (a city as subject is its government)
	else if (!after && kind !== 'statement' && sameClause && p.kind !== 'country' && subjectPlace(toks, info, start)) base = 2; // `Quatre campings de La Garde-Freinet ont été vidés`
	else if (!after && dist <= 2 && tr.tag === 'pp' && (kind === 'attack' || kind === 'disaster')) base = 2.5; // `le Maroc, frappé par un séisme`
	if (base <= 0) return -1;
	let score = base - 0.08 * dist - (after ? 0 : 0.3) - (sameClause ? 0 : 1.5) - 0.3 * commas;
	// What is said is rarely where: unless the place is the saying's own setting (`told delegates in Liverpool`).
	if (kind === 'statement' && !info.frame && !statementSetting(toks, info, tr)) score -= 1.2;
	// `engagements pris à New Delhi`: the place belongs to the participle right before it.
	const beforePrep = info.prep && info.prepAt > 0 ? toks[info.prepAt - 1] : null;
	if (beforePrep && beforePrep.word && beforePrep !== toks[tr.j - 1] && (lang === 'fr' ? /^\p{Ll}.*(é|ée|és|ées|is|ise|u|ue|us|ant)$/u : /^\p{Ll}.*ed$/u).test(beforePrep.raw)) score -= 2; // what is talked about is rarely where one talks
	return score;
}

/**
 * The preposition of the outer locative phrase whose noun the place completes (`told supporters at a hotel
 * in central Lisbon`), after trigger `tr` (not a phrase the trigger itself sits in); else null.
 */
function outerPhrase(info: PlaceInfo, tr: Trig): number | null {
	return info.outerAt !== info.prepAt && info.outerAt >= tr.j ? info.outerAt : null;
}

/**
 * `Brussels welcomed the result`: a city or a country, bare subject of a done saying or meeting (seat.ts);
 * `le maire de Sulmona a démenti`: the place of the local office heading the subject (title-seat.ts).
 */
function actsFromSeat(info: PlaceInfo, tr: Trig, kind: EventKind, planned: boolean, toks: Tok[]): boolean {
	const p = info.place;
	if (planned || info.prep || info.list || !seatHolds(kind, p.kind)) return false;
	const verbAt = tr.aux >= 0 ? Math.min(tr.aux, tr.i) : tr.i;
	if ((p.kind === 'city' || p.kind === 'country') && bareSubjectOf(toks, info.a, info.b, p.end, verbAt)) return true;
	return officeSeatOf(toks, info.a, info.b, p.end, p.kind, verbAt);
}

/** Nouns of a piece of ground: `sur` or `on` in front of them locates, where it otherwise names a target or a topic. */
const GROUND_NOUNS: ReadonlySet<string> = new Set(['commune', 'territoire', 'chantier', 'site', 'île', 'terrain', 'plage', 'campus', 'island', 'grounds', 'premises']);

/** A ground noun between the preposition at `from` and the name at `to`. */
function groundBetween(toks: Tok[], from: number, to: number): boolean {
	for (let k = from + 1; k < to; k++) if (GROUND_NOUNS.has(toks[k].low)) return true;
	return false;
}

/** A plan or a hypothesis: not yet done anywhere. */
function notDone(d: Draft): boolean {
	return d.future || d.status === 'planned' || d.status === 'hypothetical';
}

/** `of`/`de` and the plural `des`: what joins a noun to the place it belongs to. */
const GENITIVE = new Set([...OF, 'des']);

/**
 * The place completes the subject right before the verb: `Quatre campings de La Garde-Freinet ont été vidés`,
 * `Homes in Silchar were flooded`. A happening told of a town's things
 * happens there; not a person's title (`le maire de Gonfaron`: where the mayor is from, not where he speaks).
 */
function subjectPlace(toks: Tok[], info: PlaceInfo, verbAt: number): boolean {
	// Nothing but the verb's auxiliary or an adverb between the name and the verb.
	for (let k = info.b + 1; k < verbAt; k++) if (!toks[k].word || k - info.b > 2) return false;
	let k = info.a - 1;
	// `de La Garde-Freinet`, `de la Vendée`: the article of the name.
	if (k >= 0 && /^(la|le|les|l'|the)$/.test(toks[k].low)) k--;
	// (A bare name as the subject is most often its government or its team: `Pyongyang a échoué`, `Lyon a battu`.)
	if (k < 0 || (!GENITIVE.has(toks[k].low) && !(info.prep && SETTING_PREPS.has(info.prep) && info.prepAt === k))) return false;
	// The head noun the name completes opens the clause: `Quatre campings de…`, `Homes in…`.
	const head = k - 1;
	if (head < 0 || !toks[head].word || (head > 0 && !startsLower(toks[head].raw))) return false;
	if (TITLES.has(foldWord(toks[head].low))) return false;
	for (let q = head - 1; q >= 0 && q >= head - 3; q--) {
		if (toks[q].low === ',' || q === 0) return true;
		if (!toks[q].word) return false;
	}
	return head === 0;
}

// ------------------------------------------------------------------ one sentence

interface Binding {
	timex: Timex;
	dist: number;
	since: boolean;
}

export function sentenceDrafts(
	doc: Doc,
	s: Sentence,
	lex: Lexicon,
	timexes: Timex[],
	places: Place[],
	lowerWords: LowerWords = new Set(),
	seen: SameCityWords = sameCityWords()
): Draft[] {
	const lang = doc.lang;
	const toks = tokenize(doc.norm, s.start, s.end, lang, tokenLower(doc));
	if (toks.length === 0) return [];
	const index = formIndex(lex);
	// Each word's lexicon entry, looked up once. A sentence with no word in the lexicon has no trigger of its
	// kinds, whatever its clauses: it is left before they are marked.
	const forms: Array<FormInfo | undefined> = new Array(toks.length);
	let anyForm = false;
	for (let k = 0; k < toks.length; k++) {
		const f = toks[k].word ? formOfWord(index, toks[k].low) : undefined;
		forms[k] = f;
		if (f) anyForm = true;
	}
	const listed = anyForm ? draftsOf(doc, s, lex, toks, timexes, places, lowerWords, seen, forms, false) : [];
	// A sentence that tells a happening with no listed word (`the toll climbed`, `la température n'est pas
	// descendue`) still holds one: its verbs are read from their form. Not in captions, which only ever add
	// a secondary event to the story's own.
	if (s.boilerplate) return listed;
	if (listed.length > 0) {
		// A clause with no listed verb reads its verbs from their form too (clause-fallback.ts); the second pass only then.
		// The test is passed unnamed: a named closure (`const f = …`) costs a `defineProperty` per sentence under tsx, 1.5% of a run.
		const open = clausesWithoutListedVerb(toks, (k) => forms[k] !== undefined && forms[k]!.hits.some(notNoun));
		// `Monday's first shock was felt as far away as Lebanon`: a listed noun tells its clause already.
		for (const d of listed) open.delete(toks[d.trig.i].clause);
		if (open.size === 0) return listed;
		const clauseOf = toks.map((t) => t.clause);
		// Most such clauses have no verb the form guess reads either: the second pass is left before it starts.
		let guess = false;
		for (let k = 0; k < toks.length && !guess; k++) guess = open.has(clauseOf[k]) && !toks[k].quote && genericHits(toks, k, lang) !== undefined;
		if (!guess) return listed;
		// Tokens of its own: the listed drafts keep the clause marks they were made with.
		const again = tokenize(doc.norm, s.start, s.end, lang, tokenLower(doc));
		const generic = draftsOf(doc, s, lex, again, timexes, places, lowerWords, seen, forms, true);
		const extra = draftsInOpenClauses(generic, open, clauseOf);
		return extra.length === 0 ? listed : [...listed, ...extra].sort((x, y) => x.trig.i - y.trig.i);
	}
	// The same tokens: `markClauses` sets every field it reads afresh, so the first pass leaves nothing behind.
	return draftsOf(doc, s, lex, toks, timexes, places, lowerWords, seen, forms, true);
}

/**
 * The drafts of one sentence from its triggers: `forms` are the lexicon's readings of its words; `generic`
 * reads the verbs the lexicons do not list from their form instead (generic-verbs.ts).
 *
 * The token tests are arrays indexed by token, read by closures made without a name: a named one
 * (`const f = …`) costs a `defineProperty` per sentence under tsx, 3% of the stage.
 */
function draftsOf(
	doc: Doc,
	s: Sentence,
	lex: Lexicon,
	toks: Tok[],
	timexes: Timex[],
	places: Place[],
	lowerWords: LowerWords,
	seen: SameCityWords,
	forms: Array<FormInfo | undefined>,
	generic: boolean
): Draft[] {
	const lang = doc.lang;
	const hits: Array<FormHit[] | undefined> = new Array(toks.length);
	if (!generic) {
		for (let k = 0; k < toks.length; k++) hits[k] = forms[k]?.hits;
		markClauses(
			toks,
			lang,
			(t, k) => forms[k]?.saying === true,
			(t, k) => forms[k]?.verb === true
		);
	} else {
		// The finite ones mark clauses as the lexicon's verbs do (a participle needs its auxiliary, listed already).
		let any = false;
		for (let k = 0; k < toks.length; k++) {
			const h = genericHits(toks, k, lang);
			hits[k] = h;
			if (h) any = true;
		}
		if (!any) return [];
		markClauses(
			toks,
			lang,
			(t, k) => forms[k]?.saying === true,
			(t, k) => forms[k]?.verb === true || (hits[k] !== undefined && hits[k]![0].tag !== 'pp')
		);
	}
	const trigs = findTriggers(toks, lang, lex, hits);
	if (trigs.length === 0) return [];

	// A dateline (`Tripoli, 12 septembre 2023 (AFP) –`, `HANOI, Sept 10 (Reuters) -`) dates and places the
	// dispatch, not a happening: its date and place are left out.
	const dateline = datelineEnd(toks, timexes);
	if (dateline >= 0) {
		places = places.filter((p) => p.start >= toks[dateline].end);
		timexes = timexes.filter((t) => t.start >= toks[dateline].end);
	}
	const [dctStart, dctEnd] = dctBounds(doc.dct);
	const { bound, toldByWhen } = bindDates(toks, trigs, timexes, lang, dctEnd);

	const attribution = findAttribution(toks, trigs, lang, doc.text);
	const placeSpans = spansOf(places, timexes);
	// Once per sentence, not per event of it; the regex runs only where its words occur (it needs `même` or
	// `same`, whose letters lower-case to themselves), since few sentences have them.
	const sameCity = mayNameSameCity(doc, s, seen) && SAME_CITY.test(doc.norm.slice(s.start, s.end));
	const datelineAt = dateline >= 0 ? toks[dateline].end : -1;
	const cx: SentenceCx = { doc, s, toks, lang, placeSpans, lowerWords, datelineAt, attribution, sameCity };

	const heads = chooseHeads(cx, trigs, bound);
	const drafts = withWeakTriggers(cx, trigs, bound, toldByWhen, heads, dctStart, dctEnd);
	// `n'avait pas fait le déplacement, pas plus que Xi Jinping`: the same non-event, a second actor.
	const ppq = pasPlusQue(toks);
	if (ppq > 0) {
		const h = heads.find((x) => x.status === 'negated' && x.trig.i < ppq);
		if (h) drafts.push({ ...h, actors: [] });
	}
	if (s.boilerplate === 'caption' && !drafts.some((d) => d.timex)) return [];
	dateByFrontedDate(drafts, frontedDate(toks, timexes, usableTimex));

	placeDrafts(cx, drafts, heads, trigs, places, timexes);
	const folded = foldWhenClauses(drafts, toldByWhen).sort((x, y) => x.trig.i - y.trig.i);
	return dropHabits(dropUndatedSayings(foldElidedSubject(oneDraftPerReport(folded))), timexes, lang);
}

/** A verb reading (any tag but `noun`); at module level, so that no closure is made per word asked. */
function notNoun(h: FormHit): boolean {
	return h.tag !== 'noun';
}

/** Index of `pas plus que` / `pas plus qu'`, or -1 (a loop: `findIndex` with a closure and a regex per token cost 1%). */
function pasPlusQue(toks: Tok[]): number {
	for (let k = 0; k + 2 < toks.length; k++) {
		if (toks[k].low !== 'pas' || toks[k + 1].low !== 'plus') continue;
		const w = toks[k + 2].low;
		if (w === 'que' || w === "qu'") return k;
	}
	return -1;
}

/**
 * Dates → nearest trigger: each usable date of the sentence bound to the trigger it most plausibly dates.
 * (Its own function, like the other steps of `sentenceDrafts`: small functions are compiled sooner and a
 * deoptimisation in one does not send the whole sentence's work back to the interpreter.)
 */
function bindDates(toks: Tok[], trigs: Trig[], timexes: Timex[], lang: Lang, dctEnd: string): { bound: Map<Trig, Binding[]>; toldByWhen: Set<Trig> } {
	// Dates → nearest trigger.
	const bound = new Map<Trig, Binding[]>();
	/** Triggers of a `, when …` clause dated by the date before it: a happening of their own. */
	const toldByWhen = new Set<Trig>();
	// Each usable date's token range, found once: the tests below compare every date with the others.
	const spans: Array<[number, number] | null> = timexes.map((t) => (usableTimex(t) ? tokRange(toks, t.start, t.end) : null));
	for (let i = 0; i < timexes.length; i++) {
		const t = timexes[i];
		const r = spans[i];
		if (!r) continue;
		const [a, b] = r;
		if (restatedAsWritten(toks, t, a, b, timexes, spans) || rangeEnd(toks, a, spans) || topicDate(toks, a)) continue;
		// `told delegates that Japan would double its aid next year`: a date after the publication inside what a
		// past statement reports dates the reported happening, never the saying.
		const reportedFuture = toks[a].region === 'content' && t.interval!.start >= dctEnd;
		const since = a > 0 && /^(depuis|since)$/.test(toks[a - 1].low);
		let best: Trig | null = null;
		let bestD = Infinity;
		// `en 1939, lorsque …`, `since 1939, when a tremor …`: the clause after tells what happened then.
		const when = toks[b + 1]?.low === ',' && /^(when|où|lorsque|lorsqu'|quand)$/.test(toks[b + 2]?.low ?? '');
		let whenTrig: Trig | null = null;
		let whenD = Infinity;
		// Only triggers within reach can win (a distance over 18 is dropped): a window keeps this linear.
		const to = firstTrigAt(trigs, b + 40);
		for (let q = firstTrigAt(trigs, a - 40); q < to; q++) {
			const tr = trigs[q];
			if (reportedFuture && tr.entry.saying && tr.region !== 'content' && !tenseOf(toks, tr, lang).future) continue;
			// `« …une grève à partir du 17 février », a prévenu Fabienne Ruiz`: a date quoted belongs to what the
			// quote tells, never to the verb that introduces it.
			if (toks[a].quote && !toks[tr.i].quote && tr.entry.saying) continue;
			// `announced at Adiala prison, where Khan has been held since August`: a `since` in another clause
			// tells how long a state has lasted there, not when this happened.
			if (since && !when && (toks[a].region !== tr.region || toks[a].clause !== tr.clause)) continue;
			// `will step down at the end of the year, the planemaker said on Monday`: a date before the comma
			// opening an incise belongs to the clause it ends, when a trigger there can take it.
			const beforeIncise = tr.incise && tr.i > b && commaBetween(toks, b, tr.i);
			if (when) {
				if (tr.i > b + 2 && tr.i - b < whenD) {
					whenTrig = tr;
					whenD = tr.i - b;
				}
				// `since 1939, when a tremor …`: only the clause after is dated; `The war began on Oct. 7, when
				// Hamas attacked`: the verb before is dated too.
				if (since || tr.i > b) continue;
			}
			const trStart = tr.aux >= 0 ? Math.min(tr.aux, tr.i) : tr.i;
			let d = tr.i > b ? trStart - b : a - (tr.j - 1);
			if (d < 0) d = 0;
			if (toks[a].clause !== tr.clause) d += 6;
			// A date inside a relative clause dates that clause (`who faces an election on May 14, said`).
			if (toks[a].region !== tr.region) d += 3;
			// …and never the verb of the clause it hangs on, even when that clause has no trigger of its own: `Brennan,
			// who limped off in the second half, trained with the squad this morning`.
			if (toks[a].region === 'rel' && tr.region !== 'rel' && tr.i > b) continue;
			// …nor, told in a participle aside after it (`…, tué dans la nuit du 14 mars`), the verb before it.
			if (asideDate(toks, tr, a, lang)) continue;
			if (tr.strong) d -= 1;
			if (tr.incise) d += 1;
			if (beforeIncise) d += 4;
			// `will rest on Friday and begin his programme on Saturday`: a date before a coordinating
			// `and` belongs to the verb it follows, not to the one the conjunction starts.
			if (tr.i > b && coordinatedAfter(toks, b, trStart)) {
				// …and never to it when that verb is a strong one of the date's own clause: `cut 300 jobs in January
				// and has closed 14 stores this year` dates the cut in January, the closures this year.
				if (strongBefore(trigs, a, toks[a].clause)) continue;
				d += 4;
			}
			// `rescued 54 people late on Sunday after a boat capsized`: the date ends the clause it dates; the
			// `after`/`before` clause that follows tells an earlier or later happening.
			if (tr.i > b && b + 1 < trStart && /^(after|before|après|avant)$/.test(toks[b + 1].low)) d += 8;
			// `agreed on Tuesday to buy Lakeshore`, `a accepté mardi de racheter`: a date right before an infinitive's
			// `to`/`de` dates the verb it follows; the infinitive tells what was agreed, not when.
			if (infinitiveAfter(toks, b, tr.i)) d += 4;
			if (d < bestD) {
				bestD = d;
				best = tr;
			}
		}
		if (whenTrig && whenD <= 18) {
			bind(bound, whenTrig, { timex: t, dist: whenD, since });
			toldByWhen.add(whenTrig);
		}
		if (best && bestD <= 18 && best !== whenTrig) bind(bound, best, { timex: t, dist: bestD, since });
	}
	return { bound, toldByWhen };
}

/**
 * `dix-huit jours plus tard, le 2 avril 2023`, `on March 5, three days later`: a date the sentence restates
 * as written right beside it, after a comma. The written one says the same more surely (the relative one
 * hangs on whatever day the story was last on), so only it dates the event.
 */
function restatedAsWritten(toks: Tok[], t: Timex, a: number, b: number, timexes: Timex[], spans: Array<[number, number] | null>): boolean {
	if (t.resolution?.anchor === 'absolute') return false;
	for (let i = 0; i < timexes.length; i++) {
		const u = timexes[i];
		const r = spans[i];
		if (u === t || u.resolution?.anchor !== 'absolute' || !r) continue;
		const gap = r[0] > b ? lowsBetween(toks, b + 1, r[0]) : r[1] < a ? lowsBetween(toks, r[1] + 1, a) : null;
		if (gap && gap.length >= 1 && gap.length <= 2 && gap[0] === ',' && (gap.length === 1 || /^(le|on|soit|that|i\.e\.)$/.test(gap[1]))) return true;
	}
	return false;
}

/** Nouns whose `for …` names the period they are about: `its forecast for fiscal 2025`, `l'objectif pour 2030`. */
const TOPIC_NOUNS = new Set([
	'forecast', 'forecasts', 'outlook', 'guidance', 'target', 'targets', 'budget', 'goal', 'goals', 'projection', 'projections', 'estimate',
	'estimates', 'prévision', 'prévisions', 'objectif', 'objectifs', 'perspectives', 'cible', 'estimation', 'estimations'
]);

/** The date is what a forecast, budget or target is for, not when anything happens. */
function topicDate(toks: Tok[], a: number): boolean {
	if (a < 2 || (toks[a - 1].low !== 'for' && toks[a - 1].low !== 'pour')) return false;
	// `its forecast for fiscal 2025`, `its full-year forecast for 2025`, `ses prévisions de ventes pour 2025`.
	for (let k = a - 2; k >= Math.max(0, a - 4); k--) if (TOPIC_NOUNS.has(toks[k].low)) return true;
	return false;
}

const RANGE_FROM = new Set(['from', 'between', 'de', 'du', 'entre', 'depuis']);
const RANGE_TO = new Set(['to', 'until', 'till', 'through', 'and', 'à', 'au', 'et', "jusqu'"]);

/**
 * `From 1967 to 1969 she spent every summer…`, `du 3 au 5 mars`: the end of a range; the event is dated by
 * where it starts, as a timeline draws a stay from its first day.
 */
function rangeEnd(toks: Tok[], a: number, spans: Array<[number, number] | null>): boolean {
	if (a < 2 || !RANGE_TO.has(toks[a - 1].low)) return false;
	for (const r of spans) if (r && r[1] === a - 2 && r[0] > 0 && RANGE_FROM.has(toks[r[0] - 1].low)) return true;
	return false;
}

/** Heads: the first strong trigger of each clause, less negated states and what documents say; an incise's date goes to its head. */
function chooseHeads(cx: SentenceCx, trigs: Trig[], bound: Map<Trig, Binding[]>): Draft[] {
	const { toks, lang } = cx;
	const heads: Draft[] = [];
	const seenClause = new Set<number>();
	for (const tr of trigs) {
		if (!tr.strong || tr.incise || seenClause.has(tr.clause)) continue;
		seenClause.add(tr.clause);
		heads.push(makeDraft(cx, tr, bestBinding(bound, tr)));
	}
	// `ne nomme pas`, `does not name`: a negated present is a state, not a happening.
	for (let k = heads.length - 1; k >= 0; k--) {
		const h = heads[k];
		const present = lang === 'fr' ? h.trig.tag === 'fin' && h.trig.aux < 0 : /^(do|does)$/.test(h.trig.aux >= 0 ? toks[h.trig.aux].low : '');
		const denial = /^(nier|démentir|deny)$/.test(h.trig.entry.lemma);
		// `did not say whether…`: a statement not made is no happening either.
		if (h.status === 'negated' && !denial && (present || h.trig.entry.saying)) heads.splice(k, 1);
	}
	// A document `appelle`/`says` nothing happening: `Le texte appelle tous les États à …`.
	for (let k = heads.length - 1; k >= 0; k--) {
		const h = heads[k];
		if (h.kind !== 'statement') continue;
		const from = Math.max(0, (h.trig.aux >= 0 ? h.trig.aux : h.trig.i) - 3);
		const subj = toks.slice(from, h.trig.i).map((t) => t.low);
		if (subj.some((w) => DOCUMENT.test(w))) heads.splice(k, 1);
	}
	const incises = trigs.filter((t) => t.incise && t.strong);
	if (heads.length === 0 && incises.length > 0) heads.push(makeDraft(cx, incises[0], bestBinding(bound, incises[0])));
	else {
		// An incise's date belongs to what it reports: `…, a UN spokesperson said on Tuesday`.
		for (const inc of incises) {
			const b = bestBinding(bound, inc);
			if (!b) continue;
			const h = [...heads].reverse().find((x) => x.trig.i < inc.i && !x.timex);
			if (h) {
				h.timex = b.timex;
				h.since = b.since;
			}
		}
	}
	return heads;
}

/** The heads, then the weak triggers with a date of their own: folded into a head that tells the same happening, or drafts of their own. */
function withWeakTriggers(cx: SentenceCx, trigs: Trig[], bound: Map<Trig, Binding[]>, toldByWhen: Set<Trig>, heads: Draft[], dctStart: string, dctEnd: string): Draft[] {
	const headTrigs = new Set(heads.map((h) => h.trig));
	const drafts = [...heads];
	// Weak triggers with a date of their own.
	for (const tr of trigs) {
		if (headTrigs.has(tr) || tr.incise) continue;
		const b = bestBinding(bound, tr);
		if (!b) continue;
		// The same date as a head's, or one holding it (`annonce du week-end … ont signé samedi`): the same happening.
		if (!toldByWhen.has(tr) && heads.some((h) => h.timex && (h.timex.value.slice(0, 10) === b.timex.value.slice(0, 10) || (contains(b.timex, h.timex) && !secondVerbOwnDate(cx.toks, h.trig, tr))) && h.trig.clause === tr.clause)) continue;
		// `plays in a European final for the first time since 1982`: a noun dated only by how long it has not
		// happened tells no happening then.
		if (b.since && tr.tag === 'noun' && firstTimeSince(cx.toks, tr)) continue;
		const separate = tr.region === 'rel' || tr.tag === 'inf' || b.since || apposedParticiple(cx.toks, tr);
		if (!separate) {
			const iv = b.timex.interval;
			// A simple present takes a date either side of today: `Midland face Braga in the final on Wednesday night`.
			const h = heads.filter((h) => !h.timex && iv !== null && !reportsOwnPast(cx.toks, h, tr, cx.lang) && (tenseOf(cx.toks, h.trig, cx.lang).present || (h.future ? iv.end > dctStart : iv.start < dctEnd)) && h.trig.clause === tr.clause && !asideAfter(cx.toks, h.trig, tr.i, cx.lang)).sort((x, y) => Math.abs(x.trig.i - tr.i) - Math.abs(y.trig.i - tr.i))[0];
			if (h) {
				h.timex = b.timex;
				h.alt = tr;
				// `la déclaration adoptée l'an dernier à Bali évoquait …`: the happening is the adoption.
				if (h.kind === 'statement' && tr.entry.kind !== 'statement') tellAsReported(cx, h, tr);
				continue;
			}
		}
		drafts.push(makeDraft(cx, tr, b));
	}
	return drafts;
}

/** Places: each place to the event it suits best, each event its best place; itineraries and participles after. */
function placeDrafts(cx: SentenceCx, drafts: Draft[], heads: Draft[], trigs: Trig[], places: Place[], timexes: Timex[]): void {
	const { toks, lang } = cx;
	const infos = placeInfos(toks, places, lang, new Set(trigs.map((t) => t.j - 1)));
	const skip = toks.map((t) => !t.word);
	for (const t of timexes) {
		const r = tokRange(toks, t.start, t.end);
		if (r) for (let k = r[0]; k <= r[1]; k++) skip[k] = true;
	}
	// `via`: the reported happening through which a statement took its place.
	const best = new Map<Draft, { info: PlaceInfo; score: number; via: Trig | null }>();
	const byPos = [...drafts].sort((x, y) => x.trig.i - y.trig.i);
	for (const info of infos) {
		let top: Draft | null = null;
		let topScore = 0;
		let topVia: Trig | null = null;
		const nearest = nearestTrigger(trigs, info);
		for (const d of byPos) {
			// Beyond 60 tokens no score is positive except a sentence-opening frame: skip, to stay linear.
			if (!info.frame && Math.abs(d.trig.i - info.a) > 60) continue;
			const planned = notDone(d);
			let sc = placeScore(info, d.trig, d.kind, d.mainLine, toks, lang, skip, planned);
			// An absorbed participle or noun may be what the place belongs to: `launched its invasion of Ukraine`.
			if (d.alt) sc = Math.max(sc, placeScore(info, d.alt, d.alt.entry.kind, d.mainLine, toks, lang, skip, planned));
			// `Vladivostok, où il avait pris la parole`: the relative adverb points back to the place.
			if (d.trig.region === 'rel' && relWhere(toks, info, d.trig)) sc = 5;
			// A statement takes the place of what it reports only through another trigger, unless the place is
			// the statement's own setting (`told supporters in Stuttgart that…`, `a déclaré à Genève que…`).
			let via: Trig | null = null;
			if (d.kind === 'statement' && !info.frame && !info.place.metonym && visitSetting(toks, info, nearest, d.trig)) sc = Math.max(sc, 3);
			else if (d.kind === 'statement' && !info.frame && !info.place.metonym && !statementSetting(toks, info, d.trig) && !actsFromSeat(info, d.trig, d.kind, planned, toks)) {
				// …and only a verb close before it: `a confirmé que le train était arrivé à Primorye`.
				if (
					!nearest ||
					nearest.entry.kind === 'statement' ||
					nearest.entry.kind === 'decision' ||
					nearest.tag === 'noun' ||
					nearest.i > info.a ||
					info.a - nearest.j > 6 ||
					tenseOf(toks, nearest, lang).status !== 'occurred' // `ne se rendrait pas en Chine`: no place to report
				)
					sc = -1;
				else {
					sc += 1.2;
					via = nearest;
				}
			}
			if (sc > topScore) {
				topScore = sc;
				top = d;
				topVia = via;
			}
		}
		if (top) {
			const cur = best.get(top);
			if (!cur || topScore > cur.score) best.set(top, { info, score: topScore, via: topVia });
		}
	}
	for (const d of drafts) {
		const b = best.get(d);
		if (b) {
			d.place = b.info.place;
			d.placeList = b.info.list;
			d.seated = actsFromSeat(b.info, d.trig, d.kind, notDone(d), toks);
			// `a confirmé que le train avait traversé la frontière et était arrivé à Primorye`: with no date or
			// setting of its own, the statement is told for what it reports, the arrival; who said so stays
			// its attribution. A dated statement (`a déclaré lundi que…`) is a happening of its own and stays.
			if (b.via && d.kind === 'statement' && !d.timex && b.via.entry.kind !== 'other' && !frenchImperfect(toks, b.via, lang)) {
				d.alt = d.trig;
				tellAsReported(cx, d, b.via);
			}
		}
	}
	// An itinerary: `doit se rendre à Komsomolsk, …, puis à Vladivostok` is a second trip, same date.
	for (const d of [...drafts]) {
		if (d.kind !== 'movement' || !d.place) continue;
		for (const info of infos) {
			if (info.place.start <= d.place.start || info.place.metonym || info.apposition) continue;
			const p1 = toks[info.prepAt]?.low ?? '';
			const p0 = toks[info.prepAt - 1]?.low ?? '';
			if (info.prep && /^(à|au|aux|en|to|in)$/.test(p1) && /^(puis|ensuite|then)$/.test(p0)) drafts.push({ ...d, place: info.place, placeList: false, seated: false });
		}
	}
	// A participle before the main verb shares its place: `Le régime, proclamé en 1948, a célébré … à Pyongyang`.
	for (const d of drafts) {
		if (d.place || heads.includes(d)) continue;
		const h = heads.find((x) => x.trig.i > d.trig.i && x.place && x.trig.clause === d.trig.clause);
		if (h) d.place = h.place;
	}
}

/**
 * The places' and the dates' spans, in that order. An indexed loop: the `[...map(), ...map()]` it replaces
 * deoptimised `sentenceDrafts` at each new kind of array it met (empty, filtered, collected).
 */
function spansOf(places: Place[], timexes: Timex[]): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	for (let k = 0; k < places.length; k++) spans.push([places[k].start, places[k].end]);
	for (let k = 0; k < timexes.length; k++) spans.push([timexes[k].start, timexes[k].end]);
	return spans;
}

// What the per-sentence steps below share. They were closures inside `sentenceDrafts`, made afresh for
// every sentence (and named at each making under tsx); as functions of this context they cost nothing to set up.
interface SentenceCx {
	doc: Doc;
	s: Sentence;
	toks: Tok[];
	lang: Lang;
	placeSpans: Array<[number, number]>;
	lowerWords: LowerWords;
	/** End of the dateline, or -1: actors named in it are the dispatch's, not the event's. */
	datelineAt: number;
	attribution: string | null;
	sameCity: boolean;
}

function bind(bound: Map<Trig, Binding[]>, tr: Trig, b: Binding): void {
	const list = bound.get(tr) ?? [];
	list.push(b);
	bound.set(tr, list);
}

/** The date bound to a trigger: one in the article's own zone before UTC, then the nearest, then the finest nested. */
function bestBinding(bound: Map<Trig, Binding[]>, tr: Trig): Binding | null {
	const list = bound.get(tr);
	if (!list || list.length === 0) return null;
	const sorted = [...list].sort((x, y) => {
		const zx = x.timex.zone && ZONE_UTC.test(x.timex.zone.trim()) ? 1 : 0;
		const zy = y.timex.zone && ZONE_UTC.test(y.timex.zone.trim()) ? 1 : 0;
		return zx - zy || x.dist - y.dist;
	});
	let pick = sorted[0];
	// `il y a quatre ans, en avril 2019`: the finer of two nested dates.
	for (const o of sorted) if (contains(pick.timex, o.timex)) pick = o;
	return pick;
}

function actorsOf(cx: SentenceCx, tr: Trig): string[] {
	const text = cx.doc.text;
	return findActors(cx.toks, tr, text, cx.placeSpans, cx.lowerWords).filter((a) => text.indexOf(a, cx.s.start) >= cx.datelineAt);
}

/**
 * A statement told for the happening it reports (`Le Kremlin a indiqué que Poutine s'était rendu à
 * Minsk`): the event is the journey, its actors those named between the two verbs, and the speaker,
 * when the event has no source yet, becomes its attribution.
 */
function tellAsReported(cx: SentenceCx, d: Draft, tr: Trig): void {
	const toks = cx.toks;
	if (tr.i > d.trig.i) {
		const from = toks[d.trig.j - 1].end;
		const to = toks[tr.i].start;
		if (!d.attribution && d.actors.length > 0) d.attribution = d.actors.join(', ');
		d.actors = actorsOf(cx, tr).filter((a) => {
			const at = cx.doc.text.indexOf(a, from);
			return at >= 0 && at < to;
		});
	}
	d.trig = tr;
	d.kind = tr.entry.kind;
	// The happening's own status (`a confirmé que le train avait traversé` → occurred), no longer the saying's.
	const tense = tenseOf(toks, tr, cx.lang);
	d.status = tense.status;
	d.future = tense.future;
	d.saysNow = false;
}

function makeDraft(cx: SentenceCx, tr: Trig, b: Binding | null): Draft {
	const { toks, lang, s } = cx;
	const tense = tenseOf(toks, tr, lang);
	const actors = actorsOf(cx, tr);
	return {
		sentence: s.index,
		toks,
		trig: tr,
		alt: null,
		kind: tr.entry.kind,
		timex: b ? b.timex : null,
		// `Kim n'a pas quitté la Corée du Nord depuis l'épidémie`: a state lasting to now, no day of its own.
		since: b ? b.since : sinceThen(toks, tr) || (tense.status === 'negated' && sinceInClause(toks, tr)),
		place: null,
		placeList: false,
		seated: false,
		status: tense.status,
		pluperfect: tense.pluperfect,
		future: tense.future,
		saysNow: tense.present && tr.entry.saying === true,
		actors,
		attribution: cx.attribution,
		secondary: s.boilerplate === 'caption',
		mainLine: tr.region === 'main' && tr.strong && !toks[tr.i].sub,
		continues: pronounSubject(toks, tr, lang) || (lang === 'fr' && cliticY(toks, tr)) || recallsOccasion(toks, tr, lang),
		sameCity: cx.sameCity,
		onScene: onScene(toks, tr),
		when: null,
		where: null
	};
}

/**
 * `Since then, Tokyo has imposed sanctions`, `Depuis, la Corée a multiplié les essais`: a state running from
 * an earlier happening to now, with no date of its own to give. Looked for in the trigger's clause, before it.
 */
function sinceThen(toks: Tok[], tr: Trig): boolean {
	const from = tr.aux >= 0 ? Math.min(tr.aux, tr.i) : tr.i;
	for (let k = from - 1; k >= 0 && toks[k].clause === tr.clause; k--) {
		if (toks[k].low !== 'since' && toks[k].low !== 'depuis') continue;
		const next = toks[k + 1]?.low ?? '';
		if (next === 'then' || next === 'lors' || next === 'cela' || next === 'ça' || next === ',') return true;
		if (toks[k - 1]?.low === 'ever' && k + 1 >= from) return true;
	}
	return false;
}

/**
 * `a répondu que c'est pour cela que la rencontre se tenait à Vostotchny`: an imperfect in reported speech
 * describes the setting of what was said (the meeting under way), not a happening the statement reports.
 */
function frenchImperfect(toks: Tok[], tr: Trig, lang: Lang): boolean {
	return lang === 'fr' && tr.aux < 0 && tr.tag === 'fin' && /(ait|aient)$/.test(toks[tr.i].low);
}

/** `sur place`, `on the scene`, `on site`, `at the scene` within a few words after the trigger, or `reached the scene`. */
function onScene(toks: Tok[], tr: Trig): boolean {
	for (let k = tr.j; k < Math.min(toks.length, tr.j + 5); k++) {
		const x = toks[k].low;
		const y = toks[k + 1]?.low;
		if ((x === 'sur' && (y === 'place' || y === 'les')) && (y === 'place' || toks[k + 2]?.low === 'lieux')) return true;
		if ((x === 'on' || x === 'at' || x === 'to') && ((y === 'the' && toks[k + 2]?.low === 'scene') || y === 'site')) return true;
		// `reached the scene`, `a atteint les lieux`: the scene as the object of a verb of movement.
		if (k === tr.j && tr.entry.kind === 'movement' && ((x === 'the' && y === 'scene') || (x === 'les' && y === 'lieux'))) return true;
	}
	return false;
}

/** Conjunctions that start a verb of its own after a date (`on Friday and begin`, `lundi et rencontrera`). */
const COORDINATORS = new Set(['and', 'but', 'then', 'et', 'mais', 'puis']);

/** A coordinating conjunction stands right after the date ending at `b`, before `to`. */
/** A strong trigger of clause `clause` ending before token a. */
function strongBefore(trigs: Trig[], a: number, clause: number): boolean {
	for (const o of trigs) if (o.strong && o.j <= a && o.clause === clause) return true;
	return false;
}

function coordinatedAfter(toks: Tok[], b: number, to: number): boolean {
	return b + 1 < to && COORDINATORS.has(toks[b + 1].low);
}

/** `depuis` or `since` after the trigger, in its clause and region, before a comma (`nient avoir fourni des armes
 * à la Russie, qui a épuisé ses stocks depuis…`: the `depuis` is the relative clause's, marked by clauses.ts). */
function sinceInClause(toks: Tok[], tr: Trig): boolean {
	for (let k = tr.j; k < toks.length && toks[k].clause === tr.clause; k++) {
		const w = toks[k].low;
		if (w === ',' || toks[k].region !== tr.region) return false;
		if (w === 'depuis' || w === 'since') return true;
	}
	return false;
}

/** `for the first time since`, `pour la première fois depuis` after the noun: a record, not a date of it. */
function firstTimeSince(toks: Tok[], tr: Trig): boolean {
	for (let k = tr.j; k < Math.min(toks.length, tr.j + 6); k++) {
		if (/^(first|première|premiere)$/.test(toks[k].low) && /^(time|fois)$/.test(toks[k + 1]?.low ?? '')) return true;
	}
	return false;
}

/** `to`, `de`, `d'` right after the date, then the trigger at `i`: its infinitive complement. */
function infinitiveAfter(toks: Tok[], b: number, i: number): boolean {
	return i === b + 2 && /^(to|de|d')$/.test(toks[b + 1].low);
}

function commaBetween(toks: Tok[], from: number, to: number): boolean {
	for (let k = from + 1; k < to; k++) if (toks[k].low === ',') return true;
	return false;
}

/** Index of the dash ending a dateline at the start of the sentence, or -1. */
function datelineEnd(toks: Tok[], timexes: Timex[]): number {
	let depth = 0;
	for (let k = 0; k < Math.min(toks.length, 16); k++) {
		const t = toks[k];
		if (t.low === '(') depth++;
		else if (t.low === ')') depth = Math.max(0, depth - 1);
		else if ((t.low === '-' || t.low === '–') && k >= 2) return toks.slice(0, k).some((x) => x.low === ',' || x.low === ')') ? k : -1;
		else if (depth === 0 && t.word && startsLower(t.raw) && !timexes.some((x) => x.start <= t.start && t.end <= x.end)) return -1;
	}
	return -1;
}

function relWhere(toks: Tok[], info: PlaceInfo, tr: Trig): boolean {
	let k = info.b + 1;
	if (toks[k]?.low === ',') k++;
	if (!/^(où|where)$/.test(toks[k]?.low ?? '')) return false;
	// the trigger sits in that relative clause
	for (let q = k + 1; q <= tr.i; q++) if (toks[q].low === ',' || toks[q].low === ';') return false;
	return true;
}

/** Where the candidates sit from the first trigger after the place, in the order they are tried (a constant, not an array per place). */
const NEAREST_CANDIDATES = [-1, -2, 0];

function nearestTrigger(trigs: Trig[], info: PlaceInfo): Trig | null {
	// The last trigger ending before the place and the first starting after it are the only candidates.
	const k = firstTrigAt(trigs, info.b + 1);
	let best: Trig | null = null;
	let bd = Infinity;
	for (const off of NEAREST_CANDIDATES) {
		const tr = trigs[k + off];
		if (!tr) continue;
		const d = tr.i > info.b ? tr.i - info.b : info.a - tr.j;
		if (d >= 0 && d < bd) {
			bd = d;
			best = tr;
		}
	}
	return best;
}
