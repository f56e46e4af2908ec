/**
 * What an uploaded or pasted article proposes for its publication date and
 * language, each with where it was found, for the user to confirm: the
 * page's metadata first (machine-written, exact), then the text's dateline.
 */
import { proposeDateFromText, type DateProposal } from './dateline';
import type { HtmlMetadata } from './html-metadata';
import { proposeLang, type LangProposal } from './language';

export interface Proposals {
	dct: DateProposal | null;
	lang: LangProposal | null;
}

/** `2023-09-12T10:05:00+02:00`, `2023-09-12` → `2023-09-12`: the day as the publisher wrote it. */
export function dayOfTimestamp(raw: string): string | null {
	const m = /^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[T\s])/.exec(raw);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function proposeFor(text: string, metadata?: HtmlMetadata, today?: Date): Proposals {
	let dct: DateProposal | null = null;
	for (const candidate of metadata?.dates ?? []) {
		const day = dayOfTimestamp(candidate.raw);
		if (day) {
			dct = { dct: day, source: `the page’s ${candidate.source} (“${candidate.raw.slice(0, 40)}”)` };
			break;
		}
	}
	dct ??= proposeDateFromText(text, { today });
	return { dct, lang: proposeLang(text, metadata?.lang) };
}
