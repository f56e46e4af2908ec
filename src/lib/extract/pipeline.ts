import type { FactFile, Lang } from '$lib/model';
import { checkDct, checkLang } from '$lib/article-input';
import { lowerCased, normalizeForMatching } from './clean';
import { lowerUnits } from './lower-units';
import { splitSentences } from './sentences';
import { findTimexes } from './timex/index';
import { findPlaces } from './places/index';
import { findEvents } from './events/index';
import type { Gazetteer } from './places/gazetteer';
import type { Doc } from './document';

export const PIPELINE_VERSION = '0.2.0';

export interface ExtractInput {
	text: string;
	/** Publication date `YYYY-MM-DD`: the anchor of every relative date. */
	dct: string;
	lang: Lang;
	title?: string;
}

/** Thrown for arguments the pipeline cannot work with (not for odd text). */
export class ExtractInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExtractInputError';
	}
}

/**
 * The whole pipeline, in order, each stage a pure function of what came
 * before:
 *  1. clean: fold typography so rules match `’` and `'` alike;
 *  2. sentences: everything after is counted per sentence, and boilerplate
 *     (captions, bios, comment forms) is marked here so events can skip it;
 *  3. timexes: dates first, because tense and dates decide event status;
 *  4. places: independent of dates, but events need both;
 *  5. events: triggers tied to the dates and places of their sentence.
 */
export function extract(input: ExtractInput, gazetteer: Gazetteer): FactFile {
	const dctError = checkDct(input.dct);
	if (dctError) throw new ExtractInputError(dctError);
	const langError = checkLang(input.lang);
	if (langError) throw new ExtractInputError(langError);

	const text = input.text;
	const norm = normalizeForMatching(text);
	const sentences = splitSentences(text, norm, input.lang);
	const lower = lowerCased(norm);
	const doc: Doc = { text, norm, lower, lowerUnits: lowerUnits(norm, lower), lang: input.lang, dct: input.dct.trim(), sentences };
	const timexes = findTimexes(doc);
	const places = findPlaces(doc, gazetteer);
	const events = findEvents(doc, timexes, places);

	return {
		article: { lang: input.lang, dct: doc.dct, ...(input.title ? { title: input.title } : {}) },
		sentences,
		timexes,
		places,
		events,
		generator: { name: 'factline', version: PIPELINE_VERSION }
	};
}
