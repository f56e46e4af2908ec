/**
 * Chooses what each recognised name refers to, and drops the names that are
 * not places after all. Two passes over the article:
 *  1. the unambiguous, prominent readings (countries, curated names,
 *     capitals, big cities) say which countries and which part of the world
 *     the article is about;
 *  2. every name is read again with that context: kind and population
 *     first, then being in those countries or near those places (`Antioch`
 *     in a story about Turkey is Antakya, not Antioch, California).
 * One sense per article: a name keeps the same reading in all its mentions.
 *
 * Small places need evidence to be kept: a locative cue (`à`, `in`, `ville
 * de`) and a country or neighbour in the article; a capitalised word at a
 * sentence start, a person's name or a common word needs more than a hamlet.
 */
import type { Lang, PlaceKind } from '$lib/model';
import type { Doc } from '../document';
import { sentenceAt } from '../document';
import type { GazEntry, Gazetteer } from './gazetteer';
import { displayName } from './gazetteer';
import type { Mention } from './recognize';
import type { Words } from './words';
import { COMMON_WORDS, COMMON_WORD_TOWNS, DETERMINERS, METONYM_SKIP, METONYM_VERBS, ORG_HEADS } from './lexicon';
import { apposed, conjoinedWithPrevious, listNeighbours } from './evidence';
import { WordShapes } from './word-shapes';
import { ALT_PENALTY, altPrior, candidates, prior, sortedByPrior } from './candidates';

export interface Resolved {
	mention: Mention;
	entryId: string;
	name: string;
	lat: number;
	lon: number;
	kind: PlaceKind;
	country: string | null;
	confidence: number;
	metonym: boolean;
	sentence: number;
}

const STRONG_POPULATION = 100_000;
const ACRONYM_BEFORE = new Set(['the', 'in', 'to', 'from', 'into', 'and', 'of', 'les', 'aux', 'des', 'et', 'en', 'vers', 'across', 'against', 'with']);
const MEDIUM_POPULATION = 15_000;
/** `Paris, Texas`: the town lies within this distance of its region's point. */
const APPOSED_REGION_KM = 1000;
/** A place this close, named in the same sentence, is a neighbour (`Sale … Manchester`). */
const NEIGHBOUR_KM = 100;
/** How near a prominent place of the story a village named in several words needs no cue (`campings de La Garde-Freinet`). */
const BESIDE_KM = 30;
/** Beyond this distance from every place the article names, a town is another story's. */
const FAR_FROM_STORY_KM = 2500;

function strength(e: GazEntry): 'strong' | 'medium' | 'weak' {
	if (e.feature === 'ISO' || e.feature === 'CUR' || e.feature === 'ADM1' || e.feature === 'PPLC' || e.population >= STRONG_POPULATION) return 'strong';
	if (e.population >= MEDIUM_POPULATION || e.feature === 'PPLA' || e.feature === 'PPLA2') return 'medium';
	return 'weak';
}

/** Great-circle distance in km. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
	const r = Math.PI / 180;
	const dLat = (bLat - aLat) * r;
	const dLon = (bLon - aLon) * r;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const VERB_EXACT = new Set(METONYM_VERBS.filter((v) => v.length <= 3));
/** The longer verbs, as prefixes, by their first character: a word is tried against a handful, not ~120. */
const VERB_PREFIX_BY_FIRST = new Map<number, string[]>();
for (const v of METONYM_VERBS) {
	if (v.length <= 3) continue;
	const list = VERB_PREFIX_BY_FIRST.get(v.charCodeAt(0));
	if (list) list.push(v);
	else VERB_PREFIX_BY_FIRST.set(v.charCodeAt(0), [v]);
}

function isVerb(w: string): boolean {
	if (VERB_EXACT.has(w)) return true;
	const prefixes = VERB_PREFIX_BY_FIRST.get(w.charCodeAt(0));
	if (prefixes) for (const v of prefixes) if (w.startsWith(v)) return true;
	return false;
}

