import { describe, expect, it } from 'vitest';
import { buildLexicon } from './lexicon';
import { FR_NOUNS, FR_VERBS } from './triggers.fr';
import { formIndex, formOfWord } from './form-index';

const lex = buildLexicon('fr', FR_VERBS, FR_NOUNS);
const index = formIndex(lex);

describe('formIndex', () => {
	it('reads every form of the lexicon, whatever its bit filter says', () => {
		for (const [form, hits] of lex) expect(formOfWord(index, form)?.hits).toBe(hits);
	});

	it('tells verbs of saying and finite verbs', () => {
		expect(formOfWord(index, 'déclare')).toMatchObject({ saying: true, verb: true });
		// A participle says, but is no finite form; an infinitive neither.
		expect(formOfWord(index, 'déclaré')).toMatchObject({ saying: true, verb: false });
		expect(formOfWord(index, 'déclarer')).toMatchObject({ saying: false, verb: false });
		expect(formOfWord(index, 'rencontrera')).toMatchObject({ saying: false, verb: true });
	});

	it('turns away words the lexicon does not hold', () => {
		for (const w of ['le', 'de', 'pyongyang', 'xyzzy', '2023', '']) expect(formOfWord(index, w)).toBeUndefined();
	});

	it('is built once per lexicon', () => {
		expect(formIndex(lex)).toBe(index);
	});
});
