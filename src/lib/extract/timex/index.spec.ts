import { describe, expect, it } from 'vitest';
import { findTimexes } from './index';
import type { Lang, Sentence } from '$lib/model';

/** Sentences end at `.`, `!` or `?` before a space and a capital (not inside `a.m.`). */
function sentencesOf(text: string): Sentence[] {
	const out: Sentence[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if ('.!?'.includes(text[i]) && (i === text.length - 1 || (text[i + 1] === ' ' && /[A-ZÀ-Ý«]/.test(text[i + 2] ?? '')))) {
			out.push({ index: out.length, start, end: i + 1, paragraph: 0, boilerplate: null });
			start = i + 2;
		}
	}
	if (start < text.length) out.push({ index: out.length, start, end: text.length, paragraph: 0, boilerplate: null });
	return out;
}

function run(text: string, lang: Lang, dct = '2023-09-12') {
	const norm = text.replace(/[\u2019]/g, "'").replace(/\u00a0/g, ' ');
	return findTimexes({ text, norm, lang, dct, sentences: sentencesOf(text) });
}

/** `[text, value]` pairs found in the sentence, in order. */
function pairs(text: string, lang: Lang, dct?: string): [string, string][] {
	return run(text, lang, dct).map((t) => [t.text, t.value]);
}

