/** Clock times: `18h38`, `13 h 09 heure locale`, `4:17 a.m.`, `0117 GMT`, `midi`. */
import { isNum, isWord, podAt, sentenceInitial, w, type Rule, type RuleCtx } from './match';

// ----------------------------------------------------------------- clock

export function zoneAfter(c: RuleCtx, i: number): { zone: string | null; b: number } {
	const x = w(c, i);
	const Z = c.L.zones;
	if (x === 'gmt' || x === 'utc' || x === 'tu' || x === 'hec' || x === 'est' || x === 'edt' || x === 'pst' || x === 'pdt' || x === 'bst' || x === 'cet' || x === 'et') {
		// `est` and `et` are French words; only as zones when upper-case.
		if ((x === 'est' || x === 'et' || x === 'tu') && (c.lang === 'fr' || !c.T[i].cap)) return { zone: null, b: i };
		if (c.T[i].cap || x === 'gmt' || x === 'utc') return { zone: Z[x] ?? x.toUpperCase(), b: i + 1 };
	}
	if ((x === 'heure' || x === 'heures') && (w(c, i + 1) === 'locale' || w(c, i + 1) === 'locales')) return { zone: null, b: i + 2 };
	if (x === 'heure' && w(c, i + 1) === 'de' && isWord(c, i + 2) && c.T[i + 2].cap) {
		const name = c.T[i + 2].w;
		return { zone: name.charAt(0).toUpperCase() + name.slice(1), b: i + 3 };
	}
	if (x === 'locale' || x === 'locales') return { zone: null, b: i + 1 };
	if (x === 'local' && w(c, i + 1) === 'time') return { zone: null, b: i + 2 };
	return { zone: null, b: i };
}

export function amPm(c: RuleCtx, i: number): { pm: boolean; b: number } | null {
	const x = w(c, i);
	if (x === 'am' || x === 'pm') return { pm: x === 'pm', b: i + 1 };
	if ((x === 'a' || x === 'p') && w(c, i + 1) === '.' && w(c, i + 2) === 'm') {
		const b = w(c, i + 3) === '.' && !c.T[i + 3].sp ? i + 4 : i + 3;
		return { pm: x === 'p', b };
	}
	return null;
}

export const CLOCK_PREP = new Set(['à', 'vers', 'dès', 'jusqu', 'avant', 'après', 'entre', 'et', 'de', 'at', 'by', 'until', 'before', 'after', 'around', 'about', 'from', 'to', 'and', 'since', 'depuis']);

