/**
 * Proposes the article's language: franc-min's trigram detector, limited to
 * the two languages the pipeline reads, on the text itself; a web page's
 * `<html lang>` when the text is too short to tell.
 */
import { francAll } from 'franc-min';
import type { Lang } from '$lib/model';

export interface LangProposal {
	lang: Lang;
	source: string;
}

const FRANC_TO_LANG: Record<string, Lang> = { fra: 'fr', eng: 'en' };

/** Below this many letters trigram counts are noise; the page's declaration is trusted instead. */
const MIN_LETTERS = 40;
/**
 * francAll scores the best language 1 and the other relative to it; on a
 * whole article the two are close (0.96–0.98 for the runner-up on our dev
 * articles, all called right), so only a tie is refused.
 */
const MIN_MARGIN = 0.001;

/** `fr`, `fr-FR`, `en_GB` → fr/en; anything else → null. */
export function langFromTag(tag: string | null | undefined): Lang | null {
	const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
	return primary === 'fr' || primary === 'en' ? primary : null;
}

export function proposeLang(text: string, declared?: string | null): LangProposal | null {
	const letters = (text.match(/\p{L}/gu) ?? []).length;
	const fromPage = langFromTag(declared);
	if (letters >= MIN_LETTERS) {
		// Detection on the first 5,000 characters: enough for a stable call, and cheap.
		const ranked = francAll(text.slice(0, 5000), { only: ['fra', 'eng'] });
		const [best, second] = ranked;
		const lang = best ? FRANC_TO_LANG[best[0]] : undefined;
		if (lang && (!second || best[1] - second[1] >= MIN_MARGIN)) {
			const agrees = fromPage === lang ? ' (the page declares it too)' : '';
			return { lang, source: `the language of the text${agrees}` };
		}
	}
	if (fromPage) return { lang: fromPage, source: `the page’s lang attribute (“${(declared ?? '').slice(0, 20)}”)` };
	return null;
}
