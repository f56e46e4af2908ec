import { describe, expect, it } from 'vitest';
import { findTimexes } from './index';

/** `[text, value]` of the timexes of a one-sentence English text, publication date Monday 2026-11-16. */
function pairs(text: string): [string, string][] {
	const sentences = [{ index: 0, start: 0, end: text.length, paragraph: 0, boilerplate: null }];
	return findTimexes({ text, norm: text, lang: 'en', dct: '2026-11-16', sentences }).map((t) => [t.text, t.value]);
}

describe('British clock times with a dot', () => {
	it.each([
		['The coastguard received a mayday at 3.15am reporting that the boat was sinking.', [['3.15am', '2026-11-16T03:15']]],
		['The crew were winched aboard at 4.50pm.', [['4.50pm', '2026-11-16T16:50']]],
		['The story was updated at 14.05 BST.', [['14.05 BST', '2026-11-16T14:05']]]
	] as const)('%s', (text, expected) => {
		expect(pairs(text)).toEqual(expected);
	});

	it('leaves a decimal without am/pm or a zone as a number', () => {
		expect(pairs('Prices rose 3.15 percent and the wall is 1.50 metres high.')).toEqual([]);
	});
});
