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

	it('leaves a date with no until alone', () => {
		expect(tenseOfLast("ont interdit l'accès dimanche", 'past')).toBe('past');
	});
});