// Publication date for every row: Tuesday 2023-09-12 (ISO week 37).
describe('French expressions', () => {
	it.each([
		["Kim est arrivé aujourd'hui (mardi) en Russie.", [["aujourd'hui", '2023-09-12'], ['mardi', '2023-09-12']]],
		['Il a quitté la gare dimanche soir.', [['dimanche soir', '2023-09-10TEV']]],
		// A night told in the past is the one just gone; in the future, the one to come.
		['Cette nuit, des frappes ont touché Kiev.', [['Cette nuit', '2023-09-11TNI']]],
		['Cette nuit, le convoi traversera la frontière.', [['Cette nuit', '2023-09-12TNI']]],
		['Kim rencontrera Poutine cette semaine.', [['cette semaine', '2023-W37']]],
		['Le forum aura lieu jusqu\'à mercredi.', [['mercredi', '2023-09-13']]],
		['Il est parti dimanche après-midi. Il est arrivé vers 18h38 heure locale (09h38 GMT).', [['dimanche après-midi', '2023-09-10TAF'], ['18h38 heure locale', '2023-09-10T18:38'], ['09h38 GMT', '2023-09-10T09:38']]],
		['En juillet, Poutine a salué son allié.', [['juillet', '2023-07']]],
		["Il a envahi l'Ukraine au début de l'année dernière.", [["l'année dernière", '2022']]],
		["Leur alliance remonte à 2019 et à la fondation du pays il y a 75 ans.", [['2019', '2019'], ['il y a 75 ans', '1948']]],
		['La Maison Blanche a averti ce mois-ci le pays.', [['ce mois-ci', '2023-09']]],
		["Il devrait participer à l'Assemblée générale à la fin du mois.", [['mois', '2023-09']]],
		['Le vote aura lieu au début du mois prochain.', [['mois prochain', '2023-10']]],
		['Ils se retrouveront fin novembre.', [['fin novembre', '2023-11']]],
		['Il a été proclamé le 9 septembre 1948.', [['le 9 septembre 1948', '1948-09-09']]],
		["Publié le 13/09/2023 à 14h05 · Temps de lecture : 4 min", [['13/09/2023 à 14h05', '2023-09-13T14:05'], ['4 min', 'PT4M']]],
		['Ils se sont serré la main à 13 h 09 heure locale.', [['13 h 09 heure locale', '2023-09-12T13:09']]],
		['Les discussions ont duré plus de cinq heures, environ une heure de plus que prévu.', [['cinq heures', 'PT5H'], ['environ une heure', 'PT1H']]],
		['Il le soutient depuis des décennies et chaque année.', [['des décennies', 'PXDE'], ['chaque année', 'P1Y']]],
		['Il doit se rendre dans les prochains jours à Vladivostok.', [['les prochains jours', 'FUTURE_REF']]],
		["La principale préoccupation à l'heure actuelle est l'Ukraine.", [["à l'heure actuelle", 'PRESENT_REF']]],
		['La Corée a tiré la semaine dernière et le mois dernier.', [['la semaine dernière', '2023-W36'], ['le mois dernier', '2023-08']]],
		["L'an prochain, le sommet se tiendra à Rio. L'an dernier, il était en Inde.", [["L'an prochain", '2024'], ["L'an dernier", '2022']]],
		['Les années 60 et le XIXe siècle.', [['Les années 60', '196X'], ['XIXe siècle', '18XX']]],
		['Le premier sommet a eu lieu il y a quatre ans, en avril 2019.', [['il y a quatre ans', '2019'], ['avril 2019', '2019-04']]],
		['Le 1er décembre dernier, il a pris la présidence.', [['Le 1er décembre dernier', '2022-12-01']]],
		["En fin d'après-midi, les pompiers sont intervenus.", [['après-midi', '2023-09-12TAF']]],
		['La nuit dernière, un incendie a ravagé l\'usine.', [['La nuit dernière', '2023-09-11TNI']]],
		['Les élections auront lieu les 6 et 13 avril prochains.', [['les 6', '2024-04-06'], ['13 avril prochains', '2024-04-13']]],
		['Mai 68 a changé la France.', [['Mai 68', '1968-05']]],
		['Vers 0 h 40, jeudi, deux voitures se suivaient.', [['0 h 40', '2023-09-07T00:40'], ['jeudi', '2023-09-07']]],
		['La fumée a attiré les voisins vers 15 h 30, hier.', [['15 h 30, hier', '2023-09-11T15:30']]]
	] as [string, [string, string][]][])('%s', (text, expected) => {
		expect(pairs(text, 'fr')).toEqual(expected);
	});

	it('dates a clock time by a day named close after it, not by one in a clause further on', () => {
		expect(pairs('Pinheiro conceded defeat at around 11 p.m. and said she would ask the party’s national commission on Saturday to organise a contest.', 'en', '2026-03-09')).toEqual([
			// Told in the past on the publication day, 11 p.m. is the evening before (late-clock.ts).
			['11 p.m.', '2026-03-08T23:00'],
			['Saturday', '2026-03-14']
		]);
	});

	it('carries the reference: ce soir-là is the evening of the date just given, not tonight', () => {
		expect(pairs("Le bar avait fermé le 17 novembre 2022. Ce soir-là, vers 23 heures, il pleuvait. Cette nuit-là, rien. Ce soir, il pleut.", 'fr')).toEqual([
			['le 17 novembre 2022', '2022-11-17'],
			['Ce soir-là', '2022-11-17TEV'],
			['23 heures', '2022-11-17T23:00'],
			['Cette nuit-là', '2022-11-17TNI'],
			['Ce soir', '2023-09-12TEV']
		]);
	});

	it('reads la nuit du 14 au 15 mars 2023 as one night, the one that starts on the first day', () => {
		expect(pairs('Il a été tué dans la nuit du 14 au 15 mars 2023 à Carouge. La nuit du 3 mai, rien.', 'fr')).toEqual([
			['la nuit du 14 au 15 mars 2023', '2023-03-14TNI'],
			['La nuit du 3 mai', '2023-05-03TNI']
		]);
	});

	it('points ce soir-là, that night back to the last night the story named when the story has moved on since', () => {
		expect(pairs("Il a été tué dans la nuit du 14 au 15 mars 2023. Le procès s'est ouvert le 17 novembre. La cour a siégé deux semaines. Ce soir-là, vers 23 heures, ils avaient dîné.", 'fr')).toEqual([
			['la nuit du 14 au 15 mars 2023', '2023-03-14TNI'],
			['le 17 novembre', '2022-11-17'],
			['deux semaines', 'P2W'],
			['Ce soir-là', '2023-03-14TEV'],
			['23 heures', '2023-03-14T23:00']
		]);
		expect(pairs('The fire started on Monday night. The mayor spoke on Wednesday. Crews worked for hours. That night, the wind turned.', 'en')).toEqual([
			['Monday night', '2023-09-11TNI'],
			['Wednesday', '2023-09-06'],
			['hours', 'PTXH'],
			['That night', '2023-09-11TNI']
		]);
	});

	it('never reads ce jour-là, that day as today: the story day it points to may lie sentences back', () => {
		expect(pairs('Le bar a fermé le 17 novembre 2022. Il pleuvait. Les clients sont partis. Ce jour-là, rien.', 'fr')).toEqual([
			['le 17 novembre 2022', '2022-11-17'],
			['Ce jour-là', '2022-11-17']
		]);
	});

	it('moves the story by years: un an plus tôt, deux ans plus tard are years, even after a day', () => {
		expect(pairs('Le pont a cédé le 3 octobre 2019. Un an plus tôt, rien. Deux ans plus tard, il était reconstruit.', 'fr')).toEqual([
			['le 3 octobre 2019', '2019-10-03'],
			['Un an plus tôt', '2018'],
			['Deux ans plus tard', '2021']
		]);
	});

	it('reads a month or day with no year after `Ten years later`, `deux ans plus tard` in the year it moved to', () => {
		expect(pairs('In September 2012, an avalanche killed eleven climbers. Ten years later, another slide swept the route in late September.', 'en')).toEqual([
			['September 2012', '2012-09'],
			['Ten years later', '2022'],
			['late September', '2022-09']
		]);
		expect(pairs('Le pont a cédé le 3 octobre 2019. Deux ans plus tard, le 14 juin, il a été reconstruit.', 'fr')[2]).toEqual(['le 14 juin', '2021-06-14']);
		// Only in its own sentence, and only told in the past.
		expect(pairs('Le pont a cédé en 2019. Deux ans plus tard, il a rouvert. Le 14 juin, il fermera.', 'fr')[2]).toEqual(['Le 14 juin', '2024-06-14']);
	});

	it('moves the story by months: deux mois plus tard, three months earlier are months of the story, not lengths', () => {
		expect(pairs('Il a été arrêté le 20 mars 2023. Deux mois plus tard, il a été extradé.', 'fr')).toEqual([
			['le 20 mars 2023', '2023-03-20'],
			['Deux mois plus tard', '2023-05']
		]);
		expect(pairs('The bridge collapsed on Oct. 3, 2019. Three months earlier, inspectors had passed it.', 'en')).toEqual([
			['Oct. 3, 2019', '2019-10-03'],
			['Three months earlier', '2019-07']
		]);
		// With no date told before, later than what the text does not say.
		expect(pairs('Deux mois plus tard, il a été extradé.', 'fr')).toEqual([['Deux mois plus tard', 'XXXX']]);
	});

	it('reads `the following spring`, `l’été suivant` from the year the story is on, and a written season sets that year', () => {
		expect(pairs('In the summer of 1962 she sailed north. She married him the following year. In 1974 she led a survey, and the following spring she published it.', 'en', '2026-01-16')).toEqual([
			['the summer of 1962', '1962-SU'],
			['the following year', '1963'],
			['1974', '1974'],
			['the following spring', '1975-SP']
		]);
		expect(pairs('En 1974, elle a dirigé une mission. L’été suivant, elle a publié un article.', 'fr', '2026-01-16')).toEqual([
			['1974', '1974'],
			['L’été suivant', '1975-SU']
		]);
	});

	it('writes halves in the next unit: deux ans et demi is P2Y6M, une heure et demie PT1H30M', () => {
		expect(pairs('Il a passé deux ans et demi en prison et trois jours et demi à l’hôpital, puis une heure et demie au poste.', 'fr').map(([, v]) => v)).toEqual(['P2Y6M', 'P3DT12H', 'PT1H30M']);
	});

	it('carries the reference: la veille is the day before the date just given', () => {
		expect(pairs('Le régime a été proclamé le 9 septembre 1948. La veille, la foule attendait.', 'fr')).toEqual([
			['le 9 septembre 1948', '1948-09-09'],
			['La veille', '1948-09-08']
		]);
	});

	it('tells a part of the day after a pluperfect aside on the story’s day, not the aside’s', () => {
		// Publication Tuesday 2023-09-12.
		const aside = 'Aucun avion n’a décollé ce mardi matin. Les voyageurs avaient été prévenus dès dimanche. La plupart ont été replacés. L’ambiance restait calme en fin de matinée.';
		expect(pairs(aside, 'fr')).toEqual([
			['ce mardi matin', '2023-09-12TMO'],
			['dimanche', '2023-09-10'],
			['matinée', '2023-09-12TMO']
		]);
		// Told in the pluperfect too, the part of the day stays in the aside.
		expect(pairs('Ils avaient quitté la ville dimanche. Ils avaient rejoint le camp en fin de matinée.', 'fr')[1]).toEqual(['matinée', '2023-09-10TMO']);
		// Not a pluperfect: the story is on Sunday.
		expect(pairs('Aucun avion n’a décollé ce mardi matin. Les voyageurs ont été prévenus dimanche. L’ambiance restait calme en fin de matinée.', 'fr')[2]).toEqual(['matinée', '2023-09-10TMO']);
	});

	it.each([
		['Un homme âgé de 30 ans a été arrêté.'],
		['Une fillette de 6 ans s\'est noyée.'],
		['Marie Dupont, 52 ans, a témoigné.'],
		['Le régime a fêté ses 75 ans.'],
		['La mer était calme, le score de 3-1.'],
		['La sonde a atterri sur Mars.'],
		['Le maître du Kremlin a parlé.'],
		['Le sommet du G20 s\'est achevé.'],
		['Les Jeux d\'hiver ont commencé.'],
		["Une femme d'une trentaine d'années est tombée."],
		['Les manifestants, au nombre de 1600 selon la police, ont défilé.'],
		['Les moins de 17 ans ont gagné.']
	])('no timex in %s', (text) => {
		expect(pairs(text, 'fr')).toEqual([]);
	});
});