export const ruleClock: Rule = (c, i) => {
	const T = c.T;
	const t = T[i];
	if (t.k === 'w') {
		if ((t.w === 'midi' || t.w === 'noon') && !(t.cap && !sentenceInitial(c, i)) && !(w(c, i - 1) === '-' && !t.sp)) {
			if (w(c, i - 1) === 'après' || w(c, i + 1) === '-') return null;
			return { a: i, b: i + 1, spec: { k: 'clock', h: 12, mi: 0, zone: null }, mod: null };
		}
		if ((t.w === 'minuit' || t.w === 'midnight') && !t.cap) return { a: i, b: i + 1, spec: { k: 'clock', h: 0, mi: 0, zone: null }, mod: null };
		return null;
	}
	if (t.k !== 'n') return null;
	// A number glued after `/`, `:` or `.` belongs to something else (a date, a ratio).
	if (i > 0 && !t.sp && (T[i - 1].k === 'n' || T[i - 1].w === ':' || T[i - 1].w === '/' || T[i - 1].w === '.' || T[i - 1].w === ',')) return null;
	const prev = w(c, i - 1);
	if (t.w.length === 4 && c.lang === 'en') {
		// Wire-service times: `0117 GMT`.
		const z = zoneAfter(c, i + 1);
		const h = Number(t.w.slice(0, 2));
		const mi = Number(t.w.slice(2));
		if (z.b > i + 1 && z.zone && h < 24 && mi < 60) return { a: i, b: z.b, spec: { k: 'clock', h, mi, zone: z.zone }, mod: null };
		return null;
	}
	if (t.w.length > 2) return null;
	let h = Number(t.w);
	if (h > 24) return null;
	let mi = 0;
	let b: number;
	const x = w(c, i + 1);
	if (x === 'h' && T[i + 1].k === 'w') {
		if (c.L.durationCue.has(prev) || prev === 'en' || prev === 'les' || prev === 'des' || prev === 'de' && w(c, i - 2) === 'plus') return null;
		b = i + 2;
		if (isNum(c, b) && T[b].w.length === 2 && Number(T[b].w) < 60 && !T[b].nl) {
			mi = Number(T[b].w);
			b++;
		}
	} else if ((x === 'heures' || x === 'heure') && CLOCK_PREP.has(prev) && h <= 24) {
		b = i + 2;
		if (isNum(c, b) && T[b].w.length === 2 && Number(T[b].w) < 60) {
			mi = Number(T[b].w);
			b++;
		}
	} else if (x === ':' && !T[i + 1].sp && isNum(c, i + 2) && !T[i + 2].sp && T[i + 2].w.length === 2) {
		mi = Number(T[i + 2].w);
		if (mi >= 60) return null;
		b = i + 3;
		// `12:30:15` seconds are dropped; `3:2:1` is not a time.
		if (w(c, b) === ':' && isNum(c, b + 1) && !T[b].sp) b += 2;
		const ap = amPm(c, b);
		if (ap) {
			if (h > 12) return null;
			h = (h % 12) + (ap.pm ? 12 : 0);
			b = ap.b;
		}
	} else if (c.lang === 'en' && x === '.' && !T[i + 1].sp && isNum(c, i + 2) && !T[i + 2].sp && T[i + 2].w.length === 2 && Number(T[i + 2].w) < 60) {
		// British clock times: `3.15am`, `14.05 BST`, `06.00 GMT`. Only with am/pm or a zone after,
		// so that a decimal (`3.15 percent`, `1.50 metres`) stays a number.
		mi = Number(T[i + 2].w);
		b = i + 3;
		const ap = amPm(c, b);
		if (ap) {
			if (h > 12 || h === 0) return null;
			h = (h % 12) + (ap.pm ? 12 : 0);
			b = ap.b;
		} else if (!zoneAfter(c, b).zone) return null;
	} else if (c.lang === 'en' && x === 'o' && w(c, i + 2) === "'" && w(c, i + 3) === 'clock') {
		if (h > 12 || h === 0) return null;
		b = i + 4;
		const ap = amPm(c, b);
		if (ap) {
			h = (h % 12) + (ap.pm ? 12 : 0);
			b = ap.b;
		}
	} else if (c.lang === 'en' && amPm(c, i + 1)) {
		const ap = amPm(c, i + 1)!;
		if (h > 12 || h === 0) return null;
		h = (h % 12) + (ap.pm ? 12 : 0);
		b = ap.b;
	} else return null;
	// `12 h de garde à vue`, `à 24 heures du scrutin`: hours counted, not a time of day;
	// but `8 heures du matin`, `10 h du soir` are clock times with their half of the day.
	if ((x === 'h' || x === 'heures' || x === 'heure') && mi === 0 && b === i + 2) {
		const nx = w(c, b);
		if (nx === 'du' && (w(c, b + 1) === 'matin' || w(c, b + 1) === 'soir' || w(c, b + 1) === 'après')) {
			if (w(c, b + 1) !== 'matin' && h < 12) h += 12;
			b += w(c, b + 1) === 'après' && w(c, b + 2) === '-' && w(c, b + 3) === 'midi' ? 4 : 2;
		} else if (nx === 'de' || nx === 'du' || nx === 'd' || nx === 'des') return null;
	}
	if (h === 24) h = 0;
	const z = zoneAfter(c, b);
	// `vers 15 h 30, hier`: the day said just after the time makes one expression.
	const k = w(c, z.b) === ',' ? z.b + 1 : z.b;
	const rd = c.lang === 'fr' ? (w(c, k) === 'hier' ? -1 : w(c, k) === 'demain' ? 1 : null) : w(c, k) === 'yesterday' ? -1 : w(c, k) === 'tomorrow' ? 1 : null;
	if (rd !== null && !z.zone && podAt(c, k + 1) === null) return { a: i, b: k + 1, spec: { k: 'rel', base: 'dct', days: rd, h, mi }, mod: null };
	return { a: i, b: z.b, spec: { k: 'clock', h, mi, zone: z.zone }, mod: null };
};
