import { describe, expect, it } from 'vitest';
import { findEvents } from './index';
import { makeDoc, pl, tx } from './testkit';

/** Events as compact rows: [sentence, when, where, status], in text order. */
function rows(events: ReturnType<typeof findEvents>): Array<[number, string | null, string | null, string]> {
	return events.map((e) => [e.sentence, e.when?.value ?? null, e.where?.name ?? null, e.status]);
}

describe('findEvents: what the story supplies and what it must not', () => {
	it('dates a past statement by its context, not by a later date inside what it reports', () => {
		const text = 'On Wednesday, Kishida flew to New York. He told delegates that Japan would double its aid next year.';
		const doc = makeDoc(text, 'en', '2023-09-21');
		const ev = findEvents(doc, [tx(doc, 'Wednesday', '2023-09-20'), tx(doc, 'next year', '2024')], [pl(doc, 'New York', 40.71, -74.0)]);
		expect(rows(ev)).toEqual([
			[0, '2023-09-20', 'New York', 'occurred'],
			[1, '2023-09-20', 'New York', 'reported']
		]);
	});

	it('dates undated pluperfects by the flashback they continue, not by the story’s day', () => {
		const text =
			"Le procès en appel s'est ouvert lundi à Grenoble. L'immeuble s'était écroulé le 15 novembre 2019 à Valence. Deux enfants avaient péri sous les décombres. Les pompiers avaient dégagé onze habitants. Mardi, la cour a entendu l'expert.";
		const doc = makeDoc(text, 'fr', '2025-01-22');
		const ev = findEvents(
			doc,
			[tx(doc, 'lundi', '2025-01-20'), tx(doc, 'le 15 novembre 2019', '2019-11-15'), tx(doc, 'Mardi', '2025-01-21')],
			[pl(doc, 'Grenoble', 45.17, 5.72), pl(doc, 'Valence', 44.93, 4.91)]
		);
		expect(rows(ev).map((r) => r.slice(0, 3))).toEqual([
			[0, '2025-01-20', 'Grenoble'],
			[1, '2019-11-15', 'Valence'],
			[2, '2019-11-15', 'Valence'],
			[3, '2019-11-15', 'Valence'],
			[4, '2025-01-21', 'Grenoble']
		]);
	});

	it('does not give a flashback’s date to another person’s pluperfect', () => {
		const text = "Kim avait franchi la frontière mardi matin. Vladimir Poutine avait, lui, rejoint Vostotchny en avion.";
		const doc = makeDoc(text, 'fr', '2023-09-13');
		const ev = findEvents(doc, [tx(doc, 'mardi matin', '2023-09-12TMO')], [pl(doc, 'Vostotchny', 51.88, 128.33, { kind: 'site' })]);
		expect(rows(ev)[1][1]).toBe('2023-09-13');
	});

	it('leaves undated what runs "since then"', () => {
		for (const [text, lang] of [
			['Russia invaded Ukraine in February 2022. Since then, Tokyo has imposed sanctions.', 'en'],
			['La Russie a envahi l’Ukraine en février 2022. Depuis, le Japon a imposé des sanctions.', 'fr']
		] as const) {
			const doc = makeDoc(text, lang, '2023-09-20');
			const ev = findEvents(doc, [tx(doc, lang === 'en' ? 'February 2022' : 'février 2022', '2022-02')], []);
			expect(rows(ev).map((r) => r[1])).toEqual(['2022-02', null]);
		}
	});

	it('leaves undated a birth the article does not date, and dates one it does', () => {
		for (const [text, lang, year] of [
			['Isobel Ferguson died on Tuesday in Perth. She was born in Aberdeen, the daughter of a skipper. She was born in 1938, he said.', 'en', '1938'],
			['Marie Durand est morte mardi à Lyon. Elle était née à Brest, fille d’un marin. Elle est née en 1938, a-t-il dit.', 'fr', 'en 1938']
		] as const) {
			const doc = makeDoc(text, lang, '2026-01-16');
			const ev = findEvents(doc, [tx(doc, lang === 'en' ? 'Tuesday' : 'mardi', '2026-01-13'), tx(doc, year, '1938')], []);
			const births = rows(ev).filter((r) => r[0] > 0);
			expect(births.map((r) => r[1])).toContain(null);
			expect(births.map((r) => r[1])).toContain('1938');
			expect(births.map((r) => r[1])).not.toContain('2026-01-13');
		}
	});

	it('marks a happening dated after the publication as planned', () => {
		const text = 'La Chine a annoncé qu’elle organiserait un sommet le 25 septembre.';
		const doc = makeDoc(text, 'fr', '2023-09-19');
		const ev = findEvents(doc, [tx(doc, 'le 25 septembre', '2023-09-25')], []);
		expect(ev.find((e) => e.when?.value === '2023-09-25')?.status).toBe('planned');
	});

	it('keeps a visitor in the city he reached, when named again by one word of his name', () => {
		const text = 'Le président Yoon Suk Yeol est arrivé jeudi à Tokyo. M. Yoon rencontrera vendredi le Premier ministre.';
		const doc = makeDoc(text, 'fr', '2023-09-14');
		const ev = findEvents(doc, [tx(doc, 'jeudi', '2023-09-14'), tx(doc, 'vendredi', '2023-09-15')], [pl(doc, 'Tokyo', 35.68, 139.69)]);
		expect(rows(ev)).toEqual([
			[0, '2023-09-14', 'Tokyo', 'occurred'],
			[1, '2023-09-15', 'Tokyo', 'planned']
		]);
	});

	it('does not hand a plan’s date to the flashback told next', () => {
		const text = 'Le ministre est arrivé lundi à Moscou. Le ministre doit repartir mercredi pour Pékin. Il s’était rendu en Iran avant cette visite.';
		const doc = makeDoc(text, 'fr', '2023-09-19');
		const ev = findEvents(doc, [tx(doc, 'lundi', '2023-09-18'), tx(doc, 'mercredi', '2023-09-20')], [pl(doc, 'Moscou', 55.75, 37.61), pl(doc, 'Pékin', 39.9, 116.4), pl(doc, 'Iran', 32.4, 53.7, { kind: 'country' })]);
		expect(rows(ev)).toEqual([
			[0, '2023-09-18', 'Moscou', 'occurred'],
			[1, '2023-09-20', 'Pékin', 'planned'],
			[2, '2023-09-18', 'Iran', 'occurred']
		]);
	});

	it('places a statement made during a visit where the visit is', () => {
		for (const [text, lang, city] of [
			['Le ministre a dénoncé mardi une grève « irresponsable » lors d’un déplacement à Marseille.', 'fr', 'Marseille'],
			['The minister said on Tuesday during a visit to Kyiv that aid would continue.', 'en', 'Kyiv']
		] as const) {
			const doc = makeDoc(text, lang, '2024-03-14');
			const ev = findEvents(doc, [tx(doc, lang === 'fr' ? 'mardi' : 'Tuesday', '2024-03-12')], [pl(doc, city, 45, 5)]);
			expect(rows(ev)).toEqual([[0, '2024-03-12', city, 'reported']]);
		}
	});

	it('does not date a happening by how long a state has lasted in a relative clause', () => {
		const text = 'The verdict was announced on Tuesday at Adiala prison, where Khan has been held since August.';
		const doc = makeDoc(text, 'en', '2024-01-31');
		const ev = findEvents(doc, [tx(doc, 'Tuesday', '2024-01-30'), tx(doc, 'August', '2023-08')], []);
		expect(rows(ev).map((r) => r[1])).toEqual(['2024-01-30']);
	});

	it('reads a noun after an article and an adjective as a noun, one event with the verb it completes', () => {
		const text = 'Khan was ousted in a no-confidence vote in parliament in April 2022.';
		const doc = makeDoc(text, 'en', '2024-01-30');
		const ev = findEvents(doc, [tx(doc, 'April 2022', '2022-04')], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([['ousted', '2022-04']]);
	});

	it('knows the verbs of courts and police', () => {
		const text = 'An anti-terrorism court in Lahore granted bail to several party leaders on Monday.';
		const doc = makeDoc(text, 'en', '2024-01-31');
		const ev = findEvents(doc, [tx(doc, 'Monday', '2024-01-29')], [pl(doc, 'Lahore', 31.55, 74.35)]);
		expect(rows(ev)[0]).toEqual([0, '2024-01-29', 'Lahore', 'occurred']);
		const fr = makeDoc('La police a interpellé trois suspects mardi à Lyon.', 'fr', '2024-01-31');
		expect(findEvents(fr, [tx(fr, 'mardi', '2024-01-30')], [pl(fr, 'Lyon', 45.76, 4.83)]).map((e) => e.trigger?.text)).toEqual(['interpellé']);
	});

	it('keeps a strike at its place when the next paragraph goes on telling it that day', () => {
		const text = 'Au moins 40 civils ont été tués dimanche dans une frappe sur un marché de Khartoum.\n\nLe bombardement a visé le marché vers 07h00.';
		const doc = makeDoc(text, 'fr', '2023-09-10');
		const ev = findEvents(doc, [tx(doc, 'dimanche', '2023-09-10'), tx(doc, '07h00', '2023-09-10T07:00')], [pl(doc, 'Khartoum', 15.55, 32.53)]);
		expect(rows(ev).map((r) => r[2])).toEqual(['Khartoum', 'Khartoum']);
	});

	it('knows office and business happenings, and keeps a date before an incise for the clause it ends', () => {
		const text =
			'Dave Calhoun will step down at the end of the year, the planemaker said on Monday, as it grapples with a crisis. A door plug blew off a jet on Jan. 5. Calhoun took over as CEO in January 2020.';
		const doc = makeDoc(text, 'en', '2024-03-25');
		const ev = findEvents(doc, [tx(doc, 'the year', '2024'), tx(doc, 'Monday', '2024-03-25'), tx(doc, 'Jan. 5', '2024-01-05'), tx(doc, 'January 2020', '2020-01')], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value, e.status])).toEqual([
			['step down', '2024', 'planned'],
			['blew off', '2024-01-05', 'occurred'],
			['took over', '2020-01', 'occurred']
		]);
	});

	it('reads a sentence passed as a decision, past a manner adverb between auxiliary and participle', () => {
		const text = 'Nicolas Sarkozy a été définitivement condamné mercredi à un an de prison. Le ministre a condamné mardi ces violences.';
		const doc = makeDoc(text, 'fr', '2024-12-19');
		const ev = findEvents(doc, [tx(doc, 'mercredi', '2024-12-18'), tx(doc, 'mardi', '2024-12-17')], []);
		expect(ev.map((e) => [e.kind, e.when?.value, e.status])).toEqual([
			['decision', '2024-12-18', 'occurred'],
			['statement', '2024-12-17', 'reported']
		]);
	});

	it('tells the verb before a `, when` clause and the happening it tells as one event at that date, but not after `since`', () => {
		const text = 'The war began on Oct. 7, when Hamas fighters attacked southern Israel. It was the deadliest day since 1973, when Egypt attacked Israel.';
		const doc = makeDoc(text, 'en', '2024-02-12');
		const ev = findEvents(doc, [tx(doc, 'Oct. 7', '2023-10-07'), tx(doc, '1973', '1973')], [pl(doc, 'Israel', 31.5, 34.9, { kind: 'country' }), pl(doc, 'Israel', 31.5, 34.9, { kind: 'country', occurrence: 2 })]);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value, e.where?.name ?? null])).toEqual([
			['began', '2023-10-07', 'Israel'],
			['attacked', '1973', 'Israel']
		]);
	});

	it('keeps a statement at its own setting rather than give it to a noun nearby', () => {
		const text = '"We will build," Starmer told delegates in Liverpool, in his first speech since his election win in July.';
		const doc = makeDoc(text, 'en', '2024-09-24');
		const ev = findEvents(doc, [tx(doc, 'July', '2024-07')], [pl(doc, 'Liverpool', 53.41, -2.98)]);
		expect(ev.find((e) => e.trigger?.text === 'told')?.where?.name).toBe('Liverpool');
	});

	it('places `sur place` and `on the scene` where the story last was', () => {
		const text = 'Un incendie s’est déclaré mardi à Rognac.\n\nHier soir, le préfet s’est rendu sur place. La police a fermé l’autoroute mercredi.';
		const doc = makeDoc(text, 'fr', '2024-08-07');
		const ev = findEvents(doc, [tx(doc, 'mardi', '2024-08-06'), tx(doc, 'Hier soir', '2024-08-06'), tx(doc, 'mercredi', '2024-08-07')], [pl(doc, 'Rognac', 43.49, 5.23)]);
		expect(ev.map((e) => [e.trigger?.text, e.where?.name ?? null])).toEqual([
			['déclaré', 'Rognac'],
			['rendu', 'Rognac'],
			['fermé', null]
		]);
	});

	it('reads `on` as a target or topic except for strikes', () => {
		const text = 'Tokyo imposed sanctions on Moscow on Tuesday. Missiles struck on Kyiv on Wednesday.';
		const doc = makeDoc(text, 'en', '2023-09-21');
		const ev = findEvents(doc, [tx(doc, 'Tuesday', '2023-09-19'), tx(doc, 'Wednesday', '2023-09-20')], [pl(doc, 'Moscow', 55.75, 37.61), pl(doc, 'Kyiv', 50.45, 30.52)]);
		expect(rows(ev).map((r) => r[2])).toEqual([null, 'Kyiv']);
	});

	it('reads `sur` and `on` in front of a piece of ground as a location', () => {
		const ground = makeDoc('La mairie a ouvert lundi un gymnase sur la commune de Gonfaron.', 'fr', '2026-07-22');
		const opened = findEvents(ground, [tx(ground, 'lundi', '2026-07-20')], [pl(ground, 'Gonfaron', 43.32, 6.29)]);
		expect(rows(opened).map((r) => r[2])).toEqual(['Gonfaron']);
		const target = makeDoc('Le gouvernement a imposé mardi des sanctions sur la Russie.', 'fr', '2026-07-22');
		const imposed = findEvents(target, [tx(target, 'mardi', '2026-07-21')], [pl(target, 'Russie', 55.75, 37.61, { kind: 'country' })]);
		expect(rows(imposed).map((r) => r[2])).toEqual([null]);
	});
	it('returns to the story’s day after a paragraph told about earlier days', () => {
		const text =
			'The crew arrived early Thursday in Florida.\n\nA first attempt was scrubbed on Tuesday night.\n\n"The lander is healthy," said Takeshi Mori.';
		const doc = makeDoc(text, 'en', '2025-11-06');
		const ev = findEvents(doc, [tx(doc, 'early Thursday', '2025-11-06TMO'), tx(doc, 'Tuesday night', '2025-11-04TNI')], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['arrived', '2025-11-06TMO'],
			['scrubbed', '2025-11-04TNI'],
			['said', '2025-11-06']
		]);
	});

	it('returns to the story’s day when a dated noun, not a main verb, told it', () => {
		const text =
			'Marc D. a écouté la lecture du verdict, jeudi en fin d’après-midi.\n\nLe corps a été découvert le 2 avril 2023 dans l’Arve.\n\nL’accusé a nié avoir frappé son associé.';
		const doc = makeDoc(text, 'fr', '2025-11-28');
		const ev = findEvents(doc, [tx(doc, 'jeudi en fin d’après-midi', '2025-11-27TAF'), tx(doc, 'le 2 avril 2023', '2023-04-02')], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['verdict', '2025-11-27TAF'],
			['découvert', '2023-04-02'],
			['nié', '2025-11-27']
		]);
	});

	it('takes the first day the story tells as its day, even when a noun tells it, not the publication date', () => {
		const text = 'Les familles des victimes de l’effondrement ont retrouvé lundi le chemin du tribunal. Le procès s’est ouvert devant la cour.';
		const doc = makeDoc(text, 'fr', '2025-01-22');
		const ev = findEvents(doc, [tx(doc, 'lundi', '2025-01-20')], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['effondrement', '2025-01-20'],
			['ouvert', '2025-01-20']
		]);
	});

	it('keeps the day of the occasion a sentence points back to, across a paragraph', () => {
		const text =
			'Le sommet s’est achevé dimanche à New Delhi.\n\nLes dirigeants ont signé samedi un protocole d’accord.\n\nPrésent lors de l’annonce, le président américain Joe Biden a qualifié le projet d’accord majeur.';
		const doc = makeDoc(text, 'fr', '2023-09-10');
		const ev = findEvents(doc, [tx(doc, 'dimanche', '2023-09-10'), tx(doc, 'samedi', '2023-09-09')], [pl(doc, 'New Delhi', 28.61, 77.21)]);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['achevé', '2023-09-10'],
			['signé', '2023-09-09'],
			['qualifié', '2023-09-09']
		]);
	});

	it('dates the verb a date follows, not the infinitive after it', () => {
		const text = 'Prairie Pacific agreed on Tuesday to buy Lakeshore Rail. The boards approved the merger on Monday.\n\nMark Duval said the deal would create jobs.';
		const doc = makeDoc(text, 'en', '2025-03-04');
		const ev = findEvents(doc, [tx(doc, 'Tuesday', '2025-03-04'), tx(doc, 'Monday', '2025-03-03')], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['agreed', '2025-03-04'],
			['approved', '2025-03-03'],
			['said', '2025-03-04']
		]);
	});
	it('does not date an actor’s undated statement by a year of its history', () => {
		const text = 'Lakeshore traces its roots to a line founded in 1846.\n\nUnions representing Lakeshore workers said they would oppose the deal.';
		const doc = makeDoc(text, 'en', '2025-03-04');
		const ev = findEvents(doc, [tx(doc, '1846', '1846')], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['founded', '1846'],
			['said', '2025-03-04']
		]);
	});

	it('never dates the verb introducing a quote by a date inside it', () => {
		const text = '« Nous appellerons à une grève à partir du 17 février », a prévenu la secrétaire générale du syndicat.';
		const doc = makeDoc(text, 'fr', '2025-02-03');
		const ev = findEvents(doc, [tx(doc, '17 février', '2025-02-17')], []);
		expect(ev.find((e) => e.trigger?.text === 'prévenu')?.when?.value).toBe('2025-02-03');
	});

	it('does not place a happening where its subject comes from or where a company is based', () => {
		const text =
			'A helicopter from Sicily joined the search on Monday. The company bought a carrier based in Kansas City in 2019. Lakeshore rejected an offer from Omaha-based Heartland in November.';
		const doc = makeDoc(text, 'en', '2025-03-04');
		const ev = findEvents(
			doc,
			[tx(doc, 'Monday', '2025-03-03'), tx(doc, '2019', '2019'), tx(doc, 'November', '2024-11')],
			[pl(doc, 'Sicily', 37.5, 14.0, { kind: 'region' }), pl(doc, 'Kansas City', 39.1, -94.58), pl(doc, 'Omaha', 41.26, -95.94)]
		);
		expect(ev.map((e) => [e.trigger?.text, e.where?.name ?? null])).toEqual([
			['joined', null],
			['bought', null],
			['rejected', null]
		]);
	});
	it('goes on telling a past month or year in the next sentence of its paragraph, and only there', () => {
		const text =
			'Violence broke out in Athens in August 2023, when a fan group attacked supporters of AEK. A Greek fan was stabbed to death in the clashes.\n\nThe players were injured.';
		const doc = makeDoc(text, 'en', '2025-05-19');
		const ev = findEvents(doc, [tx(doc, 'August 2023', '2023-08')], [pl(doc, 'Athens', 37.98, 23.73)]);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['broke out', '2023-08'],
			['stabbed', '2023-08'],
			['injured', '2025-05-19']
		]);
	});

	it('does not date a person’s statement by an earlier day told of him in another paragraph', () => {
		const text =
			'Midland fans set off for Greece on Monday.\n\nManager Tom Keating named his squad on Sunday, after his side beat Newcastle on Saturday.\n\n"We have dreamed of this," Keating told reporters.';
		const doc = makeDoc(text, 'en', '2025-05-19');
		const ev = findEvents(doc, [tx(doc, 'Monday', '2025-05-19'), tx(doc, 'Sunday', '2025-05-18'), tx(doc, 'Saturday', '2025-05-17')], []);
		expect(ev.find((e) => e.trigger?.text === 'told')?.when?.value).toBe('2025-05-19');
	});
	it('knows launches, sport fixtures and their mishaps', () => {
		const text =
			'A rocket blasted off from Florida on Thursday. A lander tipped over on its side in March. Talks broke down in 2016. The Blues face Braga in the final on Wednesday night. Brennan trained with the squad this morning.';
		const doc = makeDoc(text, 'en', '2025-11-06');
		const ev = findEvents(
			doc,
			[tx(doc, 'Thursday', '2025-11-06'), tx(doc, 'March', '2025-03'), tx(doc, '2016', '2016'), tx(doc, 'Wednesday night', '2025-11-12TNI'), tx(doc, 'this morning', '2025-11-06TMO')],
			[]
		);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['blasted off', '2025-11-06'],
			['tipped over', '2025-03'],
			['broke down', '2016'],
			['face', '2025-11-12TNI'],
			['trained', '2025-11-06TMO']
		]);
		const fr = makeDoc('Seul un TGV sur trois circulera jeudi. Le ministre a exclu dimanche toute intervention.', 'fr', '2025-02-03');
		expect(findEvents(fr, [tx(fr, 'jeudi', '2025-02-06'), tx(fr, 'dimanche', '2025-02-02')], []).map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['circulera', '2025-02-06'],
			['exclu', '2025-02-02']
		]);
	});

	it('does not give a relative clause’s date to the verb after it, nor make a record an event', () => {
		const text = 'Brennan, who limped off in the second half, trained with the squad on Monday. Fans set off on Monday, before the club plays in a final for the first time since 1982.';
		const doc = makeDoc(text, 'en', '2025-05-19');
		const ev = findEvents(doc, [tx(doc, 'the second half', '2024-H2'), tx(doc, 'Monday', '2025-05-19'), tx(doc, 'Monday', '2025-05-19', { occurrence: 2 }), tx(doc, '1982', '1982')], []);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value])).toEqual([
			['trained', '2025-05-19'],
			['set off', '2025-05-19']
		]);
	});
	it('gives no day to what has not happened since something', () => {
		const text = 'Kim est arrivé mardi à Khassan.\n\nKim n’a pas quitté la Corée du Nord depuis l’épidémie de coronavirus.';
		const doc = makeDoc(text, 'fr', '2023-09-12');
		const ev = findEvents(doc, [tx(doc, 'mardi', '2023-09-12')], [pl(doc, 'Khassan', 42.43, 130.64), pl(doc, 'Corée du Nord', 39.03, 125.75, { kind: 'country' })]);
		expect(ev.map((e) => [e.trigger?.text, e.when?.value ?? null, e.status])).toEqual([
			['arrivé', '2023-09-12', 'occurred'],
			['quitté', null, 'negated']
		]);
	});
	it('keeps the day of a denial whose `depuis` belongs to a relative clause after it', () => {
		const text = 'Kim est arrivé mardi à Khassan.\n\nMoscou et Pyongyang nient avoir fourni des armes à la Russie, qui a épuisé ses stocks depuis son invasion.';
		const doc = makeDoc(text, 'fr', '2023-09-12');
		const ev = findEvents(doc, [tx(doc, 'mardi', '2023-09-12')], [pl(doc, 'Khassan', 42.43, 130.64)]);
		expect(ev.find((e) => e.status === 'negated')?.when?.value).toBe('2023-09-12');
	});
	it('keeps a date for the clause it ends, not for an `after` clause that follows', () => {
		const text = 'Vessels rescued 54 people south of the island late on Sunday after an overcrowded boat capsized in rough water, and 11 others were still missing on Tuesday, officials said.';
		const doc = makeDoc(text, 'en', '2025-10-14');
		const ev = findEvents(doc, [tx(doc, 'late on Sunday', '2025-10-12'), tx(doc, 'Tuesday', '2025-10-14')], []);
		expect(ev.find((e) => e.trigger?.text === 'rescued')?.when?.value).toBe('2025-10-12');
	});
	it('places `reached the scene` and `at the scene` where the story last was', () => {
		const text = 'The engine failed south of Lampedusa on Sunday afternoon.\n\nA patrol boat reached the scene shortly before 11 p.m.\n\nDivers searched at the scene at midnight.';
		const doc = makeDoc(text, 'en', '2025-10-14');
		const ev = findEvents(
			doc,
			[tx(doc, 'Sunday afternoon', '2025-10-12TAF'), tx(doc, '11 p.m.', '2025-10-12T23:00'), tx(doc, 'midnight', '2025-10-13T00:00')],
			[pl(doc, 'Lampedusa', 35.5, 12.6)]
		);
		expect(ev.map((e) => [e.trigger?.text, e.where?.name ?? null])).toEqual([
			['failed', 'Lampedusa'],
			['reached', 'Lampedusa'],
			['searched', 'Lampedusa']
		]);
	});
});