describe('a story gone back to another year', () => {
	it('reads a day with no year, told next in the past, in the year the sentence before wrote out', () => {
		expect(pairs('Une grève avait paralysé le réseau en décembre 2022. Ils avaient alors signé un accord le 23 décembre.', 'fr', '2024-03-14')).toEqual([
			['décembre 2022', '2022-12'],
			['le 23 décembre', '2022-12-23']
		]);
		expect(pairs('The strike began in June 2019. Talks collapsed on July 3.', 'en', '2024-03-14')).toEqual([
			['June 2019', '2019-06'],
			['July 3', '2019-07-03']
		]);
	});

	it('does not go back to the start of a span that runs to now (`since January 2022`)', () => {
		expect(pairs("Sunday's vote was the fourth general election since January 2022. The election was called in December.", 'en', '2026-03-09')).toEqual([
			["Sunday", '2026-03-08'],
			['January 2022', '2022-01'],
			['December', '2025-12']
		]);
		expect(pairs('Le pays a connu quatre élections depuis janvier 2022. Le scrutin avait été convoqué en décembre.', 'fr', '2026-03-09')).toEqual([
			['janvier 2022', '2022-01'],
			['décembre', '2025-12']
		]);
	});

	it('reads a day after `since`/`depuis` in the past, whatever the tense of the verb', () => {
		// Publication on Wednesday 2 July 2025: the Saturday the water has stood since is 28 June, not 5 July.
		expect(pairs('Several neighborhoods have been under water since Saturday.', 'en', '2025-07-02')).toEqual([['Saturday', '2025-06-28']]);
		// The same weekday told as a plan later in the sentence keeps its own (future) reading.
		expect(pairs('Les écoles sont fermées depuis lundi et rouvriront lundi.', 'fr', '2025-07-02')).toEqual([
			['lundi', '2025-06-30'],
			['lundi', '2025-07-07']
		]);
	});

	it('reads a day after `until`/`jusqu’à` ahead when what lasts holds now, behind when the verb is past', () => {
		// Publication on Wednesday 2 July 2025: the nearest Sunday is 29 June, but a festival held until Sunday ends on the 6th.
		expect(pairs('Le festival se tient jusqu\'à dimanche.', 'fr', '2025-07-02')).toEqual([['dimanche', '2025-07-06']]);
		expect(pairs('The road stays shut until Sunday.', 'en', '2025-07-02')).toEqual([['Sunday', '2025-07-06']]);
		expect(pairs('The strike lasted until Sunday.', 'en', '2025-07-02')).toEqual([['Sunday', '2025-06-29']]);
	});

	it('reads a day after `until`/`jusqu’à` ahead when a past verb tells a decision (a ban, a closure), behind when it tells what lasted', () => {
		expect(pairs("Les autorités ont interdit l'accès aux massifs forestiers du département jusqu'à dimanche inclus.", 'fr', '2025-07-02')).toEqual([['dimanche', '2025-07-06']]);
		expect(pairs('Officials closed the coastal road until Sunday.', 'en', '2025-07-02')).toEqual([['Sunday', '2025-07-06']]);
		expect(pairs("La grève a duré jusqu'à dimanche.", 'fr', '2025-07-02')).toEqual([['dimanche', '2025-06-29']]);
	});

	it('reads a day after `à partir de` as the nearest one even when the verb announcing it is past', () => {
		// Publication on Monday 3 February 2025: the strike called on Monday starts on the 5th, not the Wednesday gone.
		expect(pairs('Les syndicats ont confirmé leur appel à une grève à partir de mercredi soir.', 'fr', '2025-02-03')).toEqual([['mercredi soir', '2025-02-05TEV']]);
	});

	it('keeps the publication year for a future tense and for an aside in the same sentence', () => {
		expect(pairs('La grève avait paralysé le réseau en 2022. Les négociations reprendront le 18 mars.', 'fr', '2024-03-14')).toEqual([
			['2022', '2022'],
			['le 18 mars', '2024-03-18']
		]);
		expect(pairs('Mis en service en 2016, le site a servi le mois dernier au lancement de la sonde, écrasée le 19 août.', 'fr', '2023-09-13')).toEqual([
			['2016', '2016'],
			['le mois dernier', '2023-08'],
			['le 19 août', '2023-08-19']
		]);
		// Another year named since the written one: the story did not stay there.
		expect(pairs('Le régime, proclamé le 9 septembre 1948, a célébré samedi ses 75 ans. Mis en service en 2016, le site a été touché le 19 août.', 'fr', '2023-09-13')).toEqual([
			['le 9 septembre 1948', '1948-09-09'],
			['samedi', '2023-09-09'],
			['2016', '2016'],
			['le 19 août', '2023-08-19']
		]);
	});
});

