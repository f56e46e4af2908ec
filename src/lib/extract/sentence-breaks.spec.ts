import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { latinSentenceSegments } from './sentence-breaks';

function icu(s: string, lang: string) {
	return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(s)].map(({ index, segment }) => ({ index, segment }));
}

// Every class the rules tell apart, several members each, and the characters
// of real French and English news text.
const ALPHABET = [
	...'aeéèàçzxAÉZQ019.,;:-!?()[]{}"\'«»‹›  \n\r\t\u000b\u000c\u0085\u00a0\u202f\u2009ªºœŒǅƻǀ°²¼¡¿×€•\u0001\u007f\u0090'
];

describe('latinSentenceSegments', () => {
	it('splits like ICU on random text over its alphabet', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 }), fc.constantFrom('fr', 'en'), (s, lang) => {
				expect(latinSentenceSegments(s)).toEqual(icu(s, lang));
			}),
			{ numRuns: 20000 }
		);
	});

	it('splits like ICU on sentences made of words', () => {
		const words = ['M', 'Dupont', 'a', 'dit', 'U.S', 'e.g', 'Il', 'vient', '3.5', 'J.-C', '«', '»', '"', 'etc', '...', '?!', 'the', 'Paris'];
		const seps = [' ', '. ', '! ', '? ', '.', ', ', ' - ', '.\n', '. » ', '.) '];
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 30 }), (parts) => {
				const s = parts.map(([w, sep]) => w + sep).join('');
				expect(latinSentenceSegments(s)).toEqual(icu(s, 'fr'));
			}),
			{ numRuns: 5000 }
		);
	});

	it('splits the evaluation articles like ICU', () => {
		const dir = '../shared/eval/dev';
		for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
			const { text, lang } = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { text: string; lang: string };
			for (const para of text.split('\n')) {
				const mine = latinSentenceSegments(para);
				if (mine) expect(mine).toEqual(icu(para, lang));
			}
		}
	});

	it('leaves other scripts and unclassified characters to ICU', () => {
		expect(latinSentenceSegments('Москва. Киев.')).toBeNull();
		expect(latinSentenceSegments('soft\u00adhyphen. Next')).toBeNull();
		expect(latinSentenceSegments('a\ud800b')).toBeNull();
	});

	it('returns no segment for empty text', () => {
		expect(latinSentenceSegments('')).toEqual([]);
	});
});
