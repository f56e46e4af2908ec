import { describe, expect, it } from 'vitest';
import { fillProposals } from './form-proposals';
import { proposeFor } from './proposals';

const TEXT = 'SÉOUL, 13 septembre (Reuters) - La Corée du Nord a tiré deux missiles balistiques mercredi matin, en 2023.';

describe('fillProposals', () => {
	it('fills an empty date and language from the text, with a note for each', () => {
		const r = fillProposals({ title: '', dct: '', lang: '', text: TEXT }, proposeFor(TEXT));
		expect(r.values).toMatchObject({ dct: '2023-09-13', lang: 'fr' });
		expect(r.proposed.dct?.note).toMatch(/^Proposed from the dateline “SÉOUL, 13 septembre \(Reuters\) -”\. The text gives no year; 2023/);
		expect(r.proposed.lang?.note).toBe('Proposed from the language of the text.');
	});

	it('never replaces what the user typed', () => {
		const r = fillProposals({ title: '', dct: '2023-09-20', lang: 'en', text: TEXT }, proposeFor(TEXT));
		expect(r.values).toMatchObject({ dct: '2023-09-20', lang: 'en' });
		expect(r.proposed).toEqual({});
	});

	it('leaves a field empty when the text proposes nothing', () => {
		const r = fillProposals({ title: '', dct: '', lang: '', text: 'Kim, Putin' }, proposeFor('Kim, Putin'));
		expect(r.values).toMatchObject({ dct: '', lang: '' });
		expect(r.proposed).toEqual({});
	});
});