describe('a day moved from the one the story is on', () => {
	it('reads `nine days later than planned`, `deux heures plus tard que prévu` as lengths, not days', () => {
		expect(pairs('The rocket lifted off on Thursday, nine days later than planned.', 'en', '2023-09-14')).toEqual([
			['Thursday', '2023-09-14'],
			['nine days', 'P9D']
		]);
		expect(pairs('Le train est arrivé mardi, deux jours plus tard que prévu.', 'fr')).toEqual([
			['mardi', '2023-09-12'],
			['deux jours', 'P2D']
		]);
	});

	it('reads `Jean-Noël` as a first name, not Christmas', () => {
		expect(pairs('Jean-Noël Barrot est arrivé jeudi. Noël approche.', 'fr')).toEqual([
			['jeudi', '2023-09-07'],
			['Noël', '2023-12-25']
		]);
	});

	it('gives a weekday repeated or listed in one sentence the tense of the first', () => {
		// Tuesday 2023-09-12: the second Tuesday and the listed Wednesday are the coming ones, though the
		// nearest verb of each (`hold`, `were travelling`) says nothing or looks back.
		expect(pairs('The team will fly out on Monday afternoon and hold a session at the stadium on Monday evening.', 'en')).toEqual([
			['Monday afternoon', '2023-09-18TAF'],
			['Monday evening', '2023-09-18TEV']
		]);
		expect(pairs('Flights would leave on Thursday and Friday, while fans were travelling by road.', 'en')).toEqual([
			['Thursday', '2023-09-14'],
			['Friday', '2023-09-15']
		]);
	});

	it('reads `two days later`, `deux jours plus tard`, `trois semaines après` from the day named before', () => {
		expect(pairs('Le 3 mars, il a été arrêté. Deux jours plus tard, il a été libéré. Trois semaines après, il a démissionné.', 'fr', '2023-09-13')).toEqual([
			['Le 3 mars', '2023-03-03'],
			['Deux jours plus tard', '2023-03-05'],
			['Trois semaines après', '2023-03-26']
		]);
		expect(pairs('He was arrested on March 3. A week later, he resigned.', 'en', '2023-09-13')).toEqual([
			['March 3', '2023-03-03'],
			['A week later', '2023-03-10']
		]);
	});

	it('leaves it unresolved with no day named just before, and reads a length after `après` + noun', () => {
		expect(pairs('Two days later, he resigned.', 'en', '2023-09-13')).toEqual([['Two days later', 'XXXX-XX-XX']]);
		expect(pairs("Le 3 mars, trois jours après l'attaque, il a parlé.", 'fr', '2023-09-13')).toEqual([
			['Le 3 mars', '2023-03-03'],
			['trois jours', 'P3D']
		]);
	});
});

