/**
 * Words that decide whether a capitalised name is a place: function words
 * and common nouns that are also village names, titles before person names,
 * heads of organisation names, cue words before places, and verbs that make
 * a city or country a metonym. All entries are folded (see normalize.ts).
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Capitalised at a sentence start or in titles, and also a hamlet somewhere. */
export const COMMON_WORDS = words(`
le la les l un une des de du d au aux a à en et ou ni mais donc or car si ce cet cette ces
son sa ses leur leurs mon ma mes ton ta notre votre il elle ils elles on nous vous je y
par sur sous dans entre vers chez contre sans avec selon pour depuis lors avant apres pendant
plus moins tres tout tous toute toutes comme alors ainsi aussi deja encore enfin puis bien fin
non oui mi premier premiere dernier derniere nouveau nouvelle grand grande petit petite
nord sud est ouest mer ville sol paix union saint sainte monte port fort lac mont ile iles
cela ceci celui celle quand qui que quoi dont ou pourquoi comment mme mlle mm
deux trois quatre cinq six sept huit neuf dix cent mille
lundi mardi mercredi jeudi vendredi samedi dimanche
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
the a an of in on at to by for from with as is it he she they we but and or not no yes
this that these those his her their its our your my me us them who what which whose
most more many some any all both each other such only also just even still then now here
there where when while after before since until during over under about across along among
around near far further between within without against upon into onto off out up down
mercy hope unity liberty independence victory progress police army justice beauty fortune
president prime minister general central north south east west northern southern eastern
western upper lower great little big old new st mount lake river bay cape island city town
village province region state county district sea ocean valley
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
kim lee park jong un xi li ali omar david marie jean pierre paul louis charles joseph michel
george john james mary elizabeth victoria florence jackson lincoln franklin
hamas hezbollah taliban otan nato onu google meta apple amazon toyota tesla boeing airbus
russe russes americain americains chinois francais allemand allemands anglais europeen europeens
occidental occidentaux ukrainien ukrainiens israelien israeliens palestinien palestiniens syrien
syriens turc turcs iranien iraniens coreen coreens japonais indien indiens africain africains
arabe arabes kurde kurdes juif juifs musulman musulmans chretien chretiens
russian russians american americans chinese french german germans british english european europeans
western westerners ukrainian ukrainians israeli israelis palestinian palestinians syrian syrians
turkish turks iranian iranians korean koreans japanese indian indians african africans arab arabs
kurdish kurds jewish muslim muslims christian christians soviet allied sunni shiite
`);

/** Titles before a person's name: the next capitalised words are a person. */
export const TITLES = words(`
m mme mlle mr mrs ms dr pr president presidente ministre minister general generale roi reine king
queen prince princesse princess pape pope sheikh cheikh emir sir lord dame senateur senator
depute colonel capitaine captain juge judge maitre pere father frere brother soeur sister
chancelier chancellor premier secretaire secretary ambassadeur ambassador porte parole
spokesman spokeswoman spokesperson dirigeant leader patron chef gouverneur governor maire mayor
`);

/** Heads of organisation names: `Université de Washington`, `Bank of Japan`. */
export const ORG_HEADS = words(`
universite university universitat institut institute college ecole school lycee banque bank
agence agency musee museum hopital hospital club fondation foundation academie academy tribunal
court cour conseil council ministere ministry department departement bureau office journal
gazette radio television opera orchestre orchestra compagnie company corporation groupe group
flotte fleet
eglise church cathedrale stade stadium forum observatoire observatory centre center
`);

/** Capitalised words after a place that make the whole an organisation
 * (`Washington Post`, `Seoul National University`). */
export const ORG_TAILS = words(`
post times herald tribune journal daily news telegraph university universite college institute
airlines airways air fc united city national bank council fleet
`);

/** Street heads: `rue d'Aubagne`, `quai d'Orsay`, `boulevard de Sébastopol`
 * name a street, not the town the street is named after. */
