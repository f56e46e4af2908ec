import { fail, redirect } from '@sveltejs/kit';
import {
	readArticleForm,
	validateArticleInput,
	type ArticleInputErrors,
	type ArticleInputValues
} from '$lib/article-input';
import { createArticle, getDb } from '$lib/server/db';
import { loadLibraryPage } from '$lib/server/db/library-page';
import { fillProposals, type FormProposals } from '$lib/import/form-proposals';
import { readFactFile } from '$lib/import/factfile-import';
import { proposeFor } from '$lib/import/proposals';
import { libraryStore } from '$lib/import/store.server';
import { displayName, readUpload, sizeError } from '$lib/import/upload';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ url }) => {
	return loadLibraryPage(await getDb(), url.searchParams);
}) satisfies PageServerLoad;

const EMPTY: ArticleInputValues = { title: '', dct: '', lang: '', text: '' };

/**
 * What the form gets back: the fields (as typed, or filled from an uploaded
 * file and the proposals), and a message per bad field.
 */
export interface CreateFailure {
	values: ArticleInputValues;
	errors: ArticleInputErrors;
	/** A problem with the submission as a whole rather than one field. */
	message?: string;
	/** The body could not be read, so `values` are empty rather than what was typed. */
	valuesLost?: boolean;
	/** Date and language filled from the text, each with where it was found, for the user to confirm. */
	proposed?: FormProposals;
	/** The uploaded file the fields were read from. */
	fromFile?: string;
	/** What is wrong with the uploaded file. */
	fileError?: string;
	/** Every problem of an imported fact file, one per line. */
	fileErrors?: string[];
}

/** HTTP status carried by an error or its cause (the body reader throws SvelteKit's own error class). */
function statusOf(e: unknown): number | undefined {
	for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 3; x = (x as { cause?: unknown }).cause, depth++) {
		const status = (x as { status?: unknown }).status;
		if (typeof status === 'number') return status;
	}
	return undefined;
}

/** `fail` with one shape for every refusal, so the page sees a single `form` type. */
function refuse(status: number, body: CreateFailure) {
	return fail(status, body);
}

/** The submitted form, or the refusal to send back when it could not be read. */
async function readForm(request: Request): Promise<FormData | ReturnType<typeof refuse>> {
	try {
		return await request.formData();
	} catch (e) {
		// The server refuses bodies over BODY_SIZE_LIMIT (adapter-node,
		// 512 kB by default) while reading them; the text cannot be given
		// back, so say why it is gone and what to do.
		if (statusOf(e) === 413) {
			return refuse(413, {
				values: EMPTY,
				errors: {
					text: `The article is too large for the server to receive (over its request size limit): shorten the text and send it again.`
				},
				message: 'The submission was too large for the server. If the fields came back empty, paste the article again.',
				valuesLost: true
			});
		}
		return refuse(400, {
			values: EMPTY,
			errors: {},
			message: 'The form could not be read. Reload the page and try again.',
			valuesLost: true
		});
	}
}

export const actions = {
	create: async ({ request }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;

		const values = readArticleForm(form);
		// A date or language left empty is proposed from the text, and the form
		// comes back for the user to confirm it: nothing is extracted on a guess.
		if ((values.dct.trim() === '' || values.lang === '') && values.text.trim() !== '') {
			const { values: filled, proposed } = fillProposals(values, proposeFor(values.text.replace(/\r\n?/g, '\n')));
			if (proposed.dct || proposed.lang) {
				const checkedFilled = validateArticleInput(filled);
				return refuse(400, {
					values: filled,
					errors: checkedFilled.ok ? {} : checkedFilled.errors,
					proposed,
					message: 'Check the proposed publication date and language, then press “Extract facts” again.'
				});
			}
		}
		const checked = validateArticleInput(values);
		if (!checked.ok) return refuse(400, { values, errors: checked.errors });

		let id: string;
		try {
			id = await createArticle(await getDb(), checked.input);
		} catch (e) {
			// A fault of ours (pipeline bug, missing gazetteer, full disk), not
			// of the input: keep what was typed so nothing is lost, and log the
			// details for whoever runs the server.
			console.error('Could not add an article:', e);
			return refuse(500, {
				values,
				errors: {},
				message: 'The article could not be added because of a problem on the server. Your text is kept below; try again later.'
			});
		}
		redirect(303, `/articles/${encodeURIComponent(id)}`);
	},

	/**
	 * One uploaded file, without JavaScript: an article (.txt, .md, .html)
	 * fills the form with its text, title and proposals for the user to
	 * check; a fact file (.json) is imported as it is and opened.
	 */
	upload: async ({ request }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return form;
		const typed = readArticleForm(form);
		const file = form.get('file');
		if (!(file instanceof File) || (file.name === '' && file.size === 0)) {
			return refuse(400, { values: typed, errors: {}, fileError: 'Choose a file first: a .txt, .md or .html article, or a .json fact file.' });
		}
		const name = displayName(file.name);
		const tooBig = sizeError(file.name, file.size);
		if (tooBig) return refuse(413, { values: typed, errors: {}, fileError: tooBig });
		const read = readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
		if (!read.ok) return refuse(422, { values: typed, errors: {}, fileError: read.error });

		if ('factfileJson' in read) {
			const facts = readFactFile(read.factfileJson);
			if (!facts.ok) {
				return refuse(422, {
					values: typed,
					errors: {},
					fileError: `“${name}” is not a fact file Factline can import. Fix these fields and upload it again:`,
					fileErrors: facts.errors
				});
			}
			let id: string;
			try {
				id = await libraryStore.createImported(facts.facts, typed.title.trim() || facts.facts.article.title);
			} catch (e) {
				console.error(`Could not import ${name}:`, e);
				return refuse(500, { values: typed, errors: {}, fileError: `“${name}” could not be stored because of a problem on the server. Try again later.` });
			}
			redirect(303, `/articles/${encodeURIComponent(id)}`);
		}

		const { article } = read;
		const fromFile: ArticleInputValues = { ...typed, title: typed.title.trim() || article.title, text: article.text };
		const { values, proposed } = fillProposals(fromFile, article.proposals);
		return { values, errors: {}, proposed, fromFile: name } satisfies CreateFailure;
	}
} satisfies Actions;