describe('English expressions', () => {
	it('reads due, expected, scheduled before a date as ahead, unless told in the past', () => {
		expect(run('The report is due in December. A ruling is expected in November. The vote was scheduled for December.', 'en', '2026-02-10').map((t) => t.value)).toEqual(['2026-12', '2026-11', '2025-12']);
	});

	it.each([
		// In February, `this` season is this year's, whatever the tense of a plan; the winter is the one we are in.
		['2026-02-10', 'She was planning a trip this spring. It was cold this winter.', ['2026-SP', '2025-WI']],
		// In October, the spring and the winter gone; in the future, next spring.
		['2025-10-22', 'Sales fell this spring. It was cold this winter. The plant will open this spring.', ['2025-SP', '2024-WI', '2026-SP']]
	])('this season, published %s: %s', (dct, text, values) => {
		expect(run(text, 'en', dct).map((t) => t.value)).toEqual(values);
	});

	const dct = '2023-02-07';
	it.each([
		['The first quake struck at 4:17 a.m. local time (0117 GMT) on Monday.', [['4:17 a.m. local time', '2023-02-06T04:17'], ['0117 GMT', '2023-02-06T01:17'], ['Monday', '2023-02-06']]],
		['Rescuers worked through Monday night.', [['Monday night', '2023-02-06TNI']]],
		['Erdoğan faces an election on May 14.', [['May 14', '2023-05-14']]],
		['He was born in August 1999 and left in 2011.', [['August 1999', '1999-08'], ['2011', '2011']]],
		['The castle had stood for 2,000 years; a three-month state of emergency lasted nine hours.', [['2,000 years', 'P2000Y'], ['three-month', 'P3M'], ['nine hours', 'PT9H']]],
		['Chances shrink with every hour, and more snow is due in the coming days.', [['every hour', 'PT1H'], ['the coming days', 'FUTURE_REF']]],
		['Officials met last week and will meet again this month.', [['last week', '2023-W05'], ['this month', '2023-02']]],
		['The talks will resume at the end of next month.', [['next month', '2023-03']]],
		['The plant closed this past weekend and reopens this coming week.', [['this past weekend', '2023-W05-WE'], ['this coming week', '2023-W07']]],
		['The bank raised rates in December and will decide in mid-March.', [['December', '2022-12'], ['mid-March', '2023-03']]],
		['A few days ago, protesters gathered over the weekend.', [['A few days ago', 'PAST_REF'], ['weekend', '2023-W05-WE']]],
		['The ceasefire was extended until midnight Sunday.', [['midnight', '2023-02-05T00:00'], ['Sunday', '2023-02-05']]],
		// The day in brackets is the GMT time's: the local time stays on the story's day.
		['Troops moved in on Tuesday. The operation began at 1:49 a.m. local time (2349 GMT Monday).', [['Tuesday', '2023-02-07'], ['1:49 a.m. local time', '2023-02-07T01:49'], ['2349 GMT', '2023-02-06T23:49'], ['Monday', '2023-02-06']]]
	] as [string, [string, string][]][])('%s', (text, expected) => {
		expect(pairs(text, 'en', dct)).toEqual(expected);
	});

	it.each([['A 30-year-old man was rescued.'], ['A second quake hit.'], ['He may return.']])('no timex in %s', (text) => {
		expect(pairs(text, 'en', dct)).toEqual([]);
	});
});

