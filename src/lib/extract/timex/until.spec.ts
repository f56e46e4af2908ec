import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { untilTense } from './until';

/** The tense `untilTense` gives the last word of `text`, read with the tense `told`. */
function tenseOfLast(text: string, told: 'past' | 'present' | null) {
	const T = tokenize(text.toLowerCase());
	return untilTense(T, T.length - 1, told);
}

describe('untilTense', () => {
	it('looks ahead after until when what lasts holds now or has no verb', () => {
		expect(tenseOfLast('le festival se tient jusqu\'à dimanche', 'present')).toBe('future');
		expect(tenseOfLast('until Sunday', null)).toBe('future');
	});

	it('looks ahead after a decision told in the past, within its clause', () => {
		expect(tenseOfLast("ont interdit l'accès aux massifs forestiers jusqu'à dimanche", 'past')).toBe('future');
		expect(tenseOfLast('officials banned fireworks until Sunday', 'past')).toBe('future');
	});

	it('keeps the past for what is told as over, and for a decision in another clause', () => {
		expect(tenseOfLast("la grève a duré jusqu'à dimanche", 'past')).toBe('past');
		expect(tenseOfLast("ils ont fermé l'usine. la grève a duré jusqu'à dimanche", 'past')).toBe('past');
	});

	it('after à partir de, starting: looks ahead with a present or no verb, and no longer behind with a past one', () => {
		expect(tenseOfLast('un rafraîchissement est attendu à partir de dimanche', 'present')).toBe('future');
		expect(tenseOfLast('fares rise starting Monday', null)).toBe('future');
		expect(tenseOfLast('ont confirmé leur appel à une grève à partir de mercredi', 'past')).toBe(null);
		expect(tenseOfLast('prices went up starting on Monday', 'past')).toBe(null);
	});

	it('leaves a date with no until alone', () => {
		expect(tenseOfLast("ont interdit l'accès dimanche", 'past')).toBe('past');
	});
});
