import { describe, expect, it } from 'vitest';
import type { PlaceKind } from '$lib/model';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

/** Events as compact rows: [sentence, when, where], in text order. */
function rows(events: ReturnType<typeof findEvents>): Array<[number, string | null, string | null]> {
	return events.map((e) => [e.sentence, e.when?.value ?? null, e.where?.name ?? null]);
}

describe('findEvents: one event per happening, dated and placed from its sentence', () => {
	it('dates and places a movement from its own sentence', () => {
		const doc = makeDoc('Le dirigeant Kim Jong Un est arrivé mardi en Russie pour une rare visite.', 'fr', '2023-09-12');
		const ev = findEvents(doc, [tx(doc, 'mardi', '2023-09-12')], [pl(doc, 'Russie', 55.75, 37.61, { kind: 'country' })]);
		expect(rows(ev)).toEqual([[0, '2023-09-12', 'Russie']]);
		expect(ev[0]).toMatchObject({ id: 'e0', kind: 'movement', status: 'occurred', secondary: false });
		expect(ev[0].when).toMatchObject({ inherited: false, granularity: 'day' });
		expect(ev[0].label.length).toBeLessThanOrEqual(81);
	});

	it('leaves a date before a coordinating conjunction to the verb it follows', () => {
		const en = makeDoc('The pope will rest on Friday and begin his official programme on Saturday, when he meets the president.', 'en', '2023-09-01');
		const evEn = findEvents(en, [tx(en, 'Friday', '2023-09-01'), tx(en, 'Saturday', '2023-09-02')], []);
		expect(evEn.find((e) => e.trigger.text === 'begin')?.when?.value).toBe('2023-09-02');
		const fr = makeDoc('Le ministre se reposera lundi et rencontrera son homologue mardi à Paris.', 'fr', '2023-09-10');
		const evFr = findEvents(fr, [tx(fr, 'lundi', '2023-09-11'), tx(fr, 'mardi', '2023-09-12')], []);
		expect(evFr.find((e) => e.trigger.text === 'rencontrera')?.when?.value).toBe('2023-09-12');
	});

	it('prefers the local time over the GMT one and the nearer place', () => {
		const text = 'The first quake struck at 4:17 a.m. local time (0117 GMT) on Monday near the town of Pazarcik in Kahramanmaras province.';
		const doc = makeDoc(text, 'en', '2023-02-07');
		const ev = findEvents(
			doc,
			[tx(doc, '4:17 a.m. local time', '2023-02-06T04:17'), tx(doc, '0117 GMT', '2023-02-06T01:17', { zone: 'GMT' }), tx(doc, 'Monday', '2023-02-06')],
			[pl(doc, 'Pazarcik', 37.48, 37.3), pl(doc, 'Kahramanmaras', 37.58, 36.93, { kind: 'region' })]
		);
		expect(rows(ev)).toEqual([[0, '2023-02-06T04:17', 'Pazarcik']]);
	});

	it.each([
		['Rescuers pulled two survivors from the rubble.', 'en', 'pulled'],
		['The bodies of two women were recovered.', 'en', 'recovered'],
		['The injured were taken to a hospital.', 'en', 'taken'],
		['The launch was postponed because of high winds.', 'en', 'postponed'],
		['A third attempt was scrubbed before liftoff.', 'en', 'scrubbed'],
		['The home side beat the visitors 2-1.', 'en', 'beat'],
		['Shares of the company jumped 24% in early trading.', 'en', 'jumped'],
		['Thousands of fans set off for the final.', 'en', 'set'],
		["L'immeuble s'était écroulé après les orages.", 'fr', 'écroulé'],
		['Les deux entrepreneurs avaient été relaxés.', 'fr', 'relaxés'],
		['Le parquet avait aussitôt fait appel.', 'fr', 'fait'],
		["La visite a été reportée à la fin du mois.", 'fr', 'reportée'],
		['La session parlementaire prend fin vendredi.', 'fr', 'prend'],
		["L'avocat conteste cette analyse.", 'fr', 'conteste'],
		['Le père a décrit des années de colère.', 'fr', 'décrit']
	] as const)('finds the happening a common news verb tells: %s', (text, lang, word) => {
		const doc = makeDoc(text, lang, '2025-01-22');
		expect(findEvents(doc, [], []).some((e) => e.trigger.text.includes(word))).toBe(true);
	});

	it('places a happening by a bearing from a named place (`south of X`, `au nord de X`)', () => {
		const en = makeDoc('Its engine failed some 40 nautical miles south of Lampedusa on Sunday afternoon.', 'en', '2025-10-14');
		const ev = findEvents(en, [tx(en, 'Sunday afternoon', '2025-10-12TAF')], [pl(en, 'Lampedusa', 35.5, 12.6)]);
		expect(rows(ev)).toEqual([[0, '2025-10-12TAF', 'Lampedusa']]);
		const fr = makeDoc('Un drone a frappé dimanche un dépôt à 30 kilomètres au nord de Kherson.', 'fr', '2023-09-12');
		const evFr = findEvents(fr, [tx(fr, 'dimanche', '2023-09-10')], [pl(fr, 'Kherson', 46.63, 32.61)]);
		expect(rows(evFr)).toEqual([[0, '2023-09-10', 'Kherson']]);
	});

	it('gives a dated participle or noun an event of its own', () => {
		const text = 'Le régime nord-coréen, proclamé le 9 septembre 1948 avec l’appui de Moscou, a célébré samedi à Pyongyang ses 75 ans.';
		const doc = makeDoc(text, 'fr', '2023-09-13');
		const ev = findEvents(
			doc,
			[tx(doc, 'le 9 septembre 1948', '1948-09-09'), tx(doc, 'samedi', '2023-09-09')],
			[pl(doc, 'Moscou', 55.75, 37.61, { metonym: true }), pl(doc, 'Pyongyang', 39.03, 125.76)]
		);
		expect(rows(ev)).toEqual([
			[0, '1948-09-09', 'Pyongyang'],
			[0, '2023-09-09', 'Pyongyang']
		]);
	});

	it('keeps a date stated in a relative clause for that clause', () => {
		const text = 'Erdogan, who faces a presidential election on May 14, said the country was confronting a disaster.';
		const doc = makeDoc(text, 'en', '2023-02-07');
		const ev = findEvents(doc, [tx(doc, 'May 14', '2023-05-14')], []);
		expect(rows(ev)).toEqual([
			[0, '2023-05-14', null],
			[0, '2023-02-07', null]
		]);
	});

	it('does not take a listed or possessive place as the location', () => {
		const text = 'Rescuers in Turkey and Syria dug through the wreckage on Tuesday. Hundreds of aftershocks have rattled the region, according to Turkey’s disaster agency.';
		const doc = makeDoc(text, 'en', '2023-02-07');
		const ev = findEvents(
			doc,
			[tx(doc, 'Tuesday', '2023-02-07')],
			[pl(doc, 'Turkey', 39.9, 32.8, { kind: 'country' }), pl(doc, 'Syria', 33.5, 36.3, { kind: 'country' }), pl(doc, 'Turkey', 39.9, 32.8, { kind: 'country', occurrence: 2 })]
		);
		expect(rows(ev)).toEqual([
			[0, '2023-02-07', null],
			[1, '2023-02-07', null]
		]);
	});

	it('skips what is said inside quotes and in reported clauses', () => {
		const text = 'Il a ajouté : « La Corée du Nord dispose des munitions qui peuvent aider Pyongyang à surmonter les défis. »';
		const doc = makeDoc(text, 'fr', '2023-09-12');
		expect(findEvents(doc, [], [pl(doc, 'Pyongyang', 39.03, 125.76, { metonym: true })])).toHaveLength(1);
	});

	it('folds an incise into the event it attributes', () => {
		const text = 'India flew a first team of rescuers into Adana on Tuesday, New Delhi said.';
		const doc = makeDoc(text, 'en', '2023-02-07');
		const ev = findEvents(doc, [tx(doc, 'Tuesday', '2023-02-07')], [pl(doc, 'Adana', 37, 35.32), pl(doc, 'New Delhi', 28.6, 77.2, { metonym: true })]);
		expect(rows(ev)).toEqual([[0, '2023-02-07', 'Adana']]);
		expect(ev[0].attribution).toBe('New Delhi');
	});
});