describe('output shape', () => {
	it('numbers ids in order and fills interval, granularity and a note', () => {
		const tx = run('Il est arrivé dimanche soir et repartira dans trois jours pour trois ans.', 'fr');
		expect(tx.map((t) => t.id)).toEqual(['t0', 't1', 't2']);
		expect(tx[0]).toMatchObject({
			type: 'TIME',
			granularity: 'part-of-day',
			interval: { start: '2023-09-10T18:00', end: '2023-09-11T00:00' },
			unresolved: false,
			sentence: 0,
			resolution: { anchor: 'dct', anchorValue: '2023-09-12', tense: 'past' }
		});
		expect(tx[0].resolution.note).toMatch(/Sunday before the publication date/);
		expect(tx[2]).toMatchObject({ type: 'DURATION', value: 'P3Y', interval: null, granularity: 'duration' });
		for (let k = 1; k < tx.length; k++) expect(tx[k].start).toBeGreaterThanOrEqual(tx[k - 1].end);
	});

	it('keeps the zone of a clock time given in GMT', () => {
		const [, gmt] = run('vers 18h38 heure locale (09h38 GMT)', 'fr');
		expect(gmt).toMatchObject({ value: '2023-09-12T09:38', zone: 'GMT' });
	});
});

describe('robustness', () => {
	it.each([
		[''],
		['\uD800\uDC00\uD800 lundi \uDFFF 12 h'],
		['1'.repeat(5000)],
		['le le le le 12 12 12 / / / h h h : : :'],
		['les années '.repeat(2000)]
	])('never throws on odd input %#', (text) => {
		expect(() => run(text, 'fr')).not.toThrow();
		expect(() => run(text, 'en')).not.toThrow();
	});

	// How its time grows with the input is the benchmark's `scaling_1mb`, not a test's.
	it('reads every date of a 1 MB article', () => {
		const unit = 'Le 12 mars, vers 18 h 30, il est arrivé dimanche soir pour trois ans ; la veille, rien. ';
		const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
		const tx = run(text, 'fr');
		expect(tx.length).toBeGreaterThan(50000);
	});
});

