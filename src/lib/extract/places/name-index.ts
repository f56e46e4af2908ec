/**
 * What the recogniser asks the gazetteer about a name key, memoised per
 * gazetteer (like its own lookup caches, and bounded alike): whether a longer
 * name runs on from the key across a space or an apostrophe, and the key's
 * readings in one language with the facts the recogniser weighs.
 *
 * Why: the recogniser asked `hasPrefix(key + sep)` at every capitalised word
 * (a string built and hashed each time, for a word whose own key was already
 * hashed), then filtered the readings by language and tested each reading's
 * feature code with a regex, per mention. Now one Map look-up by the key
 * answers each, and the arrays are shared rather than rebuilt.
 */
import type { Lang } from '$lib/model';
import type { Gazetteer, Posting } from './gazetteer';
import { WordShapes } from './word-shapes';

export interface Readings {
	/** Readings for the article's language (`lang` null or equal). */
	postings: readonly Posting[];
	/** Some reading must match the surface's case exactly (`US`): the caller filters by surface. */
	anyExact: boolean;
	/** Some reading is a country, a curated name or a region: named on purpose. */
	deliberate: boolean;
	/** `postings` without the exact-case readings (what a contracted article may open). */
	caseless: readonly Posting[];
}

const CONTINUES_SPACE = 1;
const CONTINUES_APOSTROPHE = 2;
const MAX_CACHED = 50_000;

/** A country, curated name or first-level region: `/^(ISO|CUR|ADM1)$/` on the feature code. */
export function isDeliberate(feature: string): boolean {
	return feature === 'ISO' || feature === 'CUR' || feature === 'ADM1';
}

export class NameIndex {
	private readonly continuation = new Map<string, number>();
	private readonly byLang = { fr: new Map<string, Readings>(), en: new Map<string, Readings>() };

	private readonly gazetteer: Gazetteer;
	/** Shapes of the gazetteer's lowerStarts: most lower-case words are turned away without a hash. */
	readonly lowerStartShapes: WordShapes;

	constructor(gazetteer: Gazetteer) {
		this.gazetteer = gazetteer;
		this.lowerStartShapes = new WordShapes(gazetteer.lowerStarts);
	}

	/** Some key starts with `key + sep` (sep is a token's joinNext: ' ' or "'"). */
	continues(key: string, sep: string): boolean {
		let bits = this.continuation.get(key);
		if (bits === undefined) {
			bits = (this.gazetteer.hasPrefix(key + ' ') ? CONTINUES_SPACE : 0) | (this.gazetteer.hasPrefix(key + "'") ? CONTINUES_APOSTROPHE : 0);
			if (this.continuation.size >= MAX_CACHED) this.continuation.clear();
			this.continuation.set(key, bits);
		}
		return (bits & (sep === ' ' ? CONTINUES_SPACE : CONTINUES_APOSTROPHE)) !== 0;
	}

	readings(key: string, lang: Lang): Readings {
		const cache = this.byLang[lang];
		let hit = cache.get(key);
		if (hit === undefined) {
			const postings = this.gazetteer.lookup(key).filter((p) => p.lang === null || p.lang === lang);
			hit = {
				postings,
				anyExact: postings.some((p) => p.exact !== null),
				deliberate: postings.some((p) => isDeliberate(this.gazetteer.entry(p.entry).feature)),
				caseless: postings.filter((p) => p.exact === null)
			};
			if (cache.size >= MAX_CACHED) cache.clear();
			cache.set(key, hit);
		}
		return hit;
	}
}

const indexes = new WeakMap<Gazetteer, NameIndex>();

/** The gazetteer's NameIndex, made on first use. */
export function nameIndex(gazetteer: Gazetteer): NameIndex {
	let index = indexes.get(gazetteer);
	if (!index) indexes.set(gazetteer, (index = new NameIndex(gazetteer)));
	return index;
}