describe('findEvents: context fills what a sentence leaves out', () => {
	it('keeps the scene of a meeting for the next days, and the story date for undated statements', () => {
		const text = [
			'Le sommet du G20 s’est achevé aujourd’hui à New Delhi.',
			'Lula a cité la lutte contre la faim parmi ses priorités.',
			'Samedi, le Premier ministre avait invité le président des Comores à la table.',
			'L’Inde avait pris la présidence du G20 le 1er décembre dernier.'
		].join(' ');
		const doc = makeDoc(text, 'fr', '2023-09-10');
		const ev = findEvents(
			doc,
			[tx(doc, 'aujourd’hui', '2023-09-10'), tx(doc, 'Samedi', '2023-09-09'), tx(doc, '1er décembre dernier', '2022-12-01')],
			[pl(doc, 'New Delhi', 28.61, 77.2), pl(doc, 'Comores', -11.7, 43.25, { kind: 'country' })]
		);
		expect(rows(ev)).toEqual([
			[0, '2023-09-10', 'New Delhi'],
			[1, '2023-09-10', 'New Delhi'],
			[2, '2023-09-09', 'New Delhi'],
			[3, '2022-12-01', null]
		]);
		expect(ev[1].when?.inherited).toBe(true);
		expect(ev[1].where?.inherited).toBe(true);
	});

	it('continues the previous sentence after a pronoun and `y`', () => {
		const text = 'Kim Jong Un avait franchi la frontière mardi matin à Khassan. Il y avait été accueilli par le ministre.';
		const doc = makeDoc(text, 'fr', '2023-09-13');
		const ev = findEvents(doc, [tx(doc, 'mardi matin', '2023-09-12TMO')], [pl(doc, 'Khassan', 42.43, 130.65)]);
		expect(rows(ev)).toEqual([
			[0, '2023-09-12TMO', 'Khassan'],
			[1, '2023-09-12TMO', 'Khassan']
		]);
	});

	it('dates the consequences of a disaster by the disaster, not by the last sentence', () => {
		const text = 'The quake struck at 4:17 a.m. on Monday near Pazarcik. Officials put the toll at 5,000 on Tuesday. In Gaziantep, parts of the castle crumbled onto the streets.';
		const doc = makeDoc(text, 'en', '2023-02-07');
		const ev = findEvents(
			doc,
			[tx(doc, '4:17 a.m.', '2023-02-06T04:17'), tx(doc, 'Monday', '2023-02-06'), tx(doc, 'Tuesday', '2023-02-07')],
			[pl(doc, 'Pazarcik', 37.48, 37.3), pl(doc, 'Gaziantep', 37.07, 37.38)]
		);
		expect(rows(ev).filter((r) => r[0] === 2)).toEqual([[2, '2023-02-06', 'Gaziantep']]);
	});

	it('merges a detail sentence into the happening it repeats', () => {
		const text =
			'La Corée du Nord avait tiré deux missiles balistiques vers la mer du Japon. Les engins ont été lancés à 11 h 43 depuis le secteur de Sunan.';
		const doc = makeDoc(text, 'fr', '2023-09-13');
		const ev = findEvents(doc, [tx(doc, '11 h 43', '2023-09-13T11:43')], [pl(doc, 'Sunan', 39.22, 125.67, { kind: 'region' })]);
		expect(ev).toHaveLength(1);
		expect(ev[0]).toMatchObject({ sentence: 0, sentences: [0, 1], kind: 'attack' });
		expect(ev[0].where?.name).toBe('Sunan');
		expect(ev[0].when?.value).toBe('2023-09-13T11:43');
	});
});

