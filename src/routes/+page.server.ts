import { fail, redirect } from '@sveltejs/kit';
import {
	readArticleForm,
	validateArticleInput,
	type ArticleInputErrors,
	type ArticleInputValues
} from '$lib/article-input';
import { createArticle, getDb } from '$lib/server/db';
import { loadLibraryPage } from '$lib/server/db/library-page';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ url }) => {
	return loadLibraryPage(await getDb(), url.searchParams);
}) satisfies PageServerLoad;

const EMPTY: ArticleInputValues = { title: '', dct: '', lang: 'fr', text: '' };

/** What a refused submission sends back: the fields as typed, and a message per bad field. */
export interface CreateFailure {
	values: ArticleInputValues;
	errors: ArticleInputErrors;
	/** A problem with the submission as a whole rather than one field. */
	message?: string;
	/** The body could not be read, so `values` are empty rather than what was typed. */
	valuesLost?: boolean;
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

export const actions = {
	create: async ({ request }) => {
		let form: FormData;
		try {
			form = await request.formData();
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

		const values = readArticleForm(form);
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
	}
} satisfies Actions;