export const STREET_HEADS = words(`
rue ruelle avenue boulevard bd allee impasse quai
`);

/** Capitalised street words after a name: `Moscow Road`, `Baker Street`. */
export const STREET_TAILS = words(`
street road avenue boulevard lane drive
`);

/** Common nouns that, hyphenated before a place, name a company or a
 * broadcaster after it: `Hydro-Québec`, `Radio-Canada`, `Loto-Québec`. */
export const HYPHEN_ORG_PREFIXES = words(`
hydro radio tele meteo loto aero euro energie info cine
`);

/** Names that contain a place but are not one. Compared as name keys. */
export const NOT_PLACES = [
	'Agence France-Presse',
	'France-Presse',
	'France Presse',
	'Maison Blanche',
	'Maison-Blanche',
	'White House',
	'Union africaine',
	'Union européenne',
	'African Union',
	'European Union',
	'Nations unies',
	'United Nations',
	'Banque mondiale',
	'World Bank',
	'Wall Street',
	'Radio France',
	'France Télévisions',
	'France Inter',
	'France Info',
	'France Culture',
	'Air France',
	'Ouest-France',
	'Météo-France',
	// Parties named after their country or province.
	'Québec solidaire',
	'France insoumise',
	'Sud-Ouest',
	'Nord-Pas-de-Calais',
	'Tour de France',
	'Coupe de France',
	'Stade de France',
	'Banque de France',
	'Bank of England',
	'Bank of Japan',
	'Bank of America',
	'Paris Saint-Germain',
	'Paris Match',
	'Jeune Afrique',
	'Radio Free Asia',
	'Radio Free Europe',
	'Voice of America',
	// Cédéao/ECOWAS: the region in its name is the organisation's.
	"Communauté économique des États de l'Afrique de l'Ouest",
	"Communauté économique des Etats d'Afrique de l'Ouest",
	// A strategic notion, not a place the map could show.
	'Indo-Pacifique',
	'Indo-Pacific',
	'Conseil de l’Europe',
	'Council of Europe',
	'Middle East Eye',
	'Al Jazeera',
	'Korean Air',
	'Turkish Airlines',
	'Sud Ouest',
	'Europe 1',
	'France 24',
	'France 2',
	'France 3',
	'New York Times',
	'Washington Post',
	'Japan Times',
	'Korea Times',
	'Korea Herald',
	'China Daily',
	'Moscow Times',
	'Jerusalem Post',
	'Times of India',
	'Hindustan Times',
	'Asia Times',
	'Agence de presse',
	'Forces armées',
	'Mahatma Gandhi'
];

/** Articles before a name (`the Amazon`, `l'Amazone`): a curated name that is also a word or a
 * company's (`Amazon said`) is the place only after one of these or a cue. */
export const DETERMINERS = words(`the le la l les du des au aux`);

/** Words before a place that make it a place (`à`, `in`, `near the town of`, `off the Donegal coast`). */
export const LOCATIVE_CUES = words(`
a au aux en dans vers depuis chez via entre jusqu
in at near to from into through toward towards outside inside across via off
`);

/** Bearings before `of X` / `de X` (`south of X`, `au nord-est de X`), in both languages. */
export const COMPASS_POINTS = words(`
north south east west northeast northwest southeast southwest north-east north-west south-east south-west
nord sud est ouest nord-est nord-ouest sud-est sud-ouest
`);

/** Words before `de X` / `of X` that place X (`près de`, `au nord de`, `south of`); plain `de`
 * is too common to count (`séisme d'Al-Haouz`). */
export const LOCATIVE_BEFORE_DE = new Set([
	...words(`
pres proche loin centre banlieue environs peripherie sortie entree large
portes abords region outskirts
`),
	...COMPASS_POINTS
]);