describe('findEvents: boilerplate and robustness', () => {
	it('holds no events in bylines and comment forms; captions only when dated, and secondary', () => {
		const text = [
			'Kim est parti dimanche de Pyongyang.',
			'',
			'Kim arrive à la gare de Khassan, hier (AFP)',
			'',
			'Le dirigeant lors d’une cérémonie d’adieu après son départ (AFP)',
			'',
			'Félix Germain',
			'',
			'Laisser un commentaire'
		].join('\n');
		const doc = makeDoc(text, 'fr', '2023-09-13');
		const ev = findEvents(doc, [tx(doc, 'dimanche', '2023-09-10'), tx(doc, 'hier', '2023-09-12')], [pl(doc, 'Pyongyang', 39.03, 125.76), pl(doc, 'Khassan', 42.43, 130.65)]);
		expect(ev.map((e) => [e.sentence, e.secondary])).toEqual([
			[0, false],
			[1, true]
		]);
	});

	it.each([
		['', 'fr'],
		['.', 'en'],
		['« » " ; : , — … ', 'fr'],
		['\u0000\uFFFF\uD800', 'en'],
		['Il a dit. '.repeat(3), 'fr']
	] as const)('never throws on %j', (text, lang) => {
		const doc = makeDoc(text, lang, '2023-01-01');
		expect(() => findEvents(doc, [], [])).not.toThrow();
	});

	// How its time grows with the input is the benchmark's `scaling_1mb`, not a test's.
	it('reads every paragraph of a long article', () => {
		const para = 'Le président a déclaré lundi à Paris que la délégation était arrivée à Berlin, où elle a rencontré le chancelier. ';
		const doc = makeDoc(para.repeat(2000), 'fr', '2023-09-12');
		const ev = findEvents(doc, [], []);
		expect(ev.length).toBeGreaterThan(1000);
	});
});

