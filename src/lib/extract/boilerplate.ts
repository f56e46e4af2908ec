import type { BoilerplateKind } from '$lib/model';
import { isSpace } from './chars';

/** A line of the article, with the paragraph it belongs to. */
export interface Block {
	start: number;
	end: number;
	paragraph: number;
}

interface Piece {
	start: number;
	end: number;
	paragraph: number;
}

/** Agency and photo credits that end a caption: `(AFP)`, `(Reuters/Kim Hong-Ji)`, `Photo: AP`. */
export const CREDIT =
	/(\((?:AFP|AP|Reuters|EPA|Getty(?: Images)?|KCNA|Yonhap|Sputnik|TASS|Xinhua|ANSA|DPA|Anadolu|Bloomberg|Shutterstock|Photo|Crédit|Credit|Archives)[^()]{0,60}\)|\b(?:Photo|Crédit photo|Credit|Image)\s*:\s*[^.]{1,60})\s*$/i;

/**
 * `CREDIT.test(s)`, with the regex run only where it can match. Unanchored at its start, it was tried at
 * every position of every paragraph. It needs the text to end (before spaces) on `)` — an agency in
 * brackets — or, for `Photo: AP`, to hold a colon and not end on a period.
 */
export function endsWithCredit(s: string): boolean {
	let k = s.length;
	while (k > 0 && isSpace(s.charCodeAt(k - 1))) k--;
	if (k === 0) return false;
	const last = s.charCodeAt(k - 1);
	if (last !== 41 && (last === 46 || !s.includes(':'))) return false;
	return CREDIT.test(s);
}

/** Comment forms and share prompts, and the moderation notice over the comments (`Comments on this piece are premoderated…`). */
const COMMENT_FORM =
	/^(laisser un commentaire|laissez un commentaire|votre adresse (e-mail|de messagerie) ne sera pas publiée|les champs obligatoires sont indiqués|leave a (reply|comment)|your email address will not be published|required fields are marked|commentaires?\s*$|comments?\s*$|partager|share this|abonnez-vous|subscribe|newsletter|lire aussi|read more|à lire aussi|voir aussi|see also|related\s*:|réagissez|réagir à cet article|ajouter un commentaire|écrire un commentaire|connectez-vous pour commenter|voir les commentaires|\d+ commentaires?\s*$|join the conversation|add a comment|post a comment|sign in to comment|comments are closed|\d+ comments?\s*$|comments on this (piece|article|story|page) (are|will be)|(les )?commentaires (de|sur) cet article (sont|seront))/i;

/** The article's own publication line: `Publié le 14 mars 2024 à 07h12`, `Updated 10:32 GMT, May 5`. Meta, not story. */
const META_LINE = /^(publié|mis à jour|modifié|actualisé|published|updated|last updated|posted)(?=\s|:)[^.!?]{0,80}$/i;

/** `Par Julie Martin`, `By Jane Doe and John Roe`, `Par Julie Martin, envoyée spéciale à Kiev`: a byline. */
const BYLINE_TOP = /^([Pp]ar|[Bb]y|PAR|BY)\s+\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}(\s*(,|et|and)\s+[^.!?]{0,60})?$/u;

/**
 * The paper's correction note (`This article was amended on 9 June 2026. An earlier version gave the wrong
 * length…`, `Cet article a été modifié le…`): about the article, not the story. Meta, like the publication line.
 */
const CORRECTION_NOTE =
	/^(this (article|story|report) (was|has been) (amended|corrected|updated)|an earlier version of this (article|story|report)|correction\s*:|cet article a été (modifié|corrigé|rectifié)|une (précédente|première) version de cet article|rectificatif\s*:)/i;

function isMeta(t: string): boolean {
	return META_LINE.test(t) || BYLINE_TOP.test(t);
}

/** A line that ends like a sentence (or a quotation). */
function endsLikeSentence(s: string): boolean {
	return /[.!?»"”:)]\s*$/.test(s) && !endsWithCredit(s);
}

/** `s.split(/\s+/).filter(Boolean).length`: the runs of non-space, counted without the array. */
function wordCount(s: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < s.length; i++) {
		const space = isSpace(s.charCodeAt(i));
		if (!space && !inWord) n++;
		inWord = !space;
	}
	return n;
}

/** A short line of two to four capitalised words with no verb-like ending: a name. */
function looksLikeName(s: string): boolean {
	const words = s.trim().split(/\s+/);
	if (words.length < 2 || words.length > 4) return false;
	return words.every((w) => /^[\p{Lu}][\p{L}'\-.]*$/u.test(w)) && !/[.!?]$/.test(s.trim());
}

/**
 * Marks site furniture around the story, line by line:
 *  - leading lines without final punctuation before the first paragraph of
 *    prose are headlines; all but the last (the article's own title) belong
 *    to other articles;
 *  - a line ending with an agency credit is a photo caption;
 *  - a line wholly in guillemets with a few words is a pull-quote;
 *  - a name alone on a line near the end is the byline, and what follows it
 *    up to a comment form is the author's bio;
 *  - comment forms and share/subscribe prompts.
 * Returns one kind (or null) per piece.
 */
export function detectBoilerplate(norm: string, pieces: Piece[], blocks: Block[]): Array<BoilerplateKind | null> {
	const kindOfBlock = new Map<number, BoilerplateKind | null>();
	const texts = blocks.map((b) => norm.slice(b.start, b.end).trim());

	// Leading headlines: lines before the first one that ends like a sentence.
	let firstProse = texts.findIndex((t) => endsLikeSentence(t) && wordCount(t) > 6);
	if (firstProse < 0) firstProse = 0;
	// The article's own title is the last of them that is not its byline or publication line.
	let title = firstProse - 1;
	while (title > 0 && isMeta(texts[title])) title--;
	for (let i = 0; i < firstProse; i++) {
		if (isMeta(texts[i])) kindOfBlock.set(i, 'byline');
		else if (i !== title) kindOfBlock.set(i, 'headline');
	}

	let bylineAt = -1;
	texts.forEach((t, i) => {
		if (kindOfBlock.has(i)) return;
		if (COMMENT_FORM.test(t)) kindOfBlock.set(i, 'comment-form');
		else if (META_LINE.test(t) || CORRECTION_NOTE.test(t)) kindOfBlock.set(i, 'byline');
		else if (endsWithCredit(t) && wordCount(t) < 40) kindOfBlock.set(i, 'caption');
		else if (/^[«"“]/.test(t) && /[»"”]\s*$/.test(t) && wordCount(t) <= 8) kindOfBlock.set(i, 'pull-quote');
		else if (i > firstProse && i >= texts.length - 4 && looksLikeName(t) && bylineAt < 0) {
			kindOfBlock.set(i, 'byline');
			bylineAt = i;
		}
	});
	// The author's bio sits between the byline and the end (or the comment form).
	if (bylineAt >= 0) {
		for (let i = bylineAt + 1; i < texts.length; i++) {
			if (kindOfBlock.get(i) !== 'comment-form') kindOfBlock.set(i, 'byline');
		}
	}

	// Pieces and blocks are both in text order: walk them together (linear).
	let b = 0;
	return pieces.map((p) => {
		while (b < blocks.length && blocks[b].end < p.end) b++;
		return b < blocks.length && p.start >= blocks[b].start ? (kindOfBlock.get(b) ?? null) : null;
	});
}