/** Nouns before `de X` / `of X` that say X is a place (`ville de`, `town of`, `the hamlet of`, `un bois
 * de`). A hospital written in lower case is the town's (`un hôpital de Verviers`); `Hôpital de X`, an
 * institution's name, stays an organisation's (ORG_HEADS, recognize.ts). */
export const PLACE_NOUNS = words(`
ville village bourg localite commune region province prefecture oblast krai kraï etat district
secteur capitale port gare aeroport frontiere peninsule ile archipel departement canton comte
town city village region province state district capital port border peninsula island county
outskirts suburbs area
hamlet suburb hameau faubourg bois foret hopital hospital
`);

/** Nouns after a name that make it a region: `Kahramanmaraş province`. */
export const REGION_TAILS = words(`province region governorate oblast state prefecture district county krai`);
/** Nouns before `de X` that make X a region: `région de l'Amour`. */
export const REGION_HEADS = words(`region province prefecture oblast krai kraï etat gouvernorat departement`);

/** Verbs whose subject, a city or a country, is its government. Matched as
 * prefixes of the folded word after the name (any tense). */
export const METONYM_VERBS = [
	// fr
	'souhait', 'veut', 'veul', 'voul', 'declar', 'annonc', 'accus', 'dement', 'nie', 'nient', 'niai', 'affirm',
	'estim', 'condamn', 'menac', 'exig', 'refus', 'rejet', 'craign', 'crain', 'soupconn', 'met', 'mett',
	'avert', 'salu', 'denonc', 'critiqu', 'dit', 'reclam', 'appel', 'demand', 'repond', 'consider', 'juge', 'promet', 'promis',
	'soutien', 'soutenu', 'decid', 'envisag', 'prevoi', 'negoci', 'sign', 'cherch', 'tent', 'esper',
	'insist', 'dispos', 'fourni', 'livr', 'envoi', 'envoy', 'propos', 'recherch', 'assur', 'previen',
	'reagi', 'protest', 'sanction', 'expuls', 'convoqu', 'reconn', 'approuv', 'redout', 'pren', 'pris',
	'tire', 'tira', 'lanc', 'reproch', 'dit', 'dis', 'indiqu', 'confirm', 'mise', 'mis',
	// en
	'said', 'say', 'warn', 'want', 'announc', 'deni', 'deny', 'accus', 'urg', 'call', 'demand',
	'threat', 'decid', 'agre', 'reject', 'insist', 'claim', 'flew', 'sent', 'send', 'plan', 'seek', 'sought', 'hope', 'fear', 'condemn', 'vow', 'pledg', 'offer',
	'respond', 'react', 'protest', 'quit', 'withdr', 'pull', 'halt', 'suspend', 'refus', 'retali', 'strik', 'struck', 'pound', 'attack', 'sanction', 'expel', 'summon', 'recogni', 'approv', 'launch',
	'fire', 'test', 'support', 'back', 'oppos', 'propos', 'told', 'tell', 'believ', 'view', 'consider'
];

/** Words allowed between a metonym and its verb. */
export const METONYM_SKIP = words(`ne n se s lui leur y en aussi deja a ont avait avaient aurait auraient
va vont doit doivent pourrait ensuite toutefois pourtant meme bien notamment egalement has had have
also already will would could should may might not still then`);

/**
 * Towns named like a common word of English or French (`Nice weather`,
 * `Reading the law`, `Mobile phones`, `les tours`): read as the town only
 * with evidence — a cue of place (`in Bath`, `à Tours`), a list of places
 * (`Nice, Cannes et Antibes`), an apposition (`Mobile, Alabama`) or a
 * neighbour named in the same sentence. At a sentence start, where every
 * word is capitalised, only a list or an apposition will do.
 */
export const COMMON_WORD_TOWNS = words(`
mobile reading bath split sale nice orange tours lens of hope battle march bury deal wells hull
rugby worms bend buffalo phoenix marine independence liberty commerce energy opportunity
surprise paradise eureka trophy normal hurricane fairplay grasse sens digne vire dole gap bar
`);
