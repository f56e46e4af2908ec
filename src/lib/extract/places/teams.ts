import type { Mention } from './recognize';
import type { Words } from './words';
import { WordShapes } from './word-shapes';

/**
 * Teams named after their country or town. In a match report `Scotland beat
 * Wales 24-10` names two sides, not two places, and the annotation rules (like
 * a careful reader) leave them off the map; `the trip to Dublin` in the same
 * report is still a place. Read only in reports that look like sport (a
 * score and words of the game), so that `France beat back the proposal` in
 * a political story is untouched.
 */

/** Words of a match report (folded; the tokens split at hyphens, so `fly-half` is `fly`, `half`). Not words an
 * election or a vote shares (`victory`, `defeat`, `final`, `set`). */
const GAME_WORDS = new Set([
	'match', 'game', 'try', 'tries', 'penalty', 'penalties', 'goal', 'goals', 'scrum', 'lineout', 'winger', 'striker', 'goalkeeper',
	'tournament', 'championship', 'cup', 'fixture', 'essai', 'essais', 'buts', 'rencontre', 'tournoi', 'championnat', 'coupe', 'melee',
	'transformation', 'gardien', 'attaquant', 'ouvreur', 'buteur'
]);
/** Asked of every word of a text with a score in it: most are turned away by their shape, with no fold made. */
const GAME_WORD_SHAPES = new WordShapes(GAME_WORDS);

/** A score: `24-10`, `3–1`, `2-2`. */
const SCORE = /\b\d{1,3} ?[-–] ?\d{1,3}\b/;

/** Does the text read like a match report: a score and at least three words of the game? */
export function isSportsReport(norm: string, words: Words): boolean {
	if (!SCORE.test(norm)) return false;
	let n = 0;
	for (let k = 0; k < words.length; k++) if (words.mayBeIn(GAME_WORD_SHAPES, k) && GAME_WORDS.has(words.fold(k)) && ++n >= 3) return true;
	return false;
}

/** Verbs of a match a side is the subject of (folded, any tense the news uses). */
const SIDE_VERBS = new Set([
	'beat', 'beats', 'defeated', 'defeat', 'lost', 'lose', 'loses', 'drew', 'draw', 'draws', 'face', 'faces', 'faced', 'host', 'hosts',
	'hosted', 'led', 'leads', 'trailed', 'trail', 'edged', 'thrashed', 'crushed', 'won', 'win', 'wins', 'scored', 'score', 'scores',
	'battu', 'bat', 'battent', 'battra', 'impose', 'imposee', 'imposes', 'emporte', 'menait', 'mene', 'affronte', 'affrontera', 'recoit',
	'recevra', 'perdu', 'gagne', 'concede', 'encaisse', 'marque'
]);
/** Words between a side and its verb: auxiliaries and clitics (`a battu`, `s'est imposée`, `have beaten`). */
const SIDE_GAP = new Set(['a', 'ont', 'avait', 's', 'se', 'est', 'sont', 'l', 'have', 'has', 'had', 'were', 'was', 'then', 'finally', 'comfortably']);
/** Words that make the next name a side: `beat Wales`, `against Italy`, `face à l'Écosse`. */
const BEFORE_SIDE = new Set(['beat', 'beating', 'defeated', 'against', 'vs', 'v', 'versus', 'facing', 'face', 'over', 'contre', 'battu', 'devant', 'to']);
/** Nouns after a side's name or its possessive: `the Wales captain`, `Scotland's fly-half`. */
const SIDE_NOUNS = new Set([
	'captain', 'coach', 'fly', 'scrum', 'winger', 'pack', 'forwards', 'backs', 'defence', 'defense', 'lineout', 'scrum', 'side',
	'team', 'squad', 'xv', 'players', 'bench', 'lead', 'victory', 'win', 'defeat', 'try', 'tries', 'attack', 'supporters'
]);

/** The mention names a side in this match report. */
export function namesSide(m: Mention, words: Words): boolean {
	let k = m.last;
	if (words.foldAt(k) === 's' && words.joinNext(m.last - 1) !== null) k++; // `Scotland's`
	if (SIDE_NOUNS.has(words.foldAt(k) ?? '')) return true;
	for (let q = m.last, n = 0; q < words.length && n < 3; q++, n++) {
		const f = words.fold(q);
		if (SIDE_VERBS.has(f)) return true;
		if (!SIDE_GAP.has(f)) break;
	}
	let p = m.first - 1;
	// `face à l'Écosse`, `against the Welsh`: an article between.
	if (p >= 0 && /^(l|la|le|les|the)$/.test(words.fold(p))) p--;
	if (p >= 0 && words.fold(p) === 'a' && words.foldAt(p - 1) === 'face') return true;
	if (p >= 0 && BEFORE_SIDE.has(words.fold(p))) {
		// `lost to Wales` names a side; `flew to Wales` a place: `to` only after a verb of losing.
		if (words.fold(p) === 'to') return /^(lost|lose|loses|losing)$/.test(words.foldAt(p - 1) ?? '');
		// `over` only after a win: `victory over France`, not `over France` the sky.
		if (words.fold(p) === 'over') return /^(victory|win|triumph)$/.test(words.foldAt(p - 1) ?? '');
		return true;
	}
	// `le XV de France`, `l'équipe d'Écosse`.
	return p >= 1 && (words.fold(p) === 'de' || words.fold(p) === 'd') && /^(xv|equipe|selection)$/.test(words.fold(p - 1));
}

/**
 * Marks the sides of a match report as organisations (not places): each mention that names a side, and the
 * other mentions of the same name unless something before them says a place is meant (`in Cardiff`).
 */
export function markSides(mentions: Mention[], words: Words, norm: string): void {
	if (mentions.length === 0 || !isSportsReport(norm, words)) return;
	const sides = new Set<string>();
	for (const m of mentions) {
		if (namesSide(m, words)) {
			m.orgLike = true;
			sides.add(m.key);
		}
	}
	if (sides.size === 0) return;
	const ends = new Set(mentions.map((m) => m.last));
	for (const m of mentions) {
		// `CARDIFF, Wales (AP)`: a name in apposition to a place is that place's country or region.
		const apposition = m.first > 0 && ends.has(m.first) && words.joinNext(m.first - 1) === null;
		if (sides.has(m.key) && !m.locative && !apposition) m.orgLike = true;
	}
}
