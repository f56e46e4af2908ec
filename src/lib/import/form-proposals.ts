/**
 * The add-article form with what the text proposes: when the user left the
 * publication date or the language empty, the form comes back with them
 * filled from the text (or the uploaded page) and a note beside each
 * ("proposed from the dateline “…”"), for the user to check and confirm.
 * Nothing the user typed is replaced.
 */
import type { ArticleInputValues } from '$lib/article-input';
import type { Proposals } from './proposals';

export interface FieldProposal {
	value: string;
	/** "proposed from …", shown beside the field. */
	note: string;
}

export interface FormProposals {
	dct?: FieldProposal;
	lang?: FieldProposal;
}

export function fillProposals(values: ArticleInputValues, proposals: Proposals): { values: ArticleInputValues; proposed: FormProposals } {
	const filled = { ...values };
	const proposed: FormProposals = {};
	if (values.dct.trim() === '' && proposals.dct) {
		filled.dct = proposals.dct.dct;
		const yearNote = proposals.dct.yearNote ? ` ${proposals.dct.yearNote}` : '';
		proposed.dct = { value: proposals.dct.dct, note: `Proposed from ${proposals.dct.source}.${yearNote}` };
	}
	if (values.lang.trim() === '' && proposals.lang) {
		filled.lang = proposals.lang.lang;
		proposed.lang = { value: proposals.lang.lang, note: `Proposed from ${proposals.lang.source}.` };
	}
	return { values: filled, proposed };
}
