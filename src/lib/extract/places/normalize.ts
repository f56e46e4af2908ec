/**
 * One folding for every name, used both when the gazetteer is built and when
 * an article is read, so that `Hanoï`/`Hanoi`, `İzmit`/`Izmit`,
 * `Côte d’Ivoire`/`Côte d'Ivoire` and `Rio-de-Janeiro`/`Rio de Janeiro` meet
 * on one key. Case is folded too: capitalisation is judged on the article's
 * own text by the recogniser, not by the key.
 */

const COMBINING = /[\u0300-\u036f]/g;
/** Letters NFD does not decompose but the press spells without the mark. */
const EXTRA: Record<string, string> = {
	ı: 'i',
	ø: 'o',
	Ø: 'o',
	đ: 'd',
	Đ: 'd',
	ł: 'l',
	Ł: 'l',
	ß: 'ss',
	æ: 'ae',
	Æ: 'ae',
	œ: 'oe',
	Œ: 'oe',
	ð: 'd',
	þ: 'th'
};
const EXTRA_RE = /[ıøØđĐłŁßæÆœŒðþ]/g;

/** Folds one word (no separators): lower case, no diacritics. */
const NON_ASCII = /[^ -~]/;

/** Folded words already seen: an article repeats its words, and the
 * decomposition is the costly part. Bounded so a huge text cannot grow it without end. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

export function foldWord(word: string): string {
	// Most names are plain ASCII: skip the Unicode decomposition.
	if (!NON_ASCII.test(word)) return word.toLowerCase();
	return foldNonAscii(word);
}

/** `foldWord` of a word the caller already knows holds a character outside printable ASCII. */
export function foldNonAscii(word: string): string {
	const hit = foldCache.get(word);
	if (hit !== undefined) return hit;
	const folded = word
		.replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
		.normalize('NFD')
		.replace(COMBINING, '')
		.toLowerCase();
	if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
	foldCache.set(word, folded);
	return folded;
}

/**
 * The lookup key of a whole name: words folded, hyphens and runs of spaces
 * as one space, every apostrophe as `'` with no space after it.
 */
export function nameKey(name: string): string {
	const words: string[] = [];
	const seps: string[] = [];
	const re = /[\p{L}\p{M}\p{N}]+/gu;
	let last = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(name)) !== null) {
		if (words.length > 0) seps.push(separatorKey(name.slice(last, m.index)));
		words.push(foldWord(m[0]));
		last = m.index + m[0].length;
	}
	let key = words[0] ?? '';
	for (let i = 1; i < words.length; i++) key += seps[i - 1] + words[i];
	return key;
}

/** How a run of characters between two words reads in a key. */
export function separatorKey(sep: string): string {
	return /['\u2019\u02BC]/.test(sep) ? "'" : ' ';
}
