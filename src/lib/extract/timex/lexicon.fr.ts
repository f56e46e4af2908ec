import type { Lexicon } from './lexicon';

const NUMBERS: Record<string, number> = {
	zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
	dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20,
	trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, nonante: 90,
	cent: 100, cents: 100, mille: 1000, douzaine: 12, dizaine: 10, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100
};

export const FR: Lexicon = {
	months: {
		janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
		août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
		janv: 1, févr: 2, sept: 9, oct: 10, nov: 11, déc: 12
	},
	ambiguousMonths: new Set(['mars', 'mai', 'sept']),
	weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
	weekdayPlurals: { lundis: 1, mardis: 2, mercredis: 3, jeudis: 4, vendredis: 5, samedis: 6, dimanches: 7 },
	pods: { matin: 'MO', matinée: 'MO', soir: 'EV', soirée: 'EV', nuit: 'NI', journée: 'DT', midi: 'MI' },
	numbers: NUMBERS,
	vague: new Set(['plusieurs', 'quelques', 'des', 'nombreuses', 'nombreux', 'derniers', 'dernières']),
	units: {
		seconde: 'second', secondes: 'second', s: 'second', sec: 'second',
		minute: 'minute', minutes: 'minute', min: 'minute', mn: 'minute',
		heure: 'hour', heures: 'hour', h: 'hour',
		jour: 'day', jours: 'day', journée: 'day', journées: 'day',
		semaine: 'week', semaines: 'week',
		mois: 'month',
		trimestre: 'quarter', trimestres: 'quarter',
		an: 'year', ans: 'year', année: 'year', années: 'year',
		décennie: 'decade', décennies: 'decade',
		siècle: 'century', siècles: 'century'
	},
	refWords: {
		actuellement: 'PRESENT_REF', désormais: 'PRESENT_REF', maintenant: 'PRESENT_REF',
		dorénavant: 'PRESENT_REF', présentement: 'PRESENT_REF', actuel: 'PRESENT_REF', actuelle: 'PRESENT_REF',
		actuels: 'PRESENT_REF', actuelles: 'PRESENT_REF',
		autrefois: 'PAST_REF', auparavant: 'PAST_REF', jadis: 'PAST_REF', naguère: 'PAST_REF',
		récemment: 'PAST_REF', dernièrement: 'PAST_REF', nouvellement: 'PAST_REF',
		prochainement: 'FUTURE_REF', bientôt: 'FUTURE_REF', ultérieurement: 'FUTURE_REF'
	},
	last: new Set(['dernier', 'dernière', 'derniers', 'dernières', 'passé', 'passée', 'précédent', 'précédente']),
	next: new Set(['prochain', 'prochaine', 'prochains', 'prochaines', 'suivant', 'suivante']),
	this: new Set(['ce', 'cet', 'cette']),
	agePrefix: new Set(['âgé', 'âgée', 'âgés', 'âgées', 'agé', 'agée']),
	personNouns: new Set([
		'homme', 'hommes', 'femme', 'femmes', 'fille', 'filles', 'garçon', 'garçons', 'enfant', 'enfants',
		'jeune', 'jeunes', 'adolescent', 'adolescente', 'bébé', 'victime', 'retraité', 'retraitée',
		'quinquagénaire', 'sexagénaire', 'octogénaire', 'conducteur', 'conductrice', 'automobiliste',
		'motard', 'piéton', 'mineur', 'mineure', 'individu', 'suspect', 'père', 'mère', 'fils', 'frère', 'sœur'
	]),
	possessives: new Set(['ses', 'son', 'sa', 'leurs', 'leur', 'mes', 'mon', 'tes', 'ton', 'nos', 'vos']),
	durationCue: new Set(['pendant', 'durant', 'depuis', 'plus', 'moins', 'environ', 'près', 'presque']),
	yearCue: new Set(['en', 'depuis', 'de', 'dès', 'année', 'an', 'avant', 'après', 'jusqu', 'fin', 'début', 'mi', 'vers', 'entre', 'et', 'à', 'au', 'du', 'été', 'hiver', 'printemps', 'automne']),
	countNouns: new Set([
		'personnes', 'euros', 'francs', 'dollars', 'habitants', 'morts', 'victimes', 'km', 'kilomètres', 'mètres',
		'tonnes', 'hommes', 'femmes', 'soldats', 'emplois', 'salariés', 'élèves', 'voix', 'logements', 'exemplaires',
		'places', 'membres', 'militaires', 'policiers', 'points', 'mètre', 'kg', 'm', 'ha', 'hectares', 'litres'
	]),
	every: new Set(['chaque']),
	setAdjectives: {
		annuel: 'P1Y', annuelle: 'P1Y', annuels: 'P1Y', annuelles: 'P1Y', annuellement: 'P1Y',
		mensuel: 'P1M', mensuelle: 'P1M', mensuels: 'P1M', mensuelles: 'P1M', mensuellement: 'P1M',
		hebdomadaire: 'P1W', hebdomadaires: 'P1W', quotidiennement: 'P1D',
		semestre: 'P6M', semestriel: 'P6M', semestrielle: 'P6M', trimestriel: 'P3M', trimestrielle: 'P3M'
	},
	seasons: { printemps: 'SP', été: 'SU', automne: 'FA', hiver: 'WI' },
	ordinals: {
		premier: 1, première: 1, er: 1, re: 1, ère: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4,
		e: 0, ème: 0
	},
	mods: { début: 'START', fin: 'END', mi: 'MID', milieu: 'MID', courant: 'MID' },
	holidays: { noël: [12, 25], toussaint: [11, 1], réveillon: [12, 31], 'saint-sylvestre': [12, 31], sylvestre: [12, 31] },
	zones: { gmt: 'GMT', utc: 'UTC', tu: 'UTC', heure: 'local', heures: 'local', locale: 'local', locales: 'local', hec: 'CET', hae: 'EDT' }
};
