import type { NounSpec, VerbSpec } from './lexicon';

/**
 * French event triggers by kind. Regular -er/-ir verbs are conjugated by
 * lexicon.ts; irregular ones list their forms (`form:tag`, tags in lexicon.ts).
 * Deliberately absent: verbs of thinking or showing (penser, craindre,
 * montrer), which frame other clauses but report no happening.
 */
export const FR_VERBS: VerbSpec[] = [
	// movement
	{ lemma: 'arriver', kind: 'movement' },
	{ lemma: 'quitter', kind: 'movement' },
	{
		lemma: 'partir',
		kind: 'movement',
		forms: 'part:fin partent:fin partait:fin partaient:fin partit:fin parti:pp partie:pp partis:pp parties:pp partira:fut partiront:fut partirait:fut partant:ger partir:inf'
	},
	{
		lemma: 'rendre',
		kind: 'movement',
		reflexive: true,
		forms: 'rend:fin rendent:fin rendait:fin rendaient:fin rendit:fin rendu:pp rendue:pp rendus:pp rendra:fut rendront:fut rendrait:fut rendraient:fut rendant:ger rendre:inf'
	},
	{ lemma: 'franchir', kind: 'movement' },
	{ lemma: 'traverser', kind: 'movement' },
	{
		lemma: 'rejoindre',
		kind: 'movement',
		forms: 'rejoint:pp rejoints:pp rejointe:pp rejoignent:fin rejoignait:fin rejoignaient:fin rejoindra:fut rejoindront:fut rejoignant:ger rejoindre:inf'
	},
	{ lemma: 'voyager', kind: 'movement' },
	{ lemma: 'retourner', kind: 'movement' },
	{
		lemma: 'revenir',
		kind: 'movement',
		forms: 'revient:fin reviennent:fin revenait:fin revenu:pp revenue:pp revenus:pp reviendra:fut reviendront:fut revenir:inf'
	},
	{
		lemma: 'repartir',
		kind: 'movement',
		forms: 'repart:fin repartent:fin repartait:fin repartaient:fin repartit:fin reparti:pp repartie:pp repartis:pp reparties:pp repartira:fut repartiront:fut repartirait:fut repartant:ger repartir:inf'
	},
	{ lemma: 'atterrir', kind: 'movement' },
	{ lemma: 'décoller', kind: 'movement' },
	{ lemma: 'débarquer', kind: 'movement' },
	{ lemma: 'rentrer', kind: 'movement' },
	{ lemma: 'accompagner', kind: 'movement' },
	{ lemma: 'visiter', kind: 'movement' },
	{ lemma: 'évacuer', kind: 'movement' },
	{ lemma: 'envoler', kind: 'movement', reflexive: true },
	{
		lemma: 'fuir',
		kind: 'movement',
		forms: 'fuit:fin fuient:fin fuyait:fin fuyaient:fin fui:pp fuira:fut fuyant:ger fuir:inf'
	},
	// `était attendu à Dacca`: expected to arrive.
	{ lemma: 'attendre', kind: 'movement', forms: 'attendu:pp attendue:pp attendus:pp attendues:pp' },
	{
		lemma: 'faire',
		kind: 'movement',
		tail: ['déplacement'],
		forms: 'fait:pp font:fin faisait:fin faisaient:fin fera:fut feront:fut ferait:fut faire:inf'
	},
	// meeting
	{ lemma: 'rencontrer', kind: 'meeting' },
	{
		lemma: 'recevoir',
		kind: 'meeting',
		forms: 'reçoit:fin reçoivent:fin recevait:fin recevaient:fin reçut:fin reçu:pp reçue:pp reçus:pp recevra:fut recevront:fut recevrait:fut recevant:ger recevoir:inf'
	},
	{
		lemma: 'entretenir',
		kind: 'meeting',
		reflexive: true,
		forms: 'entretient:fin entretiennent:fin entretenait:fin entretenu:pp entretenus:pp entretiendra:fut entretiendront:fut entretenir:inf'
	},
	{
		lemma: 'accueillir',
		kind: 'meeting',
		forms: 'accueille:fin accueillent:fin accueillait:fin accueillaient:fin accueilli:pp accueillie:pp accueillis:pp accueillera:fut accueilleront:fut accueillant:ger accueillir:inf'
	},
	{ lemma: 'réunir', kind: 'meeting' },
	{ lemma: 'retrouver', kind: 'meeting', reflexive: true },
	{ lemma: 'serrer', kind: 'meeting', tail: ['main'] },
	{
		lemma: 'tenir',
		kind: 'meeting',
		forms: 'tient:fin tiennent:fin tenait:fin tenaient:fin tint:fin tenu:pp tenue:pp tenus:pp tiendra:fut tiendront:fut tiendrait:fut tenir:inf'
	},
	{
		lemma: 'ouvrir',
		kind: 'meeting',
		forms: 'ouvre:fin ouvrent:fin ouvrait:fin ouvert:pp ouverte:pp ouverts:pp ouvrira:fut ouvriront:fut ouvrant:ger ouvrir:inf'
	},
	{ lemma: 'achever', kind: 'meeting', reflexive: true },
	{ lemma: 'clôturer', kind: 'meeting' },
	// statement
	{ lemma: 'déclarer', kind: 'statement', saying: true },
	{ lemma: 'affirmer', kind: 'statement', saying: true },
	{ lemma: 'annoncer', kind: 'statement', saying: true },
	{ lemma: 'avertir', kind: 'statement', saying: true },
	{ lemma: 'saluer', kind: 'statement', saying: true },
	{ lemma: 'citer', kind: 'statement', saying: true },
	{ lemma: 'rapporter', kind: 'statement', saying: true },
	{
		lemma: 'dire',
		kind: 'statement',
		saying: true,
		forms: 'dit:pp dits:pp disent:fin disait:fin disaient:fin dira:fut diront:fut dirait:fut disant:ger dire:inf'
	},
	{ lemma: 'indiquer', kind: 'statement', saying: true },
	{ lemma: 'expliquer', kind: 'statement', saying: true },
	{ lemma: 'estimer', kind: 'statement', saying: true },
	{ lemma: 'ajouter', kind: 'statement', saying: true },
	{ lemma: 'confirmer', kind: 'statement', saying: true },
	{
		lemma: 'répondre',
		kind: 'statement',
		saying: true,
		forms: 'répond:fin répondent:fin répondait:fin répondu:pp répondra:fut répondant:ger répondre:inf'
	},
	{ lemma: 'assurer', kind: 'statement', saying: true },
	{ lemma: 'réclamer', kind: 'statement', saying: true },
	{ lemma: 'demander', kind: 'statement', saying: true },
	{ lemma: 'proposer', kind: 'statement', saying: true },
	{ lemma: 'qualifier', kind: 'statement', saying: true },
	{ lemma: 'souligner', kind: 'statement', saying: true },
	{ lemma: 'dénoncer', kind: 'statement', saying: true },
	{ lemma: 'condamner', kind: 'statement', saying: true },
	{
		lemma: 'promettre',
		kind: 'statement',
		saying: true,
		forms: 'promet:fin promettent:fin promettait:fin promis:pp promise:pp promettra:fut promettant:ger promettre:inf'
	},
	{ lemma: 'menacer', kind: 'statement', saying: true },
	{
		lemma: 'prévenir',
		kind: 'statement',
		saying: true,
		forms: 'prévient:fin préviennent:fin prévenait:fin prévenu:pp préviendra:fut prévenir:inf'
	},
	{
		lemma: 'mettre',
		kind: 'statement',
		saying: true,
		tail: ['garde'],
		forms: 'met:fin mettent:fin mettait:fin mettaient:fin mis:pp mise:pp mettra:fut mettant:ger mettre:inf'
	},
	{
		lemma: 'prendre',
		kind: 'statement',
		saying: true,
		tail: ['parole'],
		forms: 'prend:fin prennent:fin prenait:fin prenaient:fin pris:pp prise:pp prendra:fut prendront:fut prenant:ger prendre:inf'
	},
	{ lemma: 'relever', kind: 'statement', saying: true },
	{ lemma: 'préciser', kind: 'statement', saying: true },
	{ lemma: 'nier', kind: 'statement', saying: true },
	{
		lemma: 'démentir',
		kind: 'statement',
		saying: true,
		forms: 'dément:fin démentent:fin démentait:fin démenti:pp démentira:fut démentir:inf'
	},
	{ lemma: 'insister', kind: 'statement', saying: true },
	{ lemma: 'exprimer', kind: 'statement', saying: true },
	{ lemma: 'remercier', kind: 'statement', saying: true },
	{
		lemma: 'reconnaître',
		kind: 'statement',
		saying: true,
		forms: 'reconnaît:fin reconnaissent:fin reconnaissait:fin reconnu:pp reconnue:pp reconnaîtra:fut reconnaître:inf'
	},
	{ lemma: 'accuser', kind: 'statement', saying: true },
	{ lemma: 'critiquer', kind: 'statement', saying: true },
	{ lemma: 'exhorter', kind: 'statement', saying: true },
	{ lemma: 'raconter', kind: 'statement', saying: true },
	{ lemma: 'révéler', kind: 'statement', saying: true },
	{ lemma: 'rappeler', kind: 'statement', saying: true },
	{ lemma: 'plaider', kind: 'statement', saying: true },
	{ lemma: 'signaler', kind: 'statement', saying: true },
	{ lemma: 'appeler', kind: 'statement', saying: true },
	{ lemma: 'évoquer', kind: 'statement', saying: true },
	{ lemma: 'commenter', kind: 'statement', saying: true },
	{ lemma: 'réagir', kind: 'statement', saying: true },
	// attack
	{ lemma: 'tirer', kind: 'attack' },
	{ lemma: 'lancer', kind: 'attack' },
	{ lemma: 'frapper', kind: 'attack' },
	{ lemma: 'foncer', kind: 'attack' },
	{ lemma: 'bombarder', kind: 'attack' },
	{ lemma: 'pilonner', kind: 'attack' },
	{ lemma: 'attaquer', kind: 'attack' },
	{ lemma: 'tuer', kind: 'attack' },
	{ lemma: 'viser', kind: 'attack' },
	{
		lemma: 'abattre',
		kind: 'attack',
		forms: 'abat:fin abattent:fin abattait:fin abattu:pp abattue:pp abattus:pp abattra:fut abattre:inf'
	},
	{ lemma: 'envahir', kind: 'attack' },
	{ lemma: 'blesser', kind: 'attack' },
	{
		lemma: 'détruire',
		kind: 'attack',
		forms: 'détruit:pp détruite:pp détruits:pp détruisent:fin détruisait:fin détruira:fut détruire:inf'
	},
	{ lemma: 'exploser', kind: 'attack' },
	// decision
	{ lemma: 'signer', kind: 'decision' },
	// A court's ruling: `la cour rendra son verdict mardi`.
	{
		lemma: 'rendre',
		kind: 'decision',
		tail: ['verdict|jugement|arrêt|décision'],
		forms: 'rend:fin rendent:fin rendait:fin rendaient:fin rendu:pp rendue:pp rendra:fut rendront:fut rendrait:fut rendre:inf'
	},
	{ lemma: 'adopter', kind: 'decision' },
	{ lemma: 'décréter', kind: 'decision' },
	{ lemma: 'nommer', kind: 'decision' },
	{ lemma: 'élire', kind: 'decision', forms: 'élit:fin élisent:fin élu:pp élue:pp élus:pp élira:fut élire:inf' },
	{ lemma: 'approuver', kind: 'decision' },
	{ lemma: 'voter', kind: 'decision' },
	{ lemma: 'ratifier', kind: 'decision' },
	{ lemma: 'décider', kind: 'decision' },
	{
		lemma: 'conclure',
		kind: 'decision',
		forms: 'conclut:fin concluent:fin concluait:fin conclu:pp conclue:pp conclus:pp conclura:fut conclure:inf'
	},
	{ lemma: 'imposer', kind: 'decision' },
	{ lemma: 'sanctionner', kind: 'decision' },
	{
		lemma: 'remettre',
		kind: 'decision',
		forms: 'remet:fin remettent:fin remettait:fin remis:pp remise:pp remettra:fut remettant:ger remettre:inf'
	},
	{ lemma: 'assumer', kind: 'decision' },
	{
		lemma: 'prendre',
		kind: 'decision',
		tail: ['présidence'],
		forms: 'prend:fin prennent:fin prenait:fin pris:pp prise:pp prendra:fut prendront:fut prenant:ger prendre:inf'
	},
	{ lemma: 'inviter', kind: 'decision' },
	{ lemma: 'accorder', kind: 'decision' },
	{
		lemma: 'interdire',
		kind: 'decision',
		forms: 'interdit:pp interdite:pp interdisent:fin interdisait:fin interdira:fut interdire:inf'
	},
	{ lemma: 'autoriser', kind: 'decision' },
	{ lemma: 'suspendre', kind: 'decision', forms: 'suspend:fin suspendent:fin suspendu:pp suspendue:pp suspendra:fut suspendre:inf' },
	{ lemma: 'entendre', kind: 'decision', reflexive: true, forms: 'entend:fin entendent:fin entendu:pp entendus:pp entendra:fut entendre:inf' },
	// disaster
	{ lemma: 'effondrer', kind: 'disaster', reflexive: true },
	{ lemma: 'écraser', kind: 'disaster' },
	{ lemma: 'dévaster', kind: 'disaster' },
	{ lemma: 'inonder', kind: 'disaster' },
	{ lemma: 'secouer', kind: 'disaster' },
	// founding
	{ lemma: 'fonder', kind: 'founding' },
	{ lemma: 'créer', kind: 'founding' },
	{ lemma: 'établir', kind: 'founding' },
	{ lemma: 'inaugurer', kind: 'founding' },
	{ lemma: 'proclamer', kind: 'founding' },
	{
		lemma: 'mettre',
		kind: 'founding',
		tail: ['service'],
		forms: 'met:fin mettent:fin mettait:fin mis:pp mise:pp mettra:fut mettre:inf'
	},
	// other happenings
	{ lemma: 'terminer', kind: 'other' },
	{ lemma: 'commencer', kind: 'other' },
	{ lemma: 'débuter', kind: 'other' },
	{ lemma: 'célébrer', kind: 'other' },
	{ lemma: 'commémorer', kind: 'other' },
	{ lemma: 'fêter', kind: 'other' },
	{ lemma: 'durer', kind: 'other' },
	{ lemma: 'échouer', kind: 'other' },
	{ lemma: 'servir', kind: 'other', forms: 'sert:fin servent:fin servait:fin servi:pp servira:fut servir:inf' },
	{
		lemma: 'avoir',
		kind: 'other',
		tail: ['lieu'],
		forms: 'a:fin ont:fin avait:fin avaient:fin aura:fut auront:fut aurait:fut auraient:fut eu:pp avoir:inf'
	},
	{
		lemma: 'parvenir',
		kind: 'other',
		forms: 'parvient:fin parviennent:fin parvenait:fin parvenu:pp parvenus:pp parvenue:pp parviendra:fut parvenir:inf'
	},
	{
		lemma: 'recueillir',
		kind: 'other',
		reflexive: true,
		forms: 'recueille:fin recueillent:fin recueillait:fin recueilli:pp recueillis:pp recueillera:fut recueillir:inf'
	},
	{ lemma: 'vendre', kind: 'transaction', forms: 'vend:fin vendent:fin vendait:fin vendu:pp vendus:pp vendra:fut vendre:inf' },
	{ lemma: 'livrer', kind: 'transaction' },
	{ lemma: 'fournir', kind: 'transaction' },
	{ lemma: 'acheter', kind: 'transaction' },
	{ lemma: 'envoyer', kind: 'transaction', forms: 'envoie:fin envoient:fin envoyait:fin envoyé:pp envoyés:pp enverra:fut enverront:fut envoyer:inf' },
	{ lemma: 'dérouler', kind: 'other' },
	{ lemma: 'assister', kind: 'other' },
	{ lemma: 'prolonger', kind: 'other' },
	{ lemma: 'éclater', kind: 'other' },
	{ lemma: 'survenir', kind: 'disaster', forms: 'survient:fin surviennent:fin survenait:fin survenu:pp survenue:pp survenus:pp survenir:inf' },
	{ lemma: 'périr', kind: 'disaster' },
	{ lemma: 'libérer', kind: 'other' },
	{ lemma: 'arrêter', kind: 'other' },
	{ lemma: 'démissionner', kind: 'other' },
	{ lemma: 'normaliser', kind: 'decision' },
	{ lemma: 'ordonner', kind: 'decision' },
	{ lemma: 'installer', kind: 'founding', reflexive: true },
	{ lemma: 'rassembler', kind: 'meeting' },
	{ lemma: 'expirer', kind: 'other' },
	{
		lemma: 'prendre',
		kind: 'attack',
		tail: ['pouvoir'],
		forms: 'prend:fin prennent:fin prenait:fin prenaient:fin pris:pp prise:pp prendra:fut prendront:fut prenant:ger prendre:inf'
	},
	{ lemma: 'renverser', kind: 'attack' },
	{ lemma: 'emporter', kind: 'disaster' },
	{ lemma: 'céder', kind: 'disaster' },
	{ lemma: 'rétablir', kind: 'decision' },
	{ lemma: 'remporter', kind: 'decision' },
	{ lemma: 'organiser', kind: 'other' },
	{ lemma: 'manifester', kind: 'other' },
	{ lemma: 'décéder', kind: 'disaster' },
	{ lemma: 'incendier', kind: 'attack' },
	{ lemma: 'rejeter', kind: 'decision' },
	{ lemma: 'refuser', kind: 'decision' },
	{ lemma: 'annuler', kind: 'decision' },
	{ lemma: 'prononcer', kind: 'statement', saying: true },
	{ lemma: 'lever', kind: 'meeting', tail: ['séance'] }
];