describe('findEvents: a pathological single line', () => {
	it('reads one huge sentence full of triggers, places and dates', () => {
		const piece = 'le président est arrivé à Paris lundi et a rencontré le ministre à Berlin mardi, qui a déclaré que ';
		const text = piece.repeat(1500);
		const doc = makeDoc(text, 'fr', '2023-09-12');
		const places = Array.from({ length: 1500 }, (_, k) => pl(doc, 'Paris', 48.85, 2.35, { occurrence: k + 1 }));
		const timexes = Array.from({ length: 1500 }, (_, k) => tx(doc, 'lundi', '2023-09-11', { occurrence: k + 1 }));
		expect(() => findEvents(doc, timexes, places)).not.toThrow();
	});
});

describe('findEvents: sentence-level rules', () => {
	const cases: Array<[string, string, 'fr' | 'en', string, Array<[string, string]>, Array<[string, number, number, PlaceKind?]>, Array<[number, string | null, string | null]>]> = [
		[
			'a dateline dates the dispatch, not the happening',
			'Tripoli, 12 septembre 2023 (AFP) – Deux barrages se sont effondrés lundi matin près de Derna.',
			'fr',
			'2023-09-12',
			[['12 septembre 2023', '2023-09-12'], ['lundi matin', '2023-09-11TMO']],
			[['Tripoli', 32.9, 13.2], ['Derna', 32.76, 22.63]],
			[[0, '2023-09-11TMO', 'Derna']]
		],
		[
			'an itinerary is one trip per destination',
			'Kim doit se rendre à Komsomolsk, où il visitera des usines, puis à Vladivostok.',
			'fr',
			'2023-09-13',
			[],
			[['Komsomolsk', 50.55, 137], ['Vladivostok', 43.11, 131.88]],
			[
				[0, '2023-09-13', 'Komsomolsk'],
				[0, '2023-09-13', 'Vladivostok']
			]
		],
		[
			'a relative clause ends where the main verb comes back',
			'Les militaires qui ont pris le pouvoir au Niger le 26 juillet ont annoncé dimanche la fermeture de l’espace aérien.',
			'fr',
			'2023-08-07',
			[['le 26 juillet', '2023-07-26'], ['dimanche', '2023-08-06']],
			[['Niger', 17.6, 8.08, 'country']],
			[
				[0, '2023-07-26', 'Niger'],
				[0, '2023-08-06', null]
			]
		],
		[
			'à + a country is a dative, not a location',
			'L’Inde avait pris la présidence du G20 le 1er décembre dernier, succédant à l’Indonésie.',
			'fr',
			'2023-09-10',
			[['le 1er décembre dernier', '2022-12-01']],
			[['Indonésie', -6.2, 106.8, 'country']],
			[[0, '2022-12-01', null]]
		],
		[
			'`où` points back to the place before it',
			'Poutine avait rejoint Vostotchny en avion depuis Vladivostok, où il avait pris la parole la veille.',
			'fr',
			'2023-09-13',
			[['la veille', '2023-09-12']],
			[['Vostotchny', 51.88, 128.33], ['Vladivostok', 43.11, 131.88]],
			[
				[0, '2023-09-13', 'Vostotchny'],
				[0, '2023-09-12', 'Vladivostok']
			]
		],
		[
			'a statement takes a place only from what it reports happening',
			'The European Union said on Monday it was mobilising teams from member states, among them the Netherlands and Romania.',
			'en',
			'2023-02-07',
			[['Monday', '2023-02-06']],
			[['Netherlands', 52.37, 4.9, 'country'], ['Romania', 44.43, 26.1, 'country']],
			[[0, '2023-02-06', null]]
		],
		[
			'a present-tense plural subject heads a clause',
			'Rescuers search the rubble in Antakya on Tuesday.',
			'en',
			'2023-02-07',
			[['Tuesday', '2023-02-07']],
			[['Antakya', 36.2, 36.16]],
			[[0, '2023-02-07', 'Antakya']]
		]
	];
	it.each(cases)('%s', (_name, text, lang, dct, times, placeRows, expected) => {
		const doc = makeDoc(text, lang, dct);
		const ev = findEvents(
			doc,
			times.map(([t, v]) => tx(doc, t, v)),
			placeRows.map(([p, lat, lon, kind]) => pl(doc, p, lat, lon, { kind: kind ?? 'city' }))
		);
		expect(rows(ev)).toEqual(expected);
	});
});

