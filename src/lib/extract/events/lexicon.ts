import type { EventKind, Lang } from '$lib/model';

/**
 * Trigger lexicons are data (triggers.fr.ts, triggers.en.ts); this file turns
 * their compact entries into a table of inflected forms, so matching a word is
 * one Map lookup (linear in the text, no regex per entry).
 */

/** What a form is, grammatically: it decides whether the word can head an event on its own. */
export type FormTag =
	| 'fin' // finite verb: conjugated, heads a clause
	| 'pp' // past participle: finite only after an auxiliary
	| 'past' // English simple past that is also the past participle (`struck`, `declared`)
	| 'inf' // infinitive / English base form
	| 'ger' // present participle / gerund (`arrivant`, `speaking`)
	| 'fut' // future or conditional (French `rencontrera`, `pourrait`)
	| 'noun';

export interface TriggerEntry {
	lemma: string;
	kind: EventKind;
	/** Words that must follow the head (`mettre` + `en garde`, `break` + `out`), skipping up to two; `a|b` for alternatives. */
	tail?: string[];
	/** Needs a reflexive pronoun right before (`se rendre`, `s'entretenir`). */
	reflexive?: boolean;
	/** Verb whose content clause is reported speech (statement verbs). */
	saying?: boolean;
	/** Dated by its own sentence only, never by the story's running day (a birth the article does not date). */
	ownDate?: boolean;
	/**
	 * This reading only with one of these nouns as its subject, right before the verb (`le feu s'est déclaré`
	 * is an outbreak, `il s'est déclaré candidat` is not); checked before the word's other readings.
	 */
	subjects?: string[];
}

export interface FormHit {
	entry: TriggerEntry;
	tag: FormTag;
}

export type Lexicon = Map<string, FormHit[]>;

export interface VerbSpec extends TriggerEntry {
	/** Explicit forms `form:tag` for irregular verbs; regular ones are generated from the lemma. */
	forms?: string;
}

export interface NounSpec {
	lemma: string;
	kind: EventKind;
	/** Plural or other forms; defaults to lemma + s. */
	forms?: string[];
	tail?: string[];
}

function add(lex: Lexicon, form: string, hit: FormHit): void {
	const key = form.toLowerCase();
	const list = lex.get(key);
	if (!list) lex.set(key, [hit]);
	else if (!list.some((h) => h.entry === hit.entry && h.tag === hit.tag)) list.push(hit);
}

// ------------------------------------------------------------------ French

const FR_ER: Array<[string, FormTag]> = [
	['er', 'inf'], ['e', 'fin'], ['es', 'fin'], ['ent', 'fin'], ['ons', 'fin'], ['ez', 'fin'],
	['ais', 'fin'], ['ait', 'fin'], ['aient', 'fin'], ['ions', 'fin'], ['iez', 'fin'],
	['a', 'fin'], ['as', 'fin'], ['ai', 'fin'], ['èrent', 'fin'], ['at', 'fin'],
	['é', 'pp'], ['ée', 'pp'], ['és', 'pp'], ['ées', 'pp'], ['ant', 'ger'],
	['era', 'fut'], ['eras', 'fut'], ['erai', 'fut'], ['eront', 'fut'], ['erons', 'fut'], ['erez', 'fut'],
	['erait', 'fut'], ['eraient', 'fut'], ['erais', 'fut'], ['erions', 'fut']
];

const FR_IR: Array<[string, FormTag]> = [
	['ir', 'inf'], ['is', 'fin'], ['it', 'fin'], ['issons', 'fin'], ['issez', 'fin'], ['issent', 'fin'],
	['issait', 'fin'], ['issaient', 'fin'], ['issais', 'fin'], ['irent', 'fin'], ['isse', 'fin'],
	['i', 'pp'], ['ie', 'pp'], ['ies', 'pp'], ['issant', 'ger'],
	['ira', 'fut'], ['iront', 'fut'], ['irait', 'fut'], ['iraient', 'fut'], ['irai', 'fut']
];