describe('a late clock time told in the past on the publication day', () => {
	// Publication date Tuesday 2023-09-12: the evening had not come when the story was written.
	it.each([
		['Elle a reconnu sa défaite vers 23 h.', '23 h', '2023-09-11T23:00', 'fr'],
		['She conceded defeat at around 11 p.m.', '11 p.m.', '2023-09-11T23:00', 'en'],
		// The same time in another zone, in brackets, is on that evening too.
		['She conceded defeat at around 11 p.m. (2300 GMT).', '2300 GMT', '2023-09-11T23:00', 'en'],
		// Told in the future, it is tonight.
		['Le feu d’artifice sera tiré à 22 heures.', '22 heures', '2023-09-12T22:00', 'fr'],
		// An afternoon time stays on the day.
		['Les pompiers sont arrivés vers 15 h.', '15 h', '2023-09-12T15:00', 'fr'],
		// A day named in the sentence is kept as said.
		['He arrived on Tuesday at around 11 p.m.', '11 p.m.', '2023-09-12T23:00', 'en']
	] as const)('%s', (text, span, value, lang) => {
		expect(pairs(text, lang).find(([t]) => t === span)?.[1]).toBe(value);
	});
});

describe('a fortnight', () => {
	// Publication date Tuesday 2023-09-12.
	it.each([
		['He was beaten in Paris a fortnight ago.', [['fortnight ago', '2023-08-29']]],
		['The talks lasted a fortnight.', [['fortnight', 'P2W']]]
	] as const)('%s', (text, expected) => {
		expect(pairs(text, 'en')).toEqual(expected);
	});
	it('a fortnight later is two weeks after the day the story is on', () => {
		expect(pairs('The boat sank on 3 May 2023. A fortnight later, the wreck was found.', 'en').at(-1)).toEqual(['fortnight later', '2023-05-17']);
	});
});