describe('findEvents: verbs no trigger list holds', () => {
	const find = (text: string, lang: 'fr' | 'en', dct: string, times: Array<[string, string]>, places: Array<[string, number, number]>) => {
		const doc = makeDoc(text, lang, dct);
		return rows(findEvents(doc, times.map(([t, v]) => tx(doc, t, v)), places.map(([p, lat, lon]) => pl(doc, p, lat, lon))));
	};

	it('reads a French participle after its auxiliary as the happening of a sentence with no listed trigger', () => {
		expect(find('La nuit dernière, la température n’est pas descendue sous 27 °C à Nantes.', 'fr', '2026-08-12', [['La nuit dernière', '2026-08-11TNI']], [['Nantes', 47.2, -1.55]])).toEqual([[0, '2026-08-11TNI', 'Nantes']]);
		expect(find('Quatre campings ont été vidés mardi par précaution.', 'fr', '2026-07-22', [['mardi', '2026-07-21']], [])).toEqual([[0, '2026-07-21', null]]);
	});

	it('reads an English simple past, regular or not, the same way', () => {
		expect(find('Rising waters swamped farms in Morigaon on Tuesday.', 'en', '2025-07-02', [['Tuesday', '2025-07-01']], [['Morigaon', 26.25, 92.34]])).toEqual([[0, '2025-07-01', 'Morigaon']]);
		expect(find('In Setúbal, the Socialists held on by fewer than 900 votes on Sunday.', 'en', '2026-03-09', [['Sunday', '2026-03-08']], [['Setúbal', 38.52, -8.89]])).toEqual([[0, '2026-03-08', 'Setúbal']]);
	});

	it('finds none in words that only look like verbs: adjectives after an article, adverbs, days', () => {
		expect(find('The alleged owner was a so-called armed man.', 'en', '2025-07-02', [], [])).toEqual([]);
		expect(find('Le projet de loi n’est toutefois pas prioritaire mardi.', 'fr', '2025-07-02', [], [])).toEqual([]);
	});

	it('leaves a sentence with a listed trigger to that trigger alone', () => {
		const doc = makeDoc('Kim est arrivé mardi et a salué la foule.', 'fr', '2023-09-13');
		const ev = findEvents(doc, [tx(doc, 'mardi', '2023-09-12')], []);
		expect(ev.map((e) => e.trigger.text)).not.toContain('salué');
	});
});

describe('findEvents: a place completing the subject', () => {
	const rowsOf = (text: string, lang: 'fr' | 'en', place: string) => {
		const doc = makeDoc(text, lang, '2026-07-22');
		return rows(findEvents(doc, [tx(doc, 'mardi', '2026-07-21', { occurrence: 1 })].filter(() => text.includes('mardi')), [pl(doc, place, 43.3, 6.4)]));
	};

	it('places the happening told of a town’s things in the town', () => {
		expect(rowsOf('Quatre campings de La Garde-Freinet ont été évacués mardi par précaution.', 'fr', 'La Garde-Freinet')).toEqual([[0, '2026-07-21', 'La Garde-Freinet']]);
	});

	it('does not place a person’s deed where their title comes from, nor a bare town standing for its government', () => {
		expect(rowsOf('Le maire de Gonfaron a inauguré mardi le nouveau gymnase.', 'fr', 'Gonfaron')).toEqual([[0, '2026-07-21', null]]);
		expect(rowsOf('Pyongyang a échoué mardi à placer un satellite en orbite.', 'fr', 'Pyongyang')).toEqual([[0, '2026-07-21', null]]);
	});
});

