/**
 * What a collection form may hold: a title and the articles chosen from the
 * library. Checked on the server; every message says what to do.
 */
export const MAX_TITLE_CHARS = 200;
export const MAX_MEMBERS = 100;

export interface CollectionInputErrors {
	title?: string;
	articles?: string;
}

export function checkTitle(raw: unknown): { ok: true; title: string } | { ok: false; error: string } {
	const title = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
	if (title === '') return { ok: false, error: 'Give the collection a title.' };
	if (title.length > MAX_TITLE_CHARS) return { ok: false, error: `The title has ${title.length} characters; shorten it to ${MAX_TITLE_CHARS} at most.` };
	return { ok: true, title };
}

/**
 * The chosen article ids, in the order given, without repeats; every id
 * must be one of `known` (the library's). `min` is how many must be chosen.
 */
export function checkArticleIds(
	raw: readonly unknown[],
	known: ReadonlySet<string>,
	min = 1
): { ok: true; ids: string[] } | { ok: false; error: string } {
	const ids = [...new Set(raw.filter((x): x is string => typeof x === 'string' && x !== ''))];
	const unknown = ids.filter((id) => !known.has(id));
	if (unknown.length > 0) {
		return { ok: false, error: `${unknown.length === 1 ? 'One chosen article is' : `${unknown.length} chosen articles are`} no longer in the library; reload the page and choose again.` };
	}
	if (ids.length < min) return { ok: false, error: min === 1 ? 'Choose at least one article.' : `Choose at least ${min} articles.` };
	if (ids.length > MAX_MEMBERS) return { ok: false, error: `A collection holds at most ${MAX_MEMBERS} articles; ${ids.length} were chosen.` };
	return { ok: true, ids };
}