describe('a part of the day said with a weekday without a part-of-day noun', () => {
	// Publication date Tuesday 2023-09-12.
	it.each([
		['The ship sank early Monday, officials said.', 'en', [['early Monday', '2023-09-11TMO']]],
		['Rescuers will resume at first light Wednesday.', 'en', [['first light Wednesday', '2023-09-13TMO']]],
		['The police raided the flat on Monday at dawn.', 'en', [['Monday at dawn', '2023-09-11TMO']]],
		["Les policiers ont interpellé trois hommes mardi à l'aube.", 'fr', [["mardi à l'aube", '2023-09-12TMO']]],
		// `early on Monday` is only the day.
		['The ship sank early on Monday.', 'en', [['Monday', '2023-09-11']]]
	] as const)('%s', (text, lang, expected) => {
		expect(pairs(text, lang)).toEqual(expected);
	});
});

describe('a clock time joined by à/at to the day just before it', () => {
	it('is one timestamp with a written date or a weekday, as with a numeric date', () => {
		expect(pairs('Publié le 11 septembre 2023 à 17h48, mis à jour à 21h05.', 'fr')).toEqual([
			['le 11 septembre 2023 à 17h48', '2023-09-11T17:48'],
			['21h05', '2023-09-11T21:05']
		]);
		expect(pairs('Le vote a eu lieu jeudi à 13 heures.', 'fr')).toEqual([['jeudi à 13 heures', '2023-09-07T13:00']]);
		// English TimeML keeps the day and the clock apart; the clock still takes the day.
		expect(pairs('He spoke on Monday at 6 p.m.', 'en')).toEqual([
			['Monday', '2023-09-11'],
			['6 p.m.', '2023-09-11T18:00']
		]);
	});

	it('takes that day in a byline, which moves no reference', () => {
		const text = 'Les manifestants ont marché samedi vers le chantier. Publié mardi soir à 23h10';
		const cut = text.indexOf('Publié');
		const sentences: Sentence[] = [
			{ index: 0, start: 0, end: cut - 1, paragraph: 0, boilerplate: null },
			{ index: 1, start: cut, end: text.length, paragraph: 1, boilerplate: 'byline' }
		];
		const found = findTimexes({ text, norm: text, lang: 'fr', dct: '2023-09-13', sentences });
		expect(found.find((t) => t.text === '23h10')?.value).toBe('2023-09-12T23:10');
	});
});
