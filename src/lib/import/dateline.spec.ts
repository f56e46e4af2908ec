import { describe, expect, it } from 'vitest';
import { inferYear, proposeDateFromText } from './dateline';

const TODAY = new Date('2024-03-01T12:00:00Z');
const propose = (text: string) => proposeDateFromText(text, { today: TODAY });

describe('proposeDateFromText: datelines and stamps that give the date', () => {
	it.each([
		['SÉOUL, 13 septembre 2023 (Reuters) - La Corée du Nord a tiré deux missiles.', '2023-09-13'],
		['PARIS, 12 sept 2023 (AFP) – Le gouvernement a annoncé mardi un plan.', '2023-09-12'],
		['WASHINGTON, Sept. 13, 2023 (Reuters) - The White House said on Wednesday…', '2023-09-13'],
		['NEW YORK, March 3, 2022 /PRNewswire/ -- no: not a dateline dash\nNEW YORK, March 3, 2022 - Stocks fell.', '2022-03-03'],
		['SAINT-PÉTERSBOURG, 1er juillet 2021 (AFP) - Le forum s’est ouvert.', '2021-07-01'],
		['Kim arrive en Russie\n\nVLADIVOSTOK, Russie, 12 septembre 2023 (AFP) - Le train est arrivé.', '2023-09-12'],
		['LONDON, 5 February 2020 (Reuters) — Britain said…', '2020-02-05'],
		['Séoul, 13 septembre 2023 (AFP) - Le dirigeant nord-coréen…', '2023-09-13'],
		['Publié le 12/09/2023 à 10h05\n\nLe dirigeant nord-coréen est arrivé.', '2023-09-12'],
		['Publié le 12 septembre 2023 à 10h05, mis à jour à 11h00\n\nTexte.', '2023-09-12'],
		['Mis à jour le 14/09/2023 à 08h00\n\nLe dirigeant nord-coréen est arrivé.', '2023-09-14'],
		['Published: Sept. 13, 2023 at 4:05 p.m. ET\n\nThe leader arrived.', '2023-09-13'],
		['Published 09/13/2023\n\nThe leader arrived.', '2023-09-13'],
		['Updated on 2023-09-14\n\nThe leader arrived.', '2023-09-14'],
		['Kim meets Putin\n\nSept. 13, 2023\n\nThe leader arrived at the cosmodrome.', '2023-09-13'],
		['Kim meets Putin\n13 September 2023\nThe leader arrived at the cosmodrome.', '2023-09-13'],
		['Kim rencontre Poutine\nmardi 12 septembre 2023 à 10:05\nLe dirigeant est arrivé.', '2023-09-12'],
		['Kim meets Putin\nWednesday, September 13, 2023 10:05 GMT\nThe leader arrived.', '2023-09-13']
	])('%s → %s', (text, dct) => {
		expect(propose(text)?.dct).toBe(dct);
	});

	it('says where the date comes from, quoting the dateline', () => {
		const p = propose('SÉOUL, 13 septembre 2023 (Reuters) - La Corée du Nord a tiré.');
		expect(p?.source).toBe('the dateline “SÉOUL, 13 septembre 2023 (Reuters) -”');
		expect(p?.yearNote).toBeUndefined();
	});

	it('prefers the publication stamp to the update stamp', () => {
		expect(propose('Mis à jour le 14/09/2023\nPublié le 12/09/2023\n\nTexte.')?.dct).toBe('2023-09-12');
	});

	it('reads a stamp at the foot of a long page', () => {
		const body = 'Le dirigeant est arrivé. '.repeat(100);
		expect(propose(`${body}\n\nPublié le 12/09/2023 à 10h05`)?.dct).toBe('2023-09-12');
	});
});

describe('proposeDateFromText: a date without a year', () => {
	it('takes the latest year the article mentions, and says so', () => {
		const p = propose('SÉOUL, 13 septembre (Reuters) - Kim Jong Un, qui avait rencontré Poutine en 2019, a visité la Russie en 2023.');
		expect(p?.dct).toBe('2023-09-13');
		expect(p?.yearNote).toMatch(/no year; 2023 is the latest year the article mentions/);
	});

	it('without years in the text, puts the date on or before today', () => {
		const p = propose('WASHINGTON, Sept 13 (Reuters) - The White House said on Wednesday that talks went well.');
		expect(p?.dct).toBe('2023-09-13');
		expect(p?.yearNote).toMatch(/on or before today/);
		expect(propose('WASHINGTON, Feb 20 (Reuters) - The White House said on Tuesday that talks went well.')?.dct).toBe(
			'2024-02-20'
		);
	});

	it('ignores years after today (plans such as “d’ici 2030”)', () => {
		expect(propose('PARIS, 3 janvier (AFP) - Le plan vise la neutralité carbone d’ici 2050.')?.dct).toBe('2024-01-03');
	});

	it('skips a 29 February in a year that has none', () => {
		expect(inferYear('', 2, 29, new Date('2023-06-01T00:00:00Z')).year).toBe(2020);
	});
});

describe('proposeDateFromText: dates that are not the publication date', () => {
	it.each([
		['a date inside a sentence', 'Le dirigeant nord-coréen est arrivé le 13 septembre 2023 à Vostochny, selon l’AFP.'],
		['a sentence starting with a date', '13 septembre 2023 : Kim rencontre Poutine au cosmodrome de Vostochny.'],
		['a date after a comma mid-sentence', 'Selon Moscou, 13 septembre 2023 - une date historique - restera dans les mémoires.'],
		['a capitalised word then a date, no agency', 'Finalement, 12 septembre 2023 – voilà le jour choisi par le Kremlin.'],
		['a place without a date', 'PARIS (AFP) - Le gouvernement a annoncé un plan.'],
		['an impossible day', 'PARIS, 31 septembre 2023 (AFP) - Le gouvernement a annoncé un plan.'],
		['a date deep inside a long text', `${'Texte de l’article. '.repeat(100)}\n13 September 2023\n${'More text. '.repeat(100)}`],
		['a year alone', 'Kim meets Putin\n2023\nThe leader arrived.'],
		['a number that looks like a day', 'Kim meets Putin\n13 mardis\nThe leader arrived.']
	])('%s gives no proposal', (_, text) => {
		expect(propose(text)).toBeNull();
	});
});
