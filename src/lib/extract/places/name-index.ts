/**
 * What the recogniser asks the gazetteer about a name key, memoised per
 * gazetteer (like its own lookup caches, and bounded alike): whether a longer
 * name runs on from the key across a space or an apostrophe, and the key's
 * readings in one language with the facts the recogniser weighs.
 *
 * Keys are nodes of a tree grown as articles are read: a word's node, then
 * its children by separator and next word (`kim` → `kim jong` → `kim jong
 * un`). A name met again is walked by Map look-ups of token folds that are
 * already hashed, instead of building `key + sep + fold` strings and hashing
 * them for hasPrefix and lookup at every capitalised word; the readings are
 * filtered by language and weighed (feature codes) once per key, not per
 * mention.
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

/** One name key; its continuations and readings, found on first use. */
export class NameNode {
	readonly key: string;
	/** Bits: CONTINUES_SPACE, CONTINUES_APOSTROPHE; -1 until asked. */
	continuation = -1;
	fr: Readings | null = null;
	en: Readings | null = null;
	/** Children by next word, across a space and across an apostrophe. */
	space: Map<string, NameNode> | null = null;
	apostrophe: Map<string, NameNode> | null = null;

	constructor(key: string) {
		this.key = key;
	}
}

const CONTINUES_SPACE = 1;
const CONTINUES_APOSTROPHE = 2;
/** Nodes kept before the tree is started afresh: a bound like the gazetteer's own caches. */
const MAX_NODES = 100_000;

/** A country, curated name or first-level region: `/^(ISO|CUR|ADM1)$/` on the feature code. */
export function isDeliberate(feature: string): boolean {
	return feature === 'ISO' || feature === 'CUR' || feature === 'ADM1';
}

export class NameIndex {
	private readonly gazetteer: Gazetteer;
	private roots = new Map<string, NameNode>();
	private nodes = 0;
	/** Shapes of the gazetteer's lowerStarts: most lower-case words are turned away without a hash. */
	readonly lowerStartShapes: WordShapes;

	constructor(gazetteer: Gazetteer) {
		this.gazetteer = gazetteer;
		this.lowerStartShapes = new WordShapes(gazetteer.lowerStarts);
	}

	/** The node of a one-word key. */
	word(fold: string): NameNode {
		let node = this.roots.get(fold);
		if (node === undefined) {
			if (this.nodes >= MAX_NODES) {
				this.roots = new Map();
				this.nodes = 0;
			}
			this.roots.set(fold, (node = new NameNode(fold)));
			this.nodes++;
		}
		return node;
	}

	/** The node of `node.key + sep + fold` (sep is a token's joinNext: ' ' or "'"). */
	child(node: NameNode, sep: string, fold: string): NameNode {
		const map = sep === ' ' ? (node.space ??= new Map()) : (node.apostrophe ??= new Map());
		let next = map.get(fold);
		if (next === undefined) {
			map.set(fold, (next = new NameNode(node.key + sep + fold)));
			this.nodes++;
		}
		return next;
	}

	/** Some key starts with `node.key + sep`. */
	continues(node: NameNode, sep: string): boolean {
		if (node.continuation < 0) {
			node.continuation = (this.gazetteer.hasPrefix(node.key + ' ') ? CONTINUES_SPACE : 0) | (this.gazetteer.hasPrefix(node.key + "'") ? CONTINUES_APOSTROPHE : 0);
		}
		return (node.continuation & (sep === ' ' ? CONTINUES_SPACE : CONTINUES_APOSTROPHE)) !== 0;
	}

	readings(node: NameNode, lang: Lang): Readings {
		const hit = lang === 'fr' ? node.fr : node.en;
		if (hit !== null) return hit;
		const postings = this.gazetteer.lookup(node.key).filter((p) => p.lang === null || p.lang === lang);
		const readings: Readings = {
			postings,
			anyExact: postings.some((p) => p.exact !== null),
			deliberate: postings.some((p) => isDeliberate(this.gazetteer.entry(p.entry).feature)),
			caseless: postings.filter((p) => p.exact === null)
		};
		if (lang === 'fr') node.fr = readings;
		else node.en = readings;
		return readings;
	}
}

const indexes = new WeakMap<Gazetteer, NameIndex>();

/** The gazetteer's NameIndex, made on first use. */
export function nameIndex(gazetteer: Gazetteer): NameIndex {
	let index = indexes.get(gazetteer);
	if (!index) indexes.set(gazetteer, (index = new NameIndex(gazetteer)));
	return index;
}
