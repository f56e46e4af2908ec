import type { Tok, Trig } from './clauses';

/**
 * A short human label in the article's language, cut from the sentence:
 * the actor, then the trigger and what follows it up to the first
 * punctuation, at most ~80 characters on a word boundary.
 */
const MAX = 80;

export function makeLabel(toks: Tok[], tr: Trig, actors: string[], text: string): string {
	const from = tr.aux >= 0 && tr.aux < tr.i ? tr.aux : tr.i;
	let end = tr.j;
	let words = 0;
	while (end < toks.length && words < 8 && !/^[,;:.()«»"]$/.test(toks[end].low)) {
		if (toks[end].word) words++;
		end++;
	}
	const core = text.slice(toks[from].start, toks[Math.max(from, end - 1)].end);
	const actor = actors[0];
	let label = actor && !core.includes(actor) ? `${actor} ${core}` : core;
	label = label.replace(/\s+/g, ' ').trim();
	if (label.length > MAX) {
		const cut = label.lastIndexOf(' ', MAX - 1);
		label = label.slice(0, cut > 20 ? cut : MAX - 1) + '…';
	}
	return label.charAt(0).toUpperCase() + label.slice(1);
}