/**
 * A city or country standing for its government: subject of a verb of
 * saying, wanting or deciding (`Moscou souhaite`, `Washington warned`,
 * `Moscou et Pyongyang nient`), the agent after `par`, or the source after
 * `selon` / `according to`.
 */
function isMetonym(m: Mention, words: Words, all: readonly Mention[], idx: number): boolean {
	const prev = words.foldAt(m.first - 1);
	const prev2 = words.foldAt(m.first - 2);
	if (prev === 'selon' || prev === 'par' || (prev === 'to' && prev2 === 'according')) return true;
	if (prev === 'et' && (prev2 === 'selon' || prev2 === 'par')) return true;
	let k = m.last;
	// `Moscou et Pyongyang nient`: skip a coordinated place.
	const next = all[idx + 1];
	if (words.foldAt(k) === 'et' || words.foldAt(k) === 'and') {
		if (next && next.first === k + 1) k = next.last;
	}
	// `Turkey's` is a possessive, not a subject.
	if (m.last >= 1 && words.foldAt(k) === 's' && words.joinNext(m.last - 1) === "'") return false;
	for (let steps = 0; steps < 4 && k < words.length; steps++, k++) {
		if (k >= 1 && words.joinNext(k - 1) === null && steps === 0) {
			// `Washington, …` : a comma right after the name ends the subject.
			return false;
		}
		if (!words.cap(k) && isVerb(words.fold(k))) return true;
		if (!METONYM_SKIP.has(words.fold(k))) return false;
	}
	return false;
}

/**
 * The name to report: the entry's own name in the article's language when
 * we have one; else, when the article used another language's name of the
 * place (`Bruxelles`, `Rhodes`), that name as written; else the entry's.
 */
