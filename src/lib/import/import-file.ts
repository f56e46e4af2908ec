/**
 * One uploaded file into the library: read it, decide its publication date
 * and language (the batch's choice when the user set one, else what the file
 * proposes), then store it — an article is extracted, a fact file is stored
 * as given. A file that carries no date and got none from the user is
 * refused and said so, never dated by a guess the user did not see.
 */
import { checkDct, checkLang, validateArticleInput } from '$lib/article-input';
import type { Lang } from '$lib/model';
import { readFactFile, type ImportedFactFile } from './factfile-import';
import { displayName, readUpload } from './upload';

/** Where the library keeps what is imported; the server's database in the app. */
export interface ImportStore {
	createArticle(input: { title: string; dct: string; lang: Lang; text: string }): Promise<string>;
	createImported(facts: ImportedFactFile, title?: string): Promise<string>;
}

export interface ImportRequest {
	name: string;
	bytes: Uint8Array;
	/** Set for the whole batch by the user; overrides what the file proposes. */
	dct?: string;
	lang?: string;
	today?: Date;
}

export type ImportOutcome =
	| {
			ok: true;
			id: string;
			title: string;
			kind: 'article' | 'factfile';
			dct: string;
			lang: Lang;
			/** How the date and language were chosen, in words. */
			notes: string[];
	  }
	| { ok: false; status: number; detail: string; errors: Array<{ field: string; message: string }> };

function refuse(status: number, detail: string, errors: Array<{ field: string; message: string }> = []): ImportOutcome {
	return { ok: false, status, detail, errors };
}

export async function importFile(request: ImportRequest, store: ImportStore): Promise<ImportOutcome> {
	const shown = displayName(request.name);
	const dctOverride = request.dct?.trim() ?? '';
	const langOverride = request.lang?.trim() ?? '';
	// A batch setting that is itself wrong is the user's to fix first.
	const overrideErrors = [
		...(dctOverride && checkDct(dctOverride) ? [{ field: 'dct', message: checkDct(dctOverride) as string }] : []),
		...(langOverride && checkLang(langOverride) ? [{ field: 'lang', message: checkLang(langOverride) as string }] : [])
	];
	if (overrideErrors.length > 0) return refuse(422, 'The date or language set for the batch is not valid.', overrideErrors);

	const read = readUpload(request.name, request.bytes, request.today);
	if (!read.ok) {
		const status = /limit is 2 MB/.test(read.error) ? 413 : /not a file Factline reads/.test(read.error) ? 415 : 422;
		return refuse(status, read.error, [{ field: 'file', message: read.error }]);
	}

	if ('factfileJson' in read) {
		const facts = readFactFile(read.factfileJson);
		if (!facts.ok) {
			return refuse(422, `“${shown}” is not a fact file Factline can import: ${facts.errors[0]}`, facts.errors.map((message) => ({ field: 'file', message })));
		}
		const id = await store.createImported(facts.facts, facts.facts.article.title);
		return {
			ok: true,
			id,
			title: facts.facts.article.title || shown,
			kind: 'factfile',
			dct: facts.facts.article.dct,
			lang: facts.facts.article.lang,
			notes: [`${facts.facts.events.length} events imported as given (not extracted again)`]
		};
	}

	const { article } = read;
	const notes: string[] = [];
	let dct = dctOverride;
	if (dct) notes.push(`date ${dct} set for the batch`);
	else if (article.proposals.dct) {
		dct = article.proposals.dct.dct;
		notes.push(`date ${dct} proposed from ${article.proposals.dct.source}`);
		if (article.proposals.dct.yearNote) notes.push(article.proposals.dct.yearNote);
	}
	let lang = langOverride;
	if (lang) notes.push(`language ${lang} set for the batch`);
	else if (article.proposals.lang) {
		lang = article.proposals.lang.lang;
		notes.push(`language ${lang} proposed from ${article.proposals.lang.source}`);
	}

	const missing = [
		...(dct ? [] : [{ field: 'dct', message: `“${shown}” gives no publication date (no dateline, no date in the page): set a date for the batch, or add it on its own.` }]),
		...(lang ? [] : [{ field: 'lang', message: `The language of “${shown}” could not be told: set the language for the batch.` }])
	];
	if (missing.length > 0) return refuse(422, missing.map((m) => m.message).join(' '), missing);

	const checked = validateArticleInput({ title: article.title, dct, lang, text: article.text });
	if (!checked.ok) {
		const errors = Object.entries(checked.errors).map(([field, message]) => ({ field, message: message as string }));
		return refuse(422, `“${shown}”: ${errors.map((e) => e.message).join(' ')}`, errors);
	}
	const id = await store.createArticle(checked.input);
	return { ok: true, id, title: checked.input.title || shown, kind: 'article', dct, lang: checked.input.lang, notes };
}