describe('findEvents: a hearing is told in its court’s town', () => {
	const text =
		'Le procès s’est ouvert lundi devant la cour d’appel de Grenoble. Mardi, la cour a entendu l’expert en bâtiment. « Tout était prévisible », a-t-il affirmé à la barre. L’immeuble s’était effondré le 15 novembre 2019.';
	it('places the hearing’s events in the court’s town, not the flashback', () => {
		const doc = makeDoc(text, 'fr', '2025-01-22');
		const ev = findEvents(doc, [tx(doc, 'lundi', '2025-01-20'), tx(doc, 'Mardi', '2025-01-21'), tx(doc, 'le 15 novembre 2019', '2019-11-15', { anchor: 'absolute' })], [pl(doc, 'Grenoble', 45.19, 5.72)]);
		expect(rows(ev)).toEqual([
			[0, '2025-01-20', 'Grenoble'],
			[1, '2025-01-21', 'Grenoble'],
			[2, '2025-01-21', 'Grenoble'],
			[3, '2019-11-15', null]
		]);
	});

	it('does nothing when no court is named by its town', () => {
		const doc = makeDoc('Mardi, la cour a entendu l’expert à huis clos.', 'fr', '2025-01-22');
		expect(rows(findEvents(doc, [tx(doc, 'Mardi', '2025-01-21')], []))).toEqual([[0, '2025-01-21', null]]);
	});
});

describe('findEvents: a date restated as written beside a relative one', () => {
	it('dates the event by the written date (`dix-huit jours plus tard, le 2 avril 2023`)', () => {
		const doc = makeDoc('Le corps a été découvert dix-huit jours plus tard, le 2 avril 2023, dans l’Arve.', 'fr', '2025-11-28');
		const ev = findEvents(doc, [tx(doc, 'dix-huit jours plus tard', '2025-12-16', { anchor: 'reference' }), tx(doc, 'le 2 avril 2023', '2023-04-02', { anchor: 'absolute' })], []);
		expect(rows(ev)).toEqual([[0, '2023-04-02', null]]);
	});

	it('dates a stay told as a range by its start (`From 1967 to 1969 she spent every summer…`)', () => {
		const doc = makeDoc('From 1967 to 1969 she spent every summer on the ice near Ilulissat.', 'en', '2026-01-16');
		const ev = findEvents(doc, [tx(doc, '1967', '1967', { anchor: 'absolute' }), tx(doc, '1969', '1969', { anchor: 'absolute' })], [pl(doc, 'Ilulissat', 69.2, -51.1)]);
		expect(rows(ev)).toEqual([[0, '1967', 'Ilulissat']]);
	});

	it('does not date an event by what a forecast or target is for (`lowered its forecast for fiscal 2025`)', () => {
		const doc = makeDoc('Cascade said on Wednesday it would cut jobs. Cascade lowered its forecast for fiscal 2025.', 'en', '2025-10-23');
		const ev = findEvents(doc, [tx(doc, 'Wednesday', '2025-10-22'), tx(doc, 'fiscal 2025', '2025', { anchor: 'absolute' })], []);
		expect(rows(ev).map((r) => r[1])).toEqual(['2025-10-22', '2025-10-22']);
	});

	it('keeps two dates apart when they are not side by side', () => {
		const doc = makeDoc('He was arrested three days later and charged on March 5, 2023.', 'en', '2025-11-28');
		const ev = findEvents(doc, [tx(doc, 'three days later', '2023-03-02', { anchor: 'reference' }), tx(doc, 'March 5, 2023', '2023-03-05', { anchor: 'absolute' })], []);
		expect(rows(ev).map((r) => r[1])).toContain('2023-03-02');
	});
});