function nameFor(e: GazEntry, m: Mention, lang: Lang, viaAlternate: boolean): string {
	if (lang === 'fr' && e.fr) return e.fr;
	// `au Havre`: the article folded into `au`; the name keeps it.
	if (/^(?:Le|La|Les|L') ?/.test(e.en) && e.en.toLowerCase().endsWith(m.text.toLowerCase()) && e.en.length > m.text.length) return e.en;
	if (viaAlternate && /\p{Ll}/u.test(m.text) && !/[\n\t]/.test(m.text)) return m.text.replace(/\u2019/g, "'");
	return displayName(e, lang);
}

export function resolve(doc: Doc, g: Gazetteer, mentions: readonly Mention[], words: Words): Resolved[] {
	const lang: Lang = doc.lang;
	// Words the article also writes in lower case are common words here.
	// Asked only of the mentions' keys, and only for weak single-word readings: gathered on the first
	// question, for those keys alone.
	let lowerWords: Set<string> | null = null;
	const writtenLower = (key: string): boolean => {
		if (!lowerWords) {
			const keys = new Set(mentions.map((m) => m.key));
			// Shapes first: most lower-case words are no name of the article, and need no hash to say so.
			const shapes = new WordShapes(keys);
			lowerWords = new Set<string>();
			for (let k = 0; k < words.length; k++) {
				if (!words.cap(k) && words.mayBeIn(shapes, k) && keys.has(words.fold(k))) lowerWords.add(words.fold(k));
			}
		}
		return lowerWords.has(key);
	};

	// Mentions of one name share their readings, and their candidates (candidates.ts).
	const candInfo = mentions.map((m) => candidates(m.postings, g));
	// Each mention's sentence, found once (it was a binary search at every question about it).
	const sentenceOf = mentions.map((m) => sentenceAt(doc.sentences, m.start));
	const cands = candInfo.map((c) => c.list);

	// Pass 1: context from prominent, unambiguous readings.
	const countryWeight = new Map<string, number>();
	/** What each entry itself added, so a name is not its own context. */
	const ownWeight = new Map<string, number>();
	/** Countries named (or implied by a prominent place) in each sentence, with the entries that implied them. */
	const sentenceCountries = new Map<number, Map<string, Set<string>>>();
	const anchorSet = new Map<string, GazEntry>();
	/** Every prominent reading, countries included: where the story is. */
	const storyPoints = new Map<string, GazEntry>();
	mentions.forEach((m, i) => {
		if (m.site || m.personLike || m.orgLike || cands[i].length === 0) return;
		const sorted = sortedByPrior(candInfo[i]);
		const alt = candInfo[i].altOnly;
		const best = sorted[0];
		if (strength(best) !== 'strong') return;
		if (sorted[1] && altPrior(sorted[1], alt) > altPrior(best, alt) - 3 && sorted[1].country !== best.country) return;
		const major = best.feature === 'ISO' || best.feature === 'CUR' || best.feature === 'ADM1';
		// A capitalised word opening a sentence is no evidence yet.
		if (m.initial && m.last - m.first === 1 && !major) return;
		if (best.country) {
			const sentence = sentenceOf[i];
			let countries = sentenceCountries.get(sentence);
			if (!countries) sentenceCountries.set(sentence, (countries = new Map()));
			const by = countries.get(best.country);
			if (by) by.add(best.id);
			else countries.set(best.country, new Set([best.id]));
			countryWeight.set(best.country, (countryWeight.get(best.country) ?? 0) + 1);
			ownWeight.set(best.id, (ownWeight.get(best.id) ?? 0) + 1);
		}
		storyPoints.set(best.id, best);
		if (best.kind !== 'country') anchorSet.set(best.id, best);
	});
	const anchors = [...anchorSet.values()];

	let maxWeight = 1;
	for (const w of countryWeight.values()) if (w > maxWeight) maxWeight = w;
	// Distinct anchors only, and memoised per entry: linear in the article.
	const nearCache = new Map<string, boolean>();
	const near = (e: GazEntry, km: number): boolean => {
		const k = `${e.id}|${km}`;
		let hit = nearCache.get(k);
		if (hit === undefined) {
			hit = anchors.some((a) => a.id !== e.id && distanceKm(a.lat, a.lon, e.lat, e.lon) <= km);
			nearCache.set(k, hit);
		}
		return hit;
	};
	// How close a reading is to the story's places, from 1 (within 150 km)
	// down to 0 (600 km and beyond). Graded, not a 300 km cliff: a village
	// 180 km from a state capital named in passing must not outrank the city
	// 350 km from another (`Savannah` in a story about Georgia and Nebraska).
	const closenessCache = new Map<string, number>();
	const closeness = (e: GazEntry): number => {
		let hit = closenessCache.get(e.id);
		if (hit === undefined) {
			hit = 0;
			for (const a of anchors) {
				if (a.id === e.id) continue;
				hit = Math.max(hit, Math.min(1, Math.max(0, (600 - distanceKm(a.lat, a.lon, e.lat, e.lon)) / 450)));
				if (hit === 1) break;
			}
			closenessCache.set(e.id, hit);
		}
		return hit;
	};
	// A town whose only reading lies thousands of km from everything else the
	// article names is a namesake of a place the gazetteer lacks (Greek `Mati`
	// read as the Philippine city): better unplaced than misplaced.
	const farCache = new Map<string, boolean>();
	const farFromStory = (e: GazEntry): boolean => {
		let hit = farCache.get(e.id);
		if (hit === undefined) {
			// Far only from an actual context: a name is not its own, and a lone name has none.
			let others = 0;
			let near = false;
			for (const p of storyPoints.values()) {
				if (p.id === e.id) continue;
				others++;
				if ((p.country !== null && p.country === e.country) || distanceKm(p.lat, p.lon, e.lat, e.lon) <= FAR_FROM_STORY_KM) {
					near = true;
					break;
				}
			}
			hit = others > 0 && !near;
			farCache.set(e.id, hit);
		}
		return hit;
	};
	const otherWeight = (e: GazEntry): number => (e.country ? (countryWeight.get(e.country) ?? 0) - (ownWeight.get(e.id) ?? 0) : 0);

	// `Paris, Texas`, `Jackson, Mississippi`, `Orange, dans le Vaucluse`: a
	// name followed by a region or country is a town of it. Its readings
	// are narrowed to those (when any), and the apposition is evidence.
	const region = (j: number): GazEntry | null => {
		const mj = mentions[j];
		if (mj.site || mj.orgLike || mj.personLike || cands[j].length === 0) return null;
		const top = sortedByPrior(candInfo[j])[0];
		return top.feature === 'ISO' || ((top.feature === 'ADM1' || top.feature === 'CUR') && top.kind === 'region') ? top : null;
	};
	const within = mentions.map((m, i): GazEntry | null => {
		const j = apposed(doc.norm, mentions, i);
		const r = j < 0 ? null : region(j);
		if (!r || !r.country) return null;
		const inIt = cands[i].filter((e) => e.id !== r.id && e.kind !== 'country' && e.country === r.country && (r.kind === 'country' || distanceKm(r.lat, r.lon, e.lat, e.lon) <= APPOSED_REGION_KM));
		if (inIt.length === 0) return null;
		cands[i] = inIt;
		return r;
	});
	// One sense per discourse: `Valence (Drôme)` once says which Valence every other `Valence` is.
	const narrowed = new Map<string, Set<string>>();
	mentions.forEach((m, i) => {
		if (within[i]) narrowed.set(m.key, new Set(cands[i].map((e) => e.id)));
	});
	mentions.forEach((m, i) => {
		const ids = within[i] ? null : narrowed.get(m.key);
		if (!ids) return;
		const kept = cands[i].filter((e) => ids.has(e.id));
		if (kept.length > 0) cands[i] = kept;
	});
	/** Common-word towns and the like: a list, a neighbour or a cue. */
	const solid = (j: number): boolean => {
		const mj = mentions[j];
		return cands[j].length > 0 && !mj.orgLike && !mj.personLike && !mj.site && (mj.locative || !(COMMON_WORD_TOWNS.has(mj.key) || COMMON_WORDS.has(mj.key)));
	};
	const listed = (i: number): boolean => listNeighbours(doc.norm, mentions, i).some(solid);
	// `in Dhubri and Goalpara`, `à Nice, Cannes et Antibes`: the cue before a list is every name's in it.
	const cued = mentions.map((m) => m.locative);
	const conjoined = conjoinedWithPrevious(doc.norm, mentions);
	for (let i = 1; i < mentions.length; i++) if (!cued[i] && cued[i - 1] && solid(i - 1) && conjoined[i]) cued[i] = true;
	const neighbourInSentence = (i: number, e: GazEntry): boolean => {
		const sentence = sentenceOf[i];
		for (let j = i - 1; j >= 0 && sentenceOf[j] === sentence; j--) if (isNeighbour(j, e)) return true;
		for (let j = i + 1; j < mentions.length && sentenceOf[j] === sentence; j++) if (isNeighbour(j, e)) return true;
		return false;
	};
	// `entre Collobrières et Grimaud`, `Saint-Nazaire et Pornic`: a village
	// listed with a place that has a cue (or is a city), and lies within
	// NEIGHBOUR_KM of one of its readings, shares its evidence.
	const listedNear = (i: number, e: GazEntry): boolean =>
		listNeighbours(doc.norm, mentions, i).some(
			(j) => isNeighbour(j, e) || (solid(j) && mentions[j].locative && cands[j].some((c) => c.id !== e.id && distanceKm(c.lat, c.lon, e.lat, e.lon) <= NEIGHBOUR_KM))
		);
	// Any strong city reading of the other name will do: its own choice is
	// not made yet, and a namesake 100 km away is rare.
	const isNeighbour = (j: number, e: GazEntry): boolean =>
		solid(j) && cands[j].some((c) => c.id !== e.id && c.kind === 'city' && strength(c) === 'strong' && distanceKm(c.lat, c.lon, e.lat, e.lon) <= NEIGHBOUR_KM);

	// `Quatre campings de La Garde-Freinet ont été vidés`, in a story of Gonfaron and Toulon: a village named in
	// several words (rarely a common word or a first name), beside a place the story names prominently, is
	// that village even with no cue before it.
	const besideTheStory = (m: Mention, single: boolean, e: GazEntry): boolean => !single && !m.initial && near(e, BESIDE_KM);

	// Pass 2: one reading per name key.
	const choice = new Map<string, { entry: GazEntry; margin: number }>();
	const choose = (m: Mention, sentence: number, list: GazEntry[], altOnly: Set<string>, of: GazEntry | null): { entry: GazEntry; margin: number } => {
		// (The plain key as it is: no string built and hashed for most mentions.)
		const cacheKey = m.regionHint || of ? m.key + (m.regionHint ? '#r' : '') + (of ? '@' + of.id : '') : m.key;
		const hit = choice.get(cacheKey);
		if (hit) return hit;
		// The countries of the mention's own sentence (`Greece … near Athens`).
		const local = sentenceCountries.get(sentence);
		let best: GazEntry = list[0];
		let bestScore = -Infinity;
		let second = -Infinity;
		for (const e of list) {
			let s = prior(e);
			if (altOnly.has(e.id)) s -= ALT_PENALTY;
			// A name is not its own context (`Saint-Denis`, the capital of Réunion, put Réunion in its sentence
			// and in the story's countries, and so outweighed the Saint-Denis of a Paris story).
			if (e.kind !== 'country' && e.country && impliedByOther(local?.get(e.country), list)) s += 3;
			// The article's main countries count most: a passing mention of
			// the United States does not make `Geneva` the one in New York.
			// (Only when others back the country: its own mentions alone make no context.)
			const w = e.country && otherWeight(e) > 0 ? countryWeight.get(e.country) ?? 0 : 0;
			if (w > 0 && e.kind !== 'country') s += 0.5 + (4 * w) / maxWeight;
			if (e.kind !== 'country') s += 3 * closeness(e);
			if (m.regionHint && e.kind === 'region') s += 5;
			if (s > bestScore) {
				second = bestScore;
				bestScore = s;
				best = e;
			} else if (s > second) second = s;
		}
		const r = { entry: best, margin: Number.isFinite(second) ? bestScore - second : 10 };
		choice.set(cacheKey, r);
		return r;
	};

	const out: Resolved[] = [];
	mentions.forEach((m, i) => {
		if (m.site) return;
		const list = cands[i];
		if (list.length === 0 || m.orgLike || m.surname) return;
		const { entry: e, margin } = choose(m, sentenceOf[i], list, candInfo[i].altOnly, within[i]);
		const st = strength(e);
		const single = m.last - m.first === 1;
		const major = e.feature === 'ISO' || e.feature === 'CUR' || e.feature === 'ADM1';
		const inRegion = within[i] !== null;
		// `in Jackson, Mississippi`: the cue and the state outweigh the first name.
		if (m.personLike && !major && !(inRegion && m.locative)) return;
		if (single && !major && COMMON_WORDS.has(m.key) && !inRegion) return;
		// `Amazon said`: a curated feature named like a company or a word is the feature only after an
		// article or a cue (`the Amazon`, `in the Amazon`, `l'Amazone`).
		if (single && e.feature === 'CUR' && COMMON_WORDS.has(m.key) && !m.locative && !DETERMINERS.has(words.foldAt(m.first - 1) ?? '')) return;
		// A word the article (or the language) also uses as a common word
		// needs evidence; at a sentence start a cue cannot be told from the
		// word's own capital, so only a list or an apposition will do.
		if (single && !major && e.population < 1_000_000 && (writtenLower(m.key) || COMMON_WORD_TOWNS.has(m.key))) {
			const strong = inRegion || listed(i);
			if (!(m.initial ? strong : strong || m.locative || neighbourInSentence(i, e))) return;
		}
		if (m.titleLine && st !== 'strong') return;
		// `US`/`U.S.` before a noun is an adjective (`U.S. officials`,
		// `U.S. Geological Survey`); the country is `the US`, `in the U.S.`,
		// `U.S.,` or the subject of a verb.
		if (m.postings.every((p) => p.exact !== null)) {
			const before = words.foldAt(m.first - 1) ?? '';
			const after = doc.norm.slice(m.end, m.end + 2);
			const next = m.last;
			const modifier =
				next < words.length &&
				words.cap(next) &&
				/^ \p{Lu}/u.test(doc.norm.slice(m.end, words.start[next] + 1)) &&
				sentenceAt(doc.sentences, words.start[next]) === sentenceOf[i];
			const noun = !modifier && (ACRONYM_BEFORE.has(before) || /^(?:[,;:)!?]|\.\s|\.$|\s*$|\n)/.test(after) || after === '' || isMetonym(m, words, mentions, i));
			if (!noun) return;
		}
		const inContext = otherWeight(e) > 0 || near(e, 500);
		// Known only by another language's alternate (`Hamas` for Hamm): a
		// lone word needs a cue or a context, unless it is a capital or a
		// metropolis (`Londres`, `Varsovie`).
		if (single && !major && candInfo[i].altOnly.has(e.id) && e.feature !== 'PPLC' && e.population < 1_000_000 && !m.locative && !inContext) return;
		// Mid-size towns need a cue or a context; at a sentence start (no
		// cue possible) a capitalised word is more likely than a town.
		if (st === 'medium' && !major && (m.initial ? single && !near(e, 300) : !cued[i] && !inContext)) return;
		if (single && ORG_HEADS.has(m.key)) return;
		if (st === 'weak' && !((m.locative || m.regionHint || listedNear(i, e)) && inContext) && !besideTheStory(m, single, e)) return;
		// (A city said to be the place, `à Seattle`, is not a namesake.)
		if (!major && e.feature !== 'PPLC' && e.population < 1_000_000 && otherWeight(e) === 0 && !(st === 'strong' && m.locative) && farFromStory(e)) return;
		// A strong reading at a sentence start, not a country or curated
		// name, and unknown to the rest of the article: a capitalised word.
		if (st === 'strong' && !major && e.feature !== 'PPLC' && m.initial && single && !m.locative && !inContext && e.population < 1_000_000) return;
		let kind: PlaceKind = e.kind;
		if (m.regionHint && kind === 'city') kind = 'region';
		const base = st === 'strong' ? 0.9 : st === 'medium' ? 0.75 : 0.55;
		const confidence = Math.round(Math.max(0.2, Math.min(0.99, base - (margin < 2 ? 0.2 : margin < 4 ? 0.1 : 0) + (inContext ? 0.05 : 0))) * 100) / 100;
		out.push({
			mention: m,
			entryId: e.id,
			name: nameFor(e, m, lang, candInfo[i].altOnly.has(e.id)),
			lat: e.lat,
			lon: e.lon,
			kind,
			country: e.country,
			confidence,
			metonym: (kind === 'city' || kind === 'country') && isMetonym(m, words, mentions, i),
			sentence: sentenceOf[i]
		});
	});

	repeatReadings(
		mentions,
		cands,
		out,
		(key) => COMMON_WORDS.has(key) || COMMON_WORD_TOWNS.has(key) || writtenLower(key),
		(m, i, kind) => ({ sentence: sentenceOf[i], metonym: (kind === 'city' || kind === 'country') && isMetonym(m, words, mentions, i) })
	);

	const mentionCount = new Map<string, number>();
	for (const r of out) mentionCount.set(r.entryId, (mentionCount.get(r.entryId) ?? 0) + 1);
	// Named sites nobody listed: placed at the nearest city or site named
	// in the same sentence, else in the three before. A place said as where
	// someone came from (`flew from Rome and landed at X Airport`) is the
	// one place the site is not in.
	const bySentence = new Map<number, Resolved[]>();
	for (const r of out) {
		if (r.kind !== 'city' && r.kind !== 'site') continue;
		if (isOrigin(words, r.mention.first)) continue;
		const list = bySentence.get(r.sentence);
		if (list) list.push(r);
		else bySentence.set(r.sentence, [r]);
	}
	// One sense per discourse: a site placed once is placed there again where no place is named beside it.
	const placedSites = new Map<string, Resolved>();
	for (let i = 0; i < mentions.length; i++) {
		const m = mentions[i];
		if (!m.site) continue;
		const sentence = sentenceOf[i];
		let anchor: Resolved | undefined;
		for (let back = 0; back <= 3 && !anchor; back++) {
			const pool = bySentence.get(sentence - back) ?? [];
			if (pool.length === 0) continue;
			// The story's main place among them (most mentioned), then the nearest.
			const score = (r: Resolved): number => (mentionCount.get(r.entryId) ?? 0) * 1e7 - Math.abs(r.mention.start - m.start);
			anchor = pool.reduce((a, b) => (score(b) > score(a) ? b : a));
		}
		const before = placedSites.get(m.key);
		if (!anchor && before) {
			out.push({ ...before, mention: m, sentence });
			continue;
		}
		if (!anchor) continue;
		const site: Resolved = {
			mention: m,
			entryId: `near:${anchor.entryId}`,
			name: m.text,
			lat: anchor.lat,
			lon: anchor.lon,
			kind: 'site',
			country: anchor.country,
			confidence: 0.4,
			metonym: false,
			sentence
		};
		out.push(site);
		if (!placedSites.has(m.key)) placedSites.set(m.key, site);
	}
	out.sort((a, b) => a.mention.start - b.mention.start);
	return out;
}

/** Words that make the name after them where a journey started. French `de`
 * is left out: `l'aéroport de Lyon`, `près de Lyon` are not origins. */
const ORIGIN_BEFORE = new Set(['from', 'depuis']);

/** Some entry other than the name's own readings implied the country (`by`: the entries that did). */
function impliedByOther(by: ReadonlySet<string> | undefined, readings: readonly GazEntry[]): boolean {
	if (!by) return false;
	for (const id of by) if (!readings.some((e) => e.id === id)) return true;
	return false;
}

/** The name at token `first` is said as an origin: `from Rome`, `depuis
 * Rome`, `en provenance de Rome`. */
function isOrigin(words: Words, first: number): boolean {
	const before = words.foldAt(first - 1);
	if (before === undefined) return false;
	if (ORIGIN_BEFORE.has(before)) return true;
	return (before === 'de' || before === 'd' || before === 'du') && words.foldAt(first - 2) === 'provenance';
}

/**
 * One sense per discourse: a name the article has once placed with
 * evidence (`the island of Lampedusa`) keeps that reading where it recurs
 * without a cue (`south of Lampedusa`, `Lampedusa, closer to Tunisia`).
 * Not for mentions read as a person's or an organisation's name, acronyms
 * (`U.S. officials`), or words the article also uses as common words.
 */
export function repeatReadings(
	mentions: readonly Mention[],
	cands: readonly GazEntry[][],
	out: Resolved[],
	commonWord: (key: string) => boolean,
	where: (m: Mention, i: number, kind: PlaceKind) => { sentence: number; metonym: boolean }
): void {
	const placed = new Map<string, Resolved>();
	const done = new Set<Mention>();
	for (const r of out) {
		done.add(r.mention);
		if (!placed.has(r.mention.key)) placed.set(r.mention.key, r);
	}
	mentions.forEach((m, i) => {
		const r = placed.get(m.key);
		if (!r || done.has(m) || m.site || m.orgLike || m.personLike || m.surname) return;
		if (m.postings.every((p) => p.exact !== null) || commonWord(m.key)) return;
		if (!cands[i].some((e) => e.id === r.entryId)) return;
		out.push({ ...r, mention: m, ...where(m, i, r.kind) });
	});
}
