/**
 * Typography folded for matching. The result has exactly the length of the
 * input, character for character, so offsets found in it point into the
 * original text (which is what the fact file and the views quote).
 */
const FOLD: Record<string, string> = {
	'\u2019': "'", // right single quotation mark, the French apostrophe
	'\u2018': "'",
	'\u02BC': "'", // modifier letter apostrophe
	'\u00B4': "'",
	'\u0060': "'",
	'\u00A0': ' ', // no-break space
	'\u202F': ' ', // narrow no-break space, before French : ; ! ? »
	'\u2007': ' ',
	'\u2009': ' ',
	'\u200A': ' ',
	'\u2002': ' ',
	'\u2003': ' ',
	'\t': ' ',
	'\u2010': '-', // hyphen
	'\u2011': '-', // non-breaking hyphen
	'\u2012': '-',
	'\u2013': '-', // en dash
	'\u2014': '-', // em dash
	'\u2212': '-',
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u2026': '.', // ellipsis, one character kept as one
	'\uFEFF': ' ',
	'\u200B': ' '
};

/** FOLD by code unit (every key is one). */
const FOLD_BY_CODE = new Map(Object.entries(FOLD).map(([from, to]) => [from.charCodeAt(0), to]));

/**
 * `norm` lower-cased as a whole, or null when a slice of the result could
 * differ from lower-casing that slice alone: when a character changes length
 * (`İ`), when case depends on context (Greek final sigma), or when a token
 * could cut a surrogate pair.
 */
export function lowerCased(norm: string): string | null {
	const lower = norm.toLowerCase();
	if (lower.length !== norm.length || /[\u03a3\ud800-\udfff]/.test(norm)) return null;
	return lower;
}

/**
 * Every character of FOLD replaced. A scan of code units rather than `replace` with a callback: the
 * callback ran at every apostrophe and no-break space of a French article, each call a round trip
 * from the regex engine into JavaScript.
 */
export function normalizeForMatching(text: string): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// Below U+00A0, FOLD has only the tab and the backtick.
		if (c < 0xa0 && c !== 9 && c !== 0x60) continue;
		const to = FOLD_BY_CODE.get(c);
		if (to === undefined) continue;
		out += text.slice(from, i) + to;
		from = i + 1;
	}
	return from === 0 ? text : out + text.slice(from);
}