describe('findEvents: a statement told for the happening it reports', () => {
	const cases: Array<[string, 'fr' | 'en', [string, number, number, PlaceKind], Record<string, unknown>]> = [
		[
			'L’agence de presse officielle russe a confirmé que le train de Kim avait traversé la frontière et était arrivé à Primorye.',
			'fr',
			['Primorye', 43.1, 131.87, 'region'],
			{ kind: 'movement', trigger: { text: 'arrivé' }, actors: ['Kim'], where: { name: 'Primorye' } }
		],
		[
			'Le Kremlin a indiqué que Poutine s’était rendu à Minsk.',
			'fr',
			['Minsk', 53.9, 27.56, 'city'],
			{ kind: 'movement', trigger: { text: 'rendu' }, actors: ['Poutine'], attribution: 'Kremlin', where: { name: 'Minsk' } }
		],
		[
			'Reuters reported that the delegation had arrived in Berlin.',
			'en',
			['Berlin', 52.52, 13.4, 'city'],
			{ kind: 'movement', trigger: { text: 'arrived' }, actors: [], attribution: 'Reuters', where: { name: 'Berlin' } }
		]
	];
	it.each(cases)('%s', (text, lang, [name, lat, lon, kind], expected) => {
		const doc = makeDoc(text, lang, '2023-09-12');
		const ev = findEvents(doc, [], [pl(doc, name, lat, lon, { kind })]);
		expect(ev).toHaveLength(1);
		// The journey happened; who said so is its attribution (the gold's `avait traversé la frontière`: occurred).
		expect(ev[0]).toMatchObject({ status: 'occurred', ...expected });
	});

	it('keeps a statement that has a date and a setting of its own', () => {
		const text = 'Le président a déclaré lundi à Paris que la délégation était arrivée à Berlin.';
		const doc = makeDoc(text, 'fr', '2023-09-12');
		const ev = findEvents(doc, [tx(doc, 'lundi', '2023-09-11')], [pl(doc, 'Paris', 48.85, 2.35), pl(doc, 'Berlin', 52.52, 13.4)]);
		expect(ev[0]).toMatchObject({ kind: 'statement', trigger: { text: 'déclaré' }, when: { value: '2023-09-11' }, where: { name: 'Paris' } });
	});

	it('keeps a statement whose reported clause is an imperfect: the setting, not a happening', () => {
		const text = 'M. Poutine a répondu que c’était précisément pour cela que la rencontre se tenait à Vostotchny.';
		const doc = makeDoc(text, 'fr', '2023-09-13');
		const ev = findEvents(doc, [], [pl(doc, 'Vostotchny', 51.88, 128.33, { kind: 'site' })]);
		expect(ev.map((e) => [e.kind, e.trigger.text])).toEqual([['statement', 'répondu']]);
	});

	it('keeps a statement whose content is no happening', () => {
		const doc = makeDoc('Le porte-parole a déclaré que la visite montre la faiblesse de Moscou.', 'fr', '2023-09-12');
		const ev = findEvents(doc, [], [pl(doc, 'Moscou', 55.75, 37.61, { metonym: true })]);
		expect(ev.map((e) => e.kind)).toEqual(['statement']);
	});
});

describe('findEvents: temporal clauses and actors', () => {
	it.each([
		['He is the last G7 leader to visit Ukraine since Russia launched its full-scale invasion in February 2022.', 'en', 'February 2022', '2022-02', 'Russia launched its full-scale invasion', 'Russia'],
		['Il est le dernier dirigeant du G7 à se rendre en Ukraine depuis que la Russie a lancé son invasion en février 2022.', 'fr', 'février 2022', '2022-02', 'La Russie a lancé son invasion', 'Russie']
	] as const)('a clause opened by since / depuis que is a happening with its own subject: %s', (text, lang, when, value, label, actor) => {
		const doc = makeDoc(text, lang, '2023-03-21');
		const ev = findEvents(doc, [tx(doc, when, value)], []);
		const invasion = ev.find((e) => e.when?.value === value);
		expect(invasion?.label.startsWith(label)).toBe(true);
		// The clause's own subject (no place here), not the G7 of the clause before.
		expect(invasion?.actors).toEqual([actor]);
	});

	it('takes no demonym for an actor', () => {
		const text = 'Xi and Vladimir Putin signed agreements on Tuesday, and the Chinese leader invited the Russian president to visit Beijing later this year.';
		const doc = makeDoc(text, 'en', '2023-03-21');
		const ev = findEvents(doc, [tx(doc, 'Tuesday', '2023-03-21'), tx(doc, 'later this year', '2023')], [pl(doc, 'Beijing', 39.9, 116.4)]);
		const visit = ev.find((e) => e.kind === 'movement');
		expect(visit).toMatchObject({ status: 'planned', where: { name: 'Beijing' }, actors: [] });
	});
});