export const FR_NOUNS: NounSpec[] = [
	{ lemma: 'visite', kind: 'movement' },
	{ lemma: 'départ', kind: 'movement' },
	{ lemma: 'arrivée', kind: 'movement' },
	{ lemma: 'voyage', kind: 'movement' },
	{ lemma: 'déplacement', kind: 'movement' },
	{ lemma: 'retour', kind: 'movement' },
	{ lemma: 'tournée', kind: 'movement' },
	{ lemma: 'évacuation', kind: 'movement' },
	{ lemma: 'sommet', kind: 'meeting' },
	{ lemma: 'rencontre', kind: 'meeting' },
	{ lemma: 'réunion', kind: 'meeting' },
	{ lemma: 'entretien', kind: 'meeting' },
	{ lemma: 'pourparlers', kind: 'meeting' },
	{ lemma: 'discussions', kind: 'meeting', forms: ['discussions'] },
	{ lemma: 'négociations', kind: 'meeting', forms: ['négociations'] },
	{ lemma: 'conférence', kind: 'meeting' },
	{ lemma: 'visioconférence', kind: 'meeting' },
	{ lemma: 'cérémonie', kind: 'meeting' },
	{ lemma: 'poignée', kind: 'meeting', tail: ['main'] },
	{ lemma: 'déclaration', kind: 'statement' },
	{ lemma: 'annonce', kind: 'statement' },
	{ lemma: 'discours', kind: 'statement' },
	{ lemma: 'communiqué', kind: 'statement' },
	{ lemma: 'avertissement', kind: 'statement' },
	{ lemma: 'tir', kind: 'attack' },
	{ lemma: 'frappe', kind: 'attack' },
	{ lemma: 'attaque', kind: 'attack' },
	{ lemma: 'bombardement', kind: 'attack' },
	{ lemma: 'invasion', kind: 'attack' },
	{ lemma: 'offensive', kind: 'attack' },
	{ lemma: 'explosion', kind: 'attack' },
	{ lemma: 'attentat', kind: 'attack' },
	{ lemma: 'assaut', kind: 'attack' },
	{ lemma: 'signature', kind: 'decision' },
	{ lemma: 'adoption', kind: 'decision' },
	{ lemma: 'décret', kind: 'decision' },
	{ lemma: 'élection', kind: 'decision' },
	{ lemma: 'scrutin', kind: 'decision' },
	{ lemma: 'référendum', kind: 'decision' },
	{ lemma: 'nomination', kind: 'decision' },
	{ lemma: 'mandat', kind: 'decision', tail: ['arrêt'] },
	{ lemma: 'adhésion', kind: 'decision' },
	{ lemma: 'élargissement', kind: 'decision' },
	{ lemma: 'passation', kind: 'decision' },
	{ lemma: 'séisme', kind: 'disaster' },
	{ lemma: 'tremblement', kind: 'disaster', tail: ['terre'] },
	{ lemma: 'secousse', kind: 'disaster' },
	{ lemma: 'inondation', kind: 'disaster' },
	{ lemma: 'tempête', kind: 'disaster' },
	{ lemma: 'incendie', kind: 'disaster' },
	{ lemma: 'ouragan', kind: 'disaster' },
	{ lemma: 'cyclone', kind: 'disaster' },
	{ lemma: 'typhon', kind: 'disaster' },
	{ lemma: 'éruption', kind: 'disaster' },
	{ lemma: 'effondrement', kind: 'disaster' },
	{ lemma: 'naufrage', kind: 'disaster' },
	{ lemma: 'fondation', kind: 'founding' },
	{ lemma: 'création', kind: 'founding' },
	{ lemma: 'proclamation', kind: 'founding' },
	{ lemma: 'inauguration', kind: 'founding' },
	{ lemma: 'lancement', kind: 'other' },
	{ lemma: 'célébration', kind: 'other' },
	{ lemma: 'manifestation', kind: 'other' },
	{ lemma: 'grève', kind: 'other' },
	{ lemma: 'procès', kind: 'other', forms: ['procès'] },
	{ lemma: 'démission', kind: 'other' },
	{ lemma: 'funérailles', kind: 'other', forms: ['funérailles'] },
	{ lemma: 'chute', kind: 'other', tail: ["de|du|des|d'"] },
	{ lemma: 'mort', kind: 'disaster', tail: ["de|du|des|d'"] },
	{ lemma: 'décès', kind: 'other', forms: ['décès'] },
	{ lemma: 'assassinat', kind: 'attack' },
	{ lemma: 'coup', kind: 'attack', tail: ['état'] },
	{ lemma: 'révolution', kind: 'other' },
	{ lemma: 'soulèvement', kind: 'other' },
	{ lemma: 'indépendance', kind: 'founding', forms: ['indépendance'] },
	{ lemma: 'guerre', kind: 'attack' },
	{ lemma: 'accident', kind: 'disaster' },
	{ lemma: 'massacre', kind: 'attack' },
	{ lemma: 'catastrophe', kind: 'disaster' },
	{ lemma: 'obsèques', kind: 'other', forms: ['obsèques'] }
];

/** Disasters themselves (not their consequences): their date anchors the consequences. */
export const FR_DISASTER_HEADS = new Set(['séisme', 'séismes', 'tremblement', 'tempête', 'ouragan', 'cyclone', 'typhon', 'éruption', 'inondation', 'inondations']);
