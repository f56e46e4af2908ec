import type { ArticleInput } from '$lib/article-input';
// Imported as a string by Vite so that the text is inside the built server
// bundle: the app needs no data folder next to it at run time.
import text from './kim-jong-un-russie.fr.txt?raw';

/** Stable id, so that documentation and tests can link to the sample. */
export const SAMPLE_ID = 'kim-jong-un-russie';

/** The article a new library starts with, so a first visit has something to open. */
export const SAMPLE_ARTICLE: ArticleInput = {
	title: 'Le dirigeant nord-coréen arrive en Russie pour rencontrer Poutine',
	dct: '2023-09-12',
	lang: 'fr',
	text
};