/** Forms of a regular French verb (1st or 2nd group) from its infinitive. */
function frenchForms(lemma: string): Array<[string, FormTag]> {
	const out: Array<[string, FormTag]> = [];
	if (lemma.endsWith('er')) {
		const stem = lemma.slice(0, -2);
		for (const [end, tag] of FR_ER) {
			let s = stem;
			// lancer → lançait, partager → partageait: keep the soft consonant before a/o.
			if (/^[ao]/.test(end) && stem.endsWith('c')) s = stem.slice(0, -1) + 'ç';
			if (/^[ao]/.test(end) && stem.endsWith('g')) s = stem + 'e';
			out.push([s + end, tag]);
			// achever → achève, lever → lève: the mute e before a silent ending.
			const m = /^(.*)e([^aeiouyé]+)$/.exec(stem);
			if (m && /^(e|es|ent|era|eront|erait|eraient)$/.test(end)) out.push([`${m[1]}è${m[2]}${end}`, tag]);
			// appeler → appelle, rejeter → rejette: the doubled consonant before a silent ending.
			const m3 = /^(.*e)([lt])$/.exec(stem);
			if (m3 && /^(e|es|ent|era|eront|erait|eraient)$/.test(end)) out.push([`${m3[1]}${m3[2]}${m3[2]}${end}`, tag]);
			// céder → cède, succéder → succède.
			const m2 = /^(.*)é([^aeiouyé]+)$/.exec(stem);
			if (m2 && /^(e|es|ent)$/.test(end)) out.push([`${m2[1]}è${m2[2]}${end}`, tag]);
		}
	} else if (lemma.endsWith('ir')) {
		const stem = lemma.slice(0, -2);
		for (const [end, tag] of FR_IR) out.push([stem + end, tag]);
	}
	return out;
}

/** `forms` of an irregular verb: `part:fin partent:fin parti:pp …`. */
function parseForms(spec: string): Array<[string, FormTag]> {
	return spec
		.split(/\s+/)
		.filter(Boolean)
		.map((f) => {
			const [form, tag] = f.split(':');
			return [form, (tag as FormTag) || 'fin'];
		});
}

// ------------------------------------------------------------------ English

const EN_DOUBLE = new Set(['stop', 'plan', 'ban', 'drop', 'ship', 'grab', 'slam', 'jam', 'rob', 'admit', 'commit', 'refer', 'sign']);

/** Forms of a regular English verb from its base form. */
function englishForms(lemma: string): Array<[string, FormTag]> {
	const out: Array<[string, FormTag]> = [[lemma, 'inf']];
	let third: string;
	let past: string;
	let ing: string;
	if (/[^aeiou]y$/.test(lemma)) {
		third = lemma.slice(0, -1) + 'ies';
		past = lemma.slice(0, -1) + 'ied';
		ing = lemma + 'ing';
	} else if (lemma.endsWith('e')) {
		third = lemma + 's';
		past = lemma + 'd';
		ing = lemma.slice(0, -1) + 'ing';
	} else {
		third = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's';
		const dbl = EN_DOUBLE.has(lemma) && lemma !== 'sign' ? lemma + lemma.slice(-1) : lemma;
		past = dbl + 'ed';
		ing = dbl + 'ing';
	}
	out.push([third, 'fin'], [past, 'past'], [ing, 'ger']);
	return out;
}

// ------------------------------------------------------------------ building

export function buildLexicon(lang: Lang, verbs: VerbSpec[], nouns: NounSpec[]): Lexicon {
	const lex: Lexicon = new Map();
	for (const v of verbs) {
		const entry: TriggerEntry = { lemma: v.lemma, kind: v.kind, tail: v.tail, reflexive: v.reflexive, saying: v.saying, ownDate: v.ownDate, subjects: v.subjects };
		const forms = v.forms ? parseForms(v.forms) : lang === 'fr' ? frenchForms(v.lemma) : englishForms(v.lemma);
		if (v.forms && lang === 'fr' && !forms.some(([f]) => f === v.lemma)) forms.push([v.lemma, 'inf']);
		for (const [form, tag] of forms) add(lex, form, { entry, tag });
	}
	for (const n of nouns) {
		const entry: TriggerEntry = { lemma: n.lemma, kind: n.kind, tail: n.tail };
		const forms = n.forms ?? [n.lemma, n.lemma.endsWith('s') || n.lemma.endsWith('x') ? n.lemma : n.lemma + 's'];
		for (const f of new Set([n.lemma, ...forms])) add(lex, f, { entry, tag: 'noun' });
	}
	return lex;
}
