/**
 * Cuts the article text into what ArticleText draws: paragraphs of sentences,
 * each sentence a run of plain text, dates and places. Pure, so that the
 * offsets arithmetic is tested without a DOM; the component only loops.
 */
import type { FactFile, Place, Sentence, Timex } from '$lib/model';

export type Piece =
	| { kind: 'plain'; text: string }
	| { kind: 'timex'; text: string; timex: Timex }
	| { kind: 'place'; text: string; place: Place };

export interface SentenceBlock {
	sentence: Sentence;
	pieces: Piece[];
	/** Events told by this sentence, main sentence or not. */
	eventIds: string[];
	/** Text between the previous sentence of the paragraph and this one. */
	lead: string;
}

export interface ParagraphBlock {
	index: number;
	sentences: SentenceBlock[];
	/** Text of a paragraph no sentence covers (fact file without sentences). */
	plain: string | null;
}

type Mark = { start: number; end: number } & ({ kind: 'timex'; timex: Timex } | { kind: 'place'; place: Place });

/**
 * Marks that fit inside [start, end) without overlapping one another. When two
 * overlap, the one that starts first (then the longer) wins: nested spans
 * would make the tooltips ambiguous and the DOM awkward.
 */
function marksWithin(marks: readonly Mark[], start: number, end: number): Mark[] {
	const inside = marks
		.filter((m) => m.start >= start && m.end <= end && m.end > m.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Mark[] = [];
	let reached = start;
	for (const m of inside) {
		if (m.start < reached) continue;
		kept.push(m);
		reached = m.end;
	}
	return kept;
}

export function piecesOf(text: string, start: number, end: number, marks: readonly Mark[]): Piece[] {
	const pieces: Piece[] = [];
	let at = start;
	for (const m of marksWithin(marks, start, end)) {
		if (m.start > at) pieces.push({ kind: 'plain', text: text.slice(at, m.start) });
		const t = text.slice(m.start, m.end);
		pieces.push(m.kind === 'timex' ? { kind: 'timex', text: t, timex: m.timex } : { kind: 'place', text: t, place: m.place });
		at = m.end;
	}
	if (end > at) pieces.push({ kind: 'plain', text: text.slice(at, end) });
	return pieces;
}

/** Event ids told by each sentence index. */
export function eventsBySentence(facts: Pick<FactFile, 'events'>): Map<number, string[]> {
	const map = new Map<number, string[]>();
	for (const e of facts.events) {
		const indices = new Set([e.sentence, ...(e.sentences ?? [])]);
		for (const i of indices) {
			const list = map.get(i) ?? [];
			if (!list.includes(e.id)) list.push(e.id);
			map.set(i, list);
		}
	}
	return map;
}

/** Paragraphs split on blank lines, for a fact file that has no sentences. */
function rawParagraphs(text: string): ParagraphBlock[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p.length > 0)
		.map((plain, index) => ({ index, sentences: [], plain }));
}

export function layoutText(text: string, facts: Pick<FactFile, 'sentences' | 'timexes' | 'places' | 'events'>): ParagraphBlock[] {
	if (facts.sentences.length === 0) return rawParagraphs(text);
	const marks: Mark[] = [
		...facts.timexes.map((timex): Mark => ({ start: timex.start, end: timex.end, kind: 'timex', timex })),
		...facts.places.map((place): Mark => ({ start: place.start, end: place.end, kind: 'place', place }))
	];
	const byEvent = eventsBySentence(facts);
	const paragraphs: ParagraphBlock[] = [];
	let prevEnd = -1;
	const sorted = [...facts.sentences].sort((a, b) => a.start - b.start);
	for (const sentence of sorted) {
		let para = paragraphs.at(-1);
		const newParagraph = !para || para.index !== sentence.paragraph;
		if (newParagraph) {
			para = { index: sentence.paragraph, sentences: [], plain: null };
			paragraphs.push(para);
		}
		// Keep the spaces between sentences of one paragraph; the line breaks
		// between paragraphs are the <p> elements themselves.
		const lead = !newParagraph && prevEnd >= 0 && sentence.start > prevEnd ? text.slice(prevEnd, sentence.start).replace(/\s+/g, ' ') : '';
		para!.sentences.push({
			sentence,
			pieces: piecesOf(text, sentence.start, sentence.end, marks),
			eventIds: byEvent.get(sentence.index) ?? [],
			lead
		});
		prevEnd = sentence.end;
	}
	return paragraphs;
}
