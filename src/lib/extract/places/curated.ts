/**
 * What no package gives us: French and English names of regions, seas and
 * named sites, the press's spellings of foreign cities, country aliases and
 * a few language-specific readings. Data only; the gazetteer builder
 * (data/build-gazetteer.ts) merges it with GeoNames and Intl.DisplayNames.
 *
 * A point is either explicit `[lat, lon]` or `at: [name, ISO2]`, the
 * coordinates of that GeoNames place looked up at build time, which is how
 * regions get their capital as representative point (the annotation rule).
 *
 * Names may carry a language prefix (`fr:`/`en:`) when they are a place only
 * in that language, and `=` when they must match with exactly this case
 * (`=US`: the English acronym, not the word "us").
 */
import type { PlaceKind } from '$lib/model';

export interface CuratedPlace {
	/** Slug, becomes `curated:<slug>`. */
	id: string;
	kind: PlaceKind;
	/** Preferred names: English first, then French when it differs. */
	en: string;
	fr?: string;
	/** Other names, both languages unless prefixed. */
	names?: string[];
	country: string | null;
	point?: [number, number];
	at?: [string, string];
	/** Extra acceptable points (centroid, second city). */
	alts?: [number, number][];
}

/** Extra names for places GeoNames already has, found by name and country. */
export interface CuratedAlias {
	of: [string, string];
	names: string[];
	/** Override the preferred names. */
	en?: string;
	fr?: string;
}

/** Extra names for countries (ISO2), both languages unless prefixed. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
	US: ['=US', '=U.S.', '=USA', '=U.S.A.', 'United States of America', 'Etats-Unis', "Etats-Unis d'Amérique", 'en:America'],
	GB: ['=UK', '=U.K.', 'Britain', 'Great Britain', 'Grande-Bretagne', 'Royaume Uni'],
	RU: ['Fédération de Russie', 'Russian Federation'],
	KP: ['Corée du Nord', 'North Korea', 'DPRK', '=RPDC', 'République populaire démocratique de Corée', "Democratic People's Republic of Korea"],
	KR: ['Corée du Sud', 'South Korea', 'République de Corée', 'Republic of Korea'],
	CN: ['République populaire de Chine', "People's Republic of China", 'Chine continentale', 'Mainland China'],
	TR: ['Türkiye', 'Turkiye', 'Turkey', 'Turquie'],
	SY: ['Syrie'],
	VN: ['Vietnam', 'Viet Nam'],
	MM: ['Burma', 'Birmanie', 'Myanmar'],
	CZ: ['République tchèque', 'Czech Republic', 'Czechia'],
	CD: ['=RDC', '=DRC', 'Congo', 'RD Congo', 'République démocratique du Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
	CG: ['Congo-Brazzaville', 'République du Congo', 'Republic of the Congo'],
	CI: ['Ivory Coast'],
	NL: ['Hollande', 'Holland'],
	BY: ['Biélorussie', 'Bélarus', 'Belarus'],
	MK: ['Macédoine', 'Macedonia'],
	AE: ['Emirats arabes unis', '=EAU', '=UAE', 'Emirates', 'Émirats'],
	SA: ['Arabie Saoudite'],
	PS: ['Palestine', 'Territoires palestiniens', 'Palestinian territories', 'État de Palestine', 'State of Palestine'],
	SZ: ['Swaziland'],
	TL: ['East Timor', 'Timor oriental'],
	VA: ['Vatican', 'Saint-Siège', 'Holy See', 'Cité du Vatican', 'Vatican City'],
	CV: ['Cap-Vert', 'Cape Verde'],
	BA: ['Bosnie', 'Bosnia'],
	KN: ['Saint-Kitts-et-Nevis', 'Saint Kitts and Nevis'],
	TT: ['Trinidad and Tobago', 'Trinité-et-Tobago'],
	AG: ['Antigua and Barbuda'],
	ST: ['São Tomé and Príncipe'],
	MD: ['Moldova', 'Moldavie'],
	LA: ['Laos'],
	IR: ['Iran'],
	TW: ['Taiwan', 'Taïwan', 'Formose']
};

/** Capitals where GeoNames has none (or not the one the press means). */
export const CAPITALS: Record<string, [string, string]> = {
	IL: ['Jerusalem', 'IL'],
	PS: ['Ramallah', 'PS'],
	EH: ['Laayoune', 'EH'],
	CI: ['Abidjan', 'CI'],
	BO: ['La Paz', 'BO'],
	ZA: ['Pretoria', 'ZA'],
	NL: ['Amsterdam', 'NL'],
	MM: ['Nay Pyi Taw', 'MM']
};

/** Names the press uses that GeoNames lacks or ranks low. */
export const ALIASES: CuratedAlias[] = [
	{ of: ['Kyiv', 'UA'], names: ['Kiev', 'Kyiv', 'Kiyv'], fr: 'Kiev' },
	{ of: ['Beijing', 'CN'], names: ['Pékin', 'Peking'], fr: 'Pékin' },
	{ of: ['Seoul', 'KR'], names: ['Séoul'], fr: 'Séoul' },
	{ of: ['Moscow', 'RU'], names: ['Moscou'], fr: 'Moscou' },
	{ of: ['Khasan', 'RU'], names: ['Khassan'], fr: 'Khassan' },
	{ of: ['Komsomolsk-on-Amur', 'RU'], names: ["Komsomolsk-sur-l'Amour", 'Komsomolsk'], fr: "Komsomolsk-sur-l'Amour" },
	{ of: ['Rostov-na-Donu', 'RU'], names: ['Rostov-sur-le-Don', 'Rostov'], fr: 'Rostov-sur-le-Don' },
	{ of: ['Saint Petersburg', 'RU'], names: ['Saint-Pétersbourg', 'St Petersburg', 'St. Petersburg', 'Petersburg'], fr: 'Saint-Pétersbourg' },
	{ of: ['Nizhniy Novgorod', 'RU'], names: ['Nijni Novgorod', 'Nizhny Novgorod'] },
	{ of: ['Yekaterinburg', 'RU'], names: ['Iekaterinbourg', 'Ekaterinburg'] },
	{ of: ['Chelyabinsk', 'RU'], names: ['Tcheliabinsk'] },
	{ of: ['Belgorod', 'RU'], names: ['Bielgorod'] },
	{ of: ['Groznyy', 'RU'], names: ['Grozny', 'Groznyï'] },
	{ of: ['Zaporizhzhya', 'UA'], names: ['Zaporijia', 'Zaporijjia', 'Zaporizhzhia', 'Zaporozhye'] },
	{ of: ['Kharkiv', 'UA'], names: ['Kharkov', 'Kharkiv'] },
	{ of: ['Odesa', 'UA'], names: ['Odessa'], fr: 'Odessa' },
	{ of: ['Luhansk', 'UA'], names: ['Louhansk', 'Lougansk', 'Lugansk'] },
	{ of: ['Mariupol', 'UA'], names: ['Marioupol'] },
	{ of: ['Bakhmut', 'UA'], names: ['Bakhmout', 'Artemivsk'] },
	{ of: ['Sevastopol', 'UA'], names: ['Sébastopol'] },
	{ of: ['Mykolaiv', 'UA'], names: ['Mykolaïv', 'Nikolaïev', 'Nikolaev'] },
	{ of: ['Lviv', 'UA'], names: ['Lvov', 'Lwów', 'Lemberg'] },
	{ of: ['Chernihiv', 'UA'], names: ['Tchernihiv', 'Chernigov'] },
	{ of: ['Sumy', 'UA'], names: ['Soumy'] },
	{ of: ['Dnipro', 'UA'], names: ['Dnipropetrovsk', 'Dniepr'] },
	{ of: ['Kherson', 'UA'], names: ['Kherson'] },
	{ of: ['Avdiivka', 'UA'], names: ['Avdiïvka', 'Avdeïevka'] },
	{ of: ['Dhaka', 'BD'], names: ['Dacca', 'Dhaka'], fr: 'Dacca' },
	{ of: ['Hanoi', 'VN'], names: ['Hanoï'], fr: 'Hanoï' },
	{ of: ['New Delhi', 'IN'], names: ['New Delhi', 'Nouvelle-Delhi', 'New-Delhi'] },
	{ of: ['Mumbai', 'IN'], names: ['Bombay'] },
	{ of: ['Kolkata', 'IN'], names: ['Calcutta'] },
	{ of: ['Chennai', 'IN'], names: ['Madras'] },
	{ of: ['Riyadh', 'SA'], names: ['Riyad', 'Ryad'] },
	{ of: ['Abu Dhabi', 'AE'], names: ['Abou Dhabi', 'Abu Dhabi'] },
	{ of: ['Jeddah', 'SA'], names: ['Djeddah', 'Jidda'] },
	{ of: ['Kuwait City', 'KW'], names: ['Koweït City', 'Koweït-City'] },
	{ of: ['Mexico City', 'MX'], names: ['fr:Mexico', 'Ciudad de México'], fr: 'Mexico' },
	{ of: ['Washington', 'US'], names: ['Washington D.C.', 'Washington, D.C.', 'Washington DC'], en: 'Washington, D.C.', fr: 'Washington' },
	{ of: ['New York City', 'US'], names: ['New York', 'NYC', 'New York City'] },
	{ of: ['New Orleans', 'US'], names: ['La Nouvelle-Orléans', 'Nouvelle-Orléans'] },
	{ of: ['The Hague', 'NL'], names: ['La Haye'] },
	{ of: ['Antwerpen', 'BE'], names: ['Anvers', 'Antwerp'] },
	{ of: ['Gaza', 'PS'], names: ['Gaza City', 'ville de Gaza', 'Gaza-ville'] },
	{ of: ['Rafah', 'PS'], names: ['Rafah'] },
	{ of: ['Kabul', 'AF'], names: ['Kaboul'] },
	{ of: ['Tashkent', 'UZ'], names: ['Tachkent'] },
	{ of: ['Ashgabat', 'TM'], names: ['Achgabat', 'Achkhabad'] },
	{ of: ['Bishkek', 'KG'], names: ['Bichkek'] },
	{ of: ['Dushanbe', 'TJ'], names: ['Douchanbé'] },
	{ of: ['Astana', 'KZ'], names: ['Astana', 'Nour-Soultan', 'Nur-Sultan'] },
	{ of: ['Almaty', 'KZ'], names: ['Alma-Ata'] },
	{ of: ['Ulan Bator', 'MN'], names: ['Oulan-Bator', 'Ulan Bator'] },
	{ of: ['Yangon', 'MM'], names: ['Rangoun', 'Rangoon'] },
	{ of: ['Ho Chi Minh City', 'VN'], names: ['Hô Chi Minh-Ville', 'Saïgon', 'Saigon'] },
	{ of: ['Guangzhou', 'CN'], names: ['Canton'] },
	{ of: ['Nanjing', 'CN'], names: ['Nankin'] },
	{ of: ['Chongqing', 'CN'], names: ['Tchongqing'] },
	{ of: ['Sanaa', 'YE'], names: ['Sanaa', 'Sana’a'] },
	{ of: ['Khartoum', 'SD'], names: ['Khartoum'] },
	{ of: ['Tripoli', 'LY'], names: ['Tripoli'] },
	{ of: ['Benghazi', 'LY'], names: ['Benghazi', 'Benghazi'] },
	{ of: ['Darnah', 'LY'], names: ['Derna'] },
	{ of: ['Mecca', 'SA'], names: ['La Mecque'] },
	{ of: ['Aleppo', 'SY'], names: ['Alep'] },
	{ of: ['Homs', 'SY'], names: ['Homs'] },
	{ of: ['Antakya', 'TR'], names: ['Antioche', 'Antioch'] },
	{ of: ['Istanbul', 'TR'], names: ['Istanbul', 'Constantinople'] },
	{ of: ['Izmir', 'TR'], names: ['Smyrne'] },
	{ of: ['Cape Town', 'ZA'], names: ['Le Cap'] },
	{ of: ['Algiers', 'DZ'], names: ['Alger'] },
	{ of: ['Lisbon', 'PT'], names: ['Lisbonne'] },
	{ of: ['Köln', 'DE'], names: ['Cologne'] },
	{ of: ['Frankfurt am Main', 'DE'], names: ['Francfort', 'Frankfurt'] },
	{ of: ['Saint-Denis', 'RE'], names: [] }
];

/** Regions, seas, areas and named sites. */
export const PLACES: CuratedPlace[] = [
	// Russia and its neighbourhood
	{ id: 'primorye', kind: 'region', en: 'Primorsky Krai', fr: 'Primorié', names: ['Primorye', 'kraï du Primorié', 'kraï de Primorié', 'Primorsky', 'Primorski', 'région du Primorié', 'territoire du Primorié'], country: 'RU', at: ['Vladivostok', 'RU'], alts: [[45.05, 135]] },
	{ id: 'extreme-orient-russe', kind: 'region', en: 'Russian Far East', fr: 'Extrême-Orient russe', names: ['Far East of Russia', 'Extrême-Orient de la Russie'], country: 'RU', at: ['Vladivostok', 'RU'], alts: [[48.48, 135.07], [62, 145]] },
	{ id: 'amur-oblast', kind: 'region', en: 'Amur Oblast', fr: "région de l'Amour", names: ["oblast de l'Amour", "Amur region", 'Amur Oblast'], country: 'RU', at: ['Blagoveshchensk', 'RU'] },
	{ id: 'khabarovsk-krai', kind: 'region', en: 'Khabarovsk Krai', fr: 'kraï de Khabarovsk', names: ['région de Khabarovsk'], country: 'RU', at: ['Khabarovsk', 'RU'] },
	{ id: 'siberia', kind: 'region', en: 'Siberia', fr: 'Sibérie', country: 'RU', point: [60, 100], alts: [[55.03, 82.92]] },
	{ id: 'urals', kind: 'region', en: 'Urals', fr: 'Oural', names: ['Ural'], country: 'RU', point: [56.84, 60.6] },
	{ id: 'crimea', kind: 'region', en: 'Crimea', fr: 'Crimée', names: ['péninsule de Crimée', 'Crimean Peninsula'], country: 'UA', at: ['Simferopol', 'UA'], alts: [[45.3, 34.4]] },
	{ id: 'donbas', kind: 'region', en: 'Donbas', fr: 'Donbass', names: ['Donbas', 'Donbass'], country: 'UA', point: [48.0, 37.8] },
	{ id: 'chechnya', kind: 'region', en: 'Chechnya', fr: 'Tchétchénie', country: 'RU', at: ['Groznyy', 'RU'] },
	{ id: 'dagestan', kind: 'region', en: 'Dagestan', fr: 'Daghestan', names: ['Dagestan'], country: 'RU', at: ['Makhachkala', 'RU'] },
	{ id: 'kamchatka', kind: 'region', en: 'Kamchatka', fr: 'Kamtchatka', country: 'RU', point: [53.02, 158.65] },
	{ id: 'sakhalin', kind: 'region', en: 'Sakhalin', fr: 'Sakhaline', country: 'RU', point: [46.96, 142.73] },
	{ id: 'kuril-islands', kind: 'region', en: 'Kuril Islands', fr: 'îles Kouriles', names: ['Kouriles', 'Kurils'], country: 'RU', point: [45.5, 149] },
	{ id: 'yakutia', kind: 'region', en: 'Yakutia', fr: 'Iakoutie', names: ['Sakha'], country: 'RU', point: [62.03, 129.73] },
	{ id: 'tatarstan', kind: 'region', en: 'Tatarstan', fr: 'Tatarstan', country: 'RU', point: [55.79, 49.12] },
	{ id: 'karelia', kind: 'region', en: 'Karelia', fr: 'Carélie', country: 'RU', point: [61.79, 34.35] },
	{ id: 'transnistria', kind: 'region', en: 'Transnistria', fr: 'Transnistrie', country: 'MD', point: [46.84, 29.63] },
	{ id: 'abkhazia', kind: 'region', en: 'Abkhazia', fr: 'Abkhazie', country: 'GE', point: [43.0, 41.02] },
	{ id: 'south-ossetia', kind: 'region', en: 'South Ossetia', fr: 'Ossétie du Sud', country: 'GE', point: [42.22, 43.97] },
	{ id: 'nagorno-karabakh', kind: 'region', en: 'Nagorno-Karabakh', fr: 'Haut-Karabakh', names: ['Karabakh', 'Nagorny Karabakh'], country: 'AZ', point: [39.82, 46.75] },
	{ id: 'caucasus', kind: 'region', en: 'Caucasus', fr: 'Caucase', country: null, point: [42.5, 44.5] },
	{ id: 'kaliningrad-oblast', kind: 'region', en: 'Kaliningrad Oblast', fr: 'enclave de Kaliningrad', country: 'RU', at: ['Kaliningrad', 'RU'] },
	// Ukraine's oblasts the war news names as regions
	{ id: 'donetsk-oblast', kind: 'region', en: 'Donetsk Oblast', fr: 'région de Donetsk', names: ['oblast de Donetsk', 'Donetsk region'], country: 'UA', at: ['Donetsk', 'UA'] },
	{ id: 'luhansk-oblast', kind: 'region', en: 'Luhansk Oblast', fr: 'région de Louhansk', names: ['oblast de Louhansk', 'Luhansk region', 'région de Lougansk'], country: 'UA', at: ['Luhansk', 'UA'] },
	{ id: 'zaporizhzhia-plant', kind: 'site', en: 'Zaporizhzhia Nuclear Power Plant', fr: 'centrale de Zaporijia', names: ['centrale nucléaire de Zaporijia', 'Zaporizhzhia nuclear plant', 'Zaporizhzhia nuclear power plant'], country: 'UA', point: [47.51, 34.59] },
	{ id: 'chernobyl', kind: 'site', en: 'Chernobyl', fr: 'Tchernobyl', names: ['Chornobyl'], country: 'UA', point: [51.27, 30.22] },
	{ id: 'azovstal', kind: 'site', en: 'Azovstal', fr: 'Azovstal', country: 'UA', point: [47.1, 37.6] },
	// Korea and East Asia
	{ id: 'korean-peninsula', kind: 'region', en: 'Korean Peninsula', fr: 'péninsule coréenne', names: ['Korean peninsula', 'Korea', 'Corée', 'les deux Corées'], country: null, point: [38.5, 127.5] },
	{ id: 'dmz', kind: 'site', en: 'Korean Demilitarized Zone', fr: 'zone démilitarisée', names: ['=DMZ', 'Demilitarized Zone', 'Demilitarised Zone'], country: null, point: [37.96, 126.68] },
	{ id: 'panmunjom', kind: 'site', en: 'Panmunjom', fr: 'Panmunjom', names: ['Panmunjeom'], country: null, point: [37.956, 126.677] },
	{ id: 'yongbyon', kind: 'site', en: 'Yongbyon', fr: 'Yongbyon', country: 'KP', point: [39.8, 125.75] },
	{ id: 'punggye-ri', kind: 'site', en: 'Punggye-ri', fr: 'Punggye-ri', country: 'KP', point: [41.28, 129.08] },
	{ id: 'sohae', kind: 'site', en: 'Sohae Satellite Launching Station', fr: 'Sohae', names: ['Sohae', 'base de Sohae', 'Tongchang-ri'], country: 'KP', point: [39.66, 124.71] },
	{ id: 'tibet', kind: 'region', en: 'Tibet', fr: 'Tibet', country: 'CN', at: ['Lhasa', 'CN'] },
	{ id: 'xinjiang', kind: 'region', en: 'Xinjiang', fr: 'Xinjiang', country: 'CN', at: ['Ürümqi', 'CN'] },
	{ id: 'inner-mongolia', kind: 'region', en: 'Inner Mongolia', fr: 'Mongolie-Intérieure', country: 'CN', at: ['Hohhot', 'CN'] },
	{ id: 'manchuria', kind: 'region', en: 'Manchuria', fr: 'Mandchourie', country: 'CN', point: [45, 126] },
	{ id: 'kashmir', kind: 'region', en: 'Kashmir', fr: 'Cachemire', country: 'IN', at: ['Srinagar', 'IN'] },
	{ id: 'okinawa', kind: 'region', en: 'Okinawa', fr: 'Okinawa', country: 'JP', point: [26.21, 127.68] },
	{ id: 'hokkaido', kind: 'region', en: 'Hokkaido', fr: 'Hokkaïdo', country: 'JP', at: ['Sapporo', 'JP'] },
	{ id: 'southeast-asia', kind: 'area', en: 'Southeast Asia', fr: 'Asie du Sud-Est', names: ['South-East Asia'], country: null, point: [10, 106] },
	{ id: 'central-asia', kind: 'area', en: 'Central Asia', fr: 'Asie centrale', country: null, point: [43, 66] },
	{ id: 'south-asia', kind: 'area', en: 'South Asia', fr: 'Asie du Sud', country: null, point: [23, 80] },
	// Middle East
	{ id: 'west-bank', kind: 'region', en: 'West Bank', fr: 'Cisjordanie', names: ['Cisjordanie occupée', 'occupied West Bank'], country: 'PS', at: ['Ramallah', 'PS'], alts: [[31.95, 35.25]] },
	{ id: 'gaza-strip', kind: 'region', en: 'Gaza Strip', fr: 'bande de Gaza', names: ['Gaza'], country: 'PS', at: ['Gaza', 'PS'] },
	{ id: 'golan', kind: 'region', en: 'Golan Heights', fr: 'plateau du Golan', names: ['Golan', 'hauteurs du Golan'], country: 'SY', point: [33.0, 35.75] },
	{ id: 'sinai', kind: 'region', en: 'Sinai', fr: 'Sinaï', names: ['péninsule du Sinaï', 'Sinai Peninsula'], country: 'EG', point: [29.5, 33.8] },
	{ id: 'negev', kind: 'region', en: 'Negev', fr: 'Néguev', country: 'IL', point: [30.8, 34.8] },
	{ id: 'galilee', kind: 'region', en: 'Galilee', fr: 'Galilée', country: 'IL', point: [32.8, 35.4] },
	{ id: 'iraqi-kurdistan', kind: 'region', en: 'Iraqi Kurdistan', fr: 'Kurdistan irakien', names: ['Kurdistan'], country: 'IQ', at: ['Erbil', 'IQ'] },
	{ id: 'middle-east', kind: 'area', en: 'Middle East', fr: 'Moyen-Orient', country: null, point: [29, 42] },
	{ id: 'near-east', kind: 'area', en: 'Near East', fr: 'Proche-Orient', country: null, point: [33, 36] },
	{ id: 'gulf', kind: 'area', en: 'Gulf', fr: 'Golfe', names: ['pays du Golfe', 'Gulf states', 'Persian Gulf', 'golfe Persique', 'golfe arabo-persique'], country: null, point: [26.9, 51.5] },
	{ id: 'bab-al-hawa', kind: 'site', en: 'Bab al-Hawa Border Crossing', fr: 'Bab al-Hawa', names: ['Bab al-Hawa', 'Bab el-Hawa', 'Bab al Hawa'], country: 'SY', point: [36.23, 36.69] },
	{ id: 'kerem-shalom', kind: 'site', en: 'Kerem Shalom', fr: 'Kerem Shalom', country: 'IL', point: [31.23, 34.28] },
	{ id: 'rafah-crossing', kind: 'site', en: 'Rafah crossing', fr: 'point de passage de Rafah', names: ['terminal de Rafah', 'poste-frontière de Rafah', 'Rafah border crossing'], country: 'PS', point: [31.25, 34.26] },
	{ id: 'strait-of-hormuz', kind: 'region', en: 'Strait of Hormuz', fr: "détroit d'Ormuz", names: ['Ormuz', 'Hormuz'], country: null, point: [26.57, 56.25] },
	{ id: 'suez-canal', kind: 'site', en: 'Suez Canal', fr: 'canal de Suez', country: 'EG', point: [30.6, 32.3] },
	// Europe, Africa, Americas
	{ id: 'europe', kind: 'area', en: 'Europe', fr: 'Europe', country: null, point: [49, 10] },
	{ id: 'eastern-europe', kind: 'area', en: 'Eastern Europe', fr: "Europe de l'Est", country: null, point: [50, 28] },
	{ id: 'western-europe', kind: 'area', en: 'Western Europe', fr: "Europe de l'Ouest", country: null, point: [48, 4] },
	{ id: 'africa', kind: 'area', en: 'Africa', fr: 'Afrique', country: null, point: [2, 17] },
	{ id: 'north-africa', kind: 'area', en: 'North Africa', fr: 'Afrique du Nord', country: null, point: [28, 10] },
	{ id: 'west-africa', kind: 'area', en: 'West Africa', fr: "Afrique de l'Ouest", country: null, point: [12, -2] },
	{ id: 'sub-saharan-africa', kind: 'area', en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne', country: null, point: [0, 20] },
	{ id: 'horn-of-africa', kind: 'area', en: 'Horn of Africa', fr: "Corne de l'Afrique", country: null, point: [8, 45] },
	{ id: 'sahel', kind: 'area', en: 'Sahel', fr: 'Sahel', country: null, point: [15, 2] },
	{ id: 'maghreb', kind: 'area', en: 'Maghreb', fr: 'Maghreb', country: null, point: [32, 3] },
	{ id: 'asia', kind: 'area', en: 'Asia', fr: 'Asie', country: null, point: [34, 100] },
	{ id: 'latin-america', kind: 'area', en: 'Latin America', fr: 'Amérique latine', country: null, point: [-10, -60] },
	{ id: 'north-america', kind: 'area', en: 'North America', fr: 'Amérique du Nord', country: null, point: [45, -100] },
	{ id: 'south-america', kind: 'area', en: 'South America', fr: 'Amérique du Sud', country: null, point: [-15, -60] },
	{ id: 'oceania', kind: 'area', en: 'Oceania', fr: 'Océanie', country: null, point: [-25, 140] },
	{ id: 'balkans', kind: 'area', en: 'Balkans', fr: 'Balkans', country: null, point: [43, 21] },
	{ id: 'scandinavia', kind: 'area', en: 'Scandinavia', fr: 'Scandinavie', country: null, point: [62, 15] },
	{ id: 'baltics', kind: 'area', en: 'Baltic states', fr: 'pays baltes', names: ['Baltics', 'États baltes'], country: null, point: [57, 24] },
	{ id: 'arctic', kind: 'area', en: 'Arctic', fr: 'Arctique', country: null, point: [80, 0] },
	{ id: 'caribbean', kind: 'area', en: 'Caribbean', fr: 'Caraïbes', names: ['mer des Caraïbes', 'Caribbean Sea', 'Antilles'], country: null, point: [15, -75] },
	{ id: 'darfur', kind: 'region', en: 'Darfur', fr: 'Darfour', country: 'SD', point: [13.5, 24] },
	{ id: 'tigray', kind: 'region', en: 'Tigray', fr: 'Tigré', names: ['Tigray'], country: 'ET', at: ['Mek’ele', 'ET'] },
	{ id: 'corsica', kind: 'region', en: 'Corsica', fr: 'Corse', country: 'FR', at: ['Ajaccio', 'FR'] },
	{ id: 'brittany', kind: 'region', en: 'Brittany', fr: 'Bretagne', country: 'FR', at: ['Rennes', 'FR'] },
	{ id: 'normandy', kind: 'region', en: 'Normandy', fr: 'Normandie', country: 'FR', at: ['Rouen', 'FR'] },
	{ id: 'ile-de-france', kind: 'region', en: 'Île-de-France', fr: 'Île-de-France', country: 'FR', at: ['Paris', 'FR'] },
	{ id: 'alsace', kind: 'region', en: 'Alsace', fr: 'Alsace', country: 'FR', at: ['Strasbourg', 'FR'] },
	{ id: 'provence', kind: 'region', en: 'Provence', fr: 'Provence', country: 'FR', at: ['Marseille', 'FR'] },
	{ id: 'catalonia', kind: 'region', en: 'Catalonia', fr: 'Catalogne', country: 'ES', at: ['Barcelona', 'ES'] },
	{ id: 'bavaria', kind: 'region', en: 'Bavaria', fr: 'Bavière', country: 'DE', at: ['Munich', 'DE'] },
	{ id: 'scotland', kind: 'region', en: 'Scotland', fr: 'Écosse', country: 'GB', at: ['Edinburgh', 'GB'] },
	{ id: 'wales', kind: 'region', en: 'Wales', fr: 'pays de Galles', country: 'GB', at: ['Cardiff', 'GB'] },
	{ id: 'england', kind: 'region', en: 'England', fr: 'Angleterre', country: 'GB', at: ['London', 'GB'] },
	{ id: 'northern-ireland', kind: 'region', en: 'Northern Ireland', fr: 'Irlande du Nord', country: 'GB', at: ['Belfast', 'GB'] },
	{ id: 'quebec', kind: 'region', en: 'Quebec', fr: 'Québec', country: 'CA', at: ['Québec', 'CA'] },
	{ id: 'ontario', kind: 'region', en: 'Ontario', fr: 'Ontario', country: 'CA', at: ['Toronto', 'CA'] },
	{ id: 'greenland', kind: 'region', en: 'Greenland', fr: 'Groenland', country: 'GL', at: ['Nuuk', 'GL'] },
	{ id: 'patagonia', kind: 'region', en: 'Patagonia', fr: 'Patagonie', country: 'AR', point: [-45, -69] },
	{ id: 'amazon', kind: 'region', en: 'Amazon rainforest', fr: 'Amazonie', names: ['forêt amazonienne', 'Amazon basin'], country: 'BR', point: [-3.5, -62] },
	// Seas and oceans
	{ id: 'sea-of-japan', kind: 'region', en: 'Sea of Japan', fr: 'mer du Japon', names: ['mer de l\'Est', 'East Sea'], country: null, point: [40, 135] },
	{ id: 'yellow-sea', kind: 'region', en: 'Yellow Sea', fr: 'mer Jaune', country: null, point: [35, 123] },
	{ id: 'south-china-sea', kind: 'region', en: 'South China Sea', fr: 'mer de Chine méridionale', country: null, point: [12, 114] },
	{ id: 'east-china-sea', kind: 'region', en: 'East China Sea', fr: 'mer de Chine orientale', country: null, point: [29, 125] },
	{ id: 'taiwan-strait', kind: 'region', en: 'Taiwan Strait', fr: 'détroit de Taïwan', names: ['détroit de Formose'], country: null, point: [24.5, 119.5] },
	{ id: 'sea-of-okhotsk', kind: 'region', en: 'Sea of Okhotsk', fr: "mer d'Okhotsk", country: null, point: [55, 150] },
	{ id: 'black-sea', kind: 'region', en: 'Black Sea', fr: 'mer Noire', country: null, point: [43.4, 34] },
	{ id: 'sea-of-azov', kind: 'region', en: 'Sea of Azov', fr: "mer d'Azov", country: null, point: [46, 36.6] },
	{ id: 'kerch-strait', kind: 'region', en: 'Kerch Strait', fr: 'détroit de Kertch', names: ['pont de Crimée', 'Crimean Bridge', 'pont de Kertch', 'Kerch Bridge'], country: null, point: [45.3, 36.5] },
	{ id: 'baltic-sea', kind: 'region', en: 'Baltic Sea', fr: 'mer Baltique', names: ['Baltique', 'Baltic'], country: null, point: [58, 20] },
	{ id: 'north-sea', kind: 'region', en: 'North Sea', fr: 'mer du Nord', country: null, point: [56, 3] },
	{ id: 'mediterranean', kind: 'region', en: 'Mediterranean Sea', fr: 'Méditerranée', names: ['mer Méditerranée', 'Mediterranean'], country: null, point: [35, 18] },
	{ id: 'aegean-sea', kind: 'region', en: 'Aegean Sea', fr: 'mer Égée', country: null, point: [39, 25] },
	{ id: 'ionian-sea', kind: 'region', en: 'Ionian Sea', fr: 'mer Ionienne', country: null, point: [38, 19] },
	// Major rivers, placed at a city on their middle course (a river has no
	// capital; the annotation rule wants one representative point).
	{ id: 'rhine', kind: 'region', en: 'Rhine', fr: 'Rhin', names: ['Rhine River', 'River Rhine', 'Rhein'], country: null, point: [50.36, 7.6] },
	{ id: 'danube', kind: 'region', en: 'Danube', fr: 'Danube', names: ['Danube River', 'River Danube', 'Donau'], country: null, point: [47.5, 19.05] },
	{ id: 'seine', kind: 'region', en: 'Seine', fr: 'Seine', names: ['Seine River', 'River Seine'], country: 'FR', point: [48.86, 2.35] },
	{ id: 'loire', kind: 'region', en: 'Loire', fr: 'Loire', names: ['Loire River', 'River Loire'], country: 'FR', point: [47.39, 0.69] },
	{ id: 'rhone', kind: 'region', en: 'Rhône', fr: 'Rhône', names: ['Rhone', 'Rhône River', 'Rhone River'], country: null, point: [45.76, 4.83] },
	{ id: 'garonne', kind: 'region', en: 'Garonne', fr: 'Garonne', country: 'FR', point: [44.84, -0.58] },
	{ id: 'thames', kind: 'region', en: 'Thames', fr: 'Tamise', names: ['River Thames', 'Thames River'], country: 'GB', point: [51.5, -0.12] },
	{ id: 'elbe', kind: 'region', en: 'Elbe', fr: 'Elbe', names: ['Elbe River', 'River Elbe'], country: null, point: [53.55, 9.99] },
	{ id: 'oder', kind: 'region', en: 'Oder', fr: 'Oder', names: ['Oder River', 'Odra'], country: null, point: [52.35, 14.55] },
	{ id: 'dnieper', kind: 'region', en: 'Dnieper', fr: 'Dniepr', names: ['Dnieper River', 'Dnipro River'], country: null, point: [50.45, 30.52] },
	{ id: 'volga', kind: 'region', en: 'Volga', fr: 'Volga', names: ['Volga River'], country: 'RU', point: [48.7, 44.5] },
	{ id: 'nile', kind: 'region', en: 'Nile', fr: 'Nil', names: ['Nile River', 'River Nile'], country: null, point: [30.05, 31.23] },
	{ id: 'euphrates', kind: 'region', en: 'Euphrates', fr: 'Euphrate', names: ['Euphrates River'], country: null, point: [35.0, 40.4] },
	{ id: 'amazon-river', kind: 'region', en: 'Amazon', fr: 'Amazone', names: ['Amazon River', 'fleuve Amazone'], country: null, point: [-3.1, -60.0] },
	{ id: 'mekong', kind: 'region', en: 'Mekong', fr: 'Mékong', names: ['Mekong River'], country: null, point: [11.56, 104.93] },
	{ id: 'yangtze', kind: 'region', en: 'Yangtze', fr: 'Yangtsé', names: ['Yangtze River', 'Yangzi', 'Yang-Tsé'], country: 'CN', point: [30.6, 114.3] },
	{ id: 'ganges', kind: 'region', en: 'Ganges', fr: 'Gange', names: ['Ganges River'], country: 'IN', point: [25.3, 83.0] },
	{ id: 'adriatic-sea', kind: 'region', en: 'Adriatic Sea', fr: 'mer Adriatique', names: ['Adriatique', 'Adriatic'], country: null, point: [43, 15] },
	{ id: 'red-sea', kind: 'region', en: 'Red Sea', fr: 'mer Rouge', country: null, point: [20, 38.5] },
	{ id: 'gulf-of-aden', kind: 'region', en: 'Gulf of Aden', fr: "golfe d'Aden", country: null, point: [12.5, 48] },
	{ id: 'caspian-sea', kind: 'region', en: 'Caspian Sea', fr: 'mer Caspienne', names: ['Caspienne', 'Caspian'], country: null, point: [41.7, 50.7] },
	{ id: 'barents-sea', kind: 'region', en: 'Barents Sea', fr: 'mer de Barents', country: null, point: [74, 37] },
	{ id: 'english-channel', kind: 'region', en: 'English Channel', fr: 'Manche', country: null, point: [50.2, -1] },
	{ id: 'gulf-of-mexico', kind: 'region', en: 'Gulf of Mexico', fr: 'golfe du Mexique', country: null, point: [25, -90] },
	{ id: 'bosporus', kind: 'region', en: 'Bosporus', fr: 'Bosphore', names: ['Bosphorus'], country: 'TR', point: [41.1, 29.05] },
	{ id: 'pacific-ocean', kind: 'region', en: 'Pacific Ocean', fr: 'océan Pacifique', country: null, point: [0, -160] },
	{ id: 'atlantic-ocean', kind: 'region', en: 'Atlantic Ocean', fr: 'océan Atlantique', names: ['Atlantique', 'Atlantic'], country: null, point: [30, -40] },
	{ id: 'indian-ocean', kind: 'region', en: 'Indian Ocean', fr: 'océan Indien', country: null, point: [-20, 80] },
	{ id: 'arctic-ocean', kind: 'region', en: 'Arctic Ocean', fr: 'océan Arctique', country: null, point: [85, 0] },
	// Named sites that make the news
	{ id: 'vostochny-cosmodrome', kind: 'site', en: 'Vostochny Cosmodrome', fr: 'cosmodrome de Vostotchny', names: ['Vostotchny', 'Vostochny', 'cosmodrome de Vostochny', 'Vostochny cosmodrome', 'Vostochny spaceport'], country: 'RU', point: [51.8844, 128.3334] },
	{ id: 'baikonur-cosmodrome', kind: 'site', en: 'Baikonur Cosmodrome', fr: 'cosmodrome de Baïkonour', names: ['Baïkonour', 'Baikonur', 'Baikonur cosmodrome'], country: 'KZ', point: [45.965, 63.305] },
	{ id: 'plesetsk-cosmodrome', kind: 'site', en: 'Plesetsk Cosmodrome', fr: 'cosmodrome de Plessetsk', names: ['Plessetsk', 'Plesetsk'], country: 'RU', point: [62.93, 40.57] },
	{ id: 'kourou', kind: 'site', en: 'Guiana Space Centre', fr: 'Centre spatial guyanais', names: ['Kourou', 'base de Kourou'], country: 'GF', point: [5.16, -52.65] },
	{ id: 'cape-canaveral', kind: 'site', en: 'Cape Canaveral', fr: 'cap Canaveral', names: ['Cap Canaveral'], country: 'US', point: [28.39, -80.6] },
	{ id: 'guantanamo', kind: 'site', en: 'Guantanamo Bay', fr: 'Guantanamo', names: ['Guantánamo'], country: 'CU', point: [19.9, -75.1] },
	{ id: 'tiananmen', kind: 'site', en: 'Tiananmen Square', fr: 'place Tiananmen', names: ['Tiananmen'], country: 'CN', point: [39.903, 116.391] },
	{ id: 'maidan', kind: 'site', en: 'Maidan', fr: 'Maïdan', names: ['Maidan Nezalezhnosti'], country: 'UA', point: [50.45, 30.524] }
];

/**
 * US states and the like: many articles name them, GeoNames cities500 has
 * only their admin codes. Representative point = capital (annotation rule).
 * [English, French or '', capital, ISO2]
 */
export const ADMIN1: [en: string, fr: string, capital: string, country: string, admin1?: string][] = [
	['Alabama', '', 'Montgomery', 'US', 'AL'],
	['Alaska', '', 'Juneau', 'US'],
	['Arizona', '', 'Phoenix', 'US'],
	['Arkansas', '', 'Little Rock', 'US'],
	['California', 'Californie', 'Sacramento', 'US'],
	['Colorado', '', 'Denver', 'US'],
	['Connecticut', '', 'Hartford', 'US'],
	['Delaware', '', 'Dover', 'US', 'DE'],
	['Florida', 'Floride', 'Tallahassee', 'US'],
	['Hawaii', 'Hawaï', 'Honolulu', 'US'],
	['Idaho', '', 'Boise', 'US'],
	['Illinois', '', 'Springfield', 'US', 'IL'],
	['Indiana', '', 'Indianapolis', 'US'],
	['Iowa', '', 'Des Moines', 'US'],
	['Kansas', '', 'Topeka', 'US'],
	['Kentucky', '', 'Frankfort', 'US', 'KY'],
	['Louisiana', 'Louisiane', 'Baton Rouge', 'US'],
	['Maine', '', 'Augusta', 'US', 'ME'],
	['Maryland', '', 'Annapolis', 'US'],
	['Massachusetts', '', 'Boston', 'US'],
	['Michigan', '', 'Lansing', 'US'],
	['Minnesota', '', 'Saint Paul', 'US'],
	['Mississippi', '', 'Jackson', 'US', 'MS'],
	['Missouri', '', 'Jefferson City', 'US', 'MO'],
	['Montana', '', 'Helena', 'US', 'MT'],
	['Nebraska', '', 'Lincoln', 'US', 'NE'],
	['Nevada', '', 'Carson City', 'US'],
	['New Hampshire', '', 'Concord', 'US', 'NH'],
	['New Jersey', '', 'Trenton', 'US'],
	['New Mexico', 'Nouveau-Mexique', 'Santa Fe', 'US'],
	['North Carolina', 'Caroline du Nord', 'Raleigh', 'US'],
	['North Dakota', 'Dakota du Nord', 'Bismarck', 'US'],
	['Ohio', '', 'Columbus', 'US'],
	['Oklahoma', '', 'Oklahoma City', 'US'],
	['Oregon', '', 'Salem', 'US', 'OR'],
	['Pennsylvania', 'Pennsylvanie', 'Harrisburg', 'US'],
	['Rhode Island', '', 'Providence', 'US'],
	['South Carolina', 'Caroline du Sud', 'Columbia', 'US', 'SC'],
	['South Dakota', 'Dakota du Sud', 'Pierre', 'US', 'SD'],
	['Tennessee', '', 'Nashville', 'US'],
	['Texas', '', 'Austin', 'US'],
	['Utah', '', 'Salt Lake City', 'US'],
	['Vermont', '', 'Montpelier', 'US'],
	['Virginia', 'Virginie', 'Richmond', 'US', 'VA'],
	['West Virginia', 'Virginie-Occidentale', 'Charleston', 'US', 'WV'],
	['Wisconsin', '', 'Madison', 'US', 'WI'],
	['Wyoming', '', 'Cheyenne', 'US'],
	['British Columbia', 'Colombie-Britannique', 'Victoria', 'CA'],
	['Alberta', '', 'Edmonton', 'CA'],
	['Manitoba', '', 'Winnipeg', 'CA'],
	['Saskatchewan', '', 'Regina', 'CA'],
	['Nova Scotia', 'Nouvelle-Écosse', 'Halifax', 'CA'],
	['New Brunswick', 'Nouveau-Brunswick', 'Fredericton', 'CA'],
	['New South Wales', 'Nouvelle-Galles du Sud', 'Sydney', 'AU'],
	['Queensland', '', 'Brisbane', 'AU'],
	['Tasmania', 'Tasmanie', 'Hobart', 'AU'],
	['Punjab', 'Pendjab', 'Lahore', 'PK'],
	['Sichuan', 'Sichuan', 'Chengdu', 'CN'],
	['Yunnan', '', 'Kunming', 'CN'],
	['Guangdong', '', 'Guangzhou', 'CN'],
	['Hubei', '', 'Wuhan', 'CN'],
	['Henan', '', 'Zhengzhou', 'CN'],
	['Zhejiang', '', 'Hangzhou', 'CN'],
	['Fujian', '', 'Fuzhou', 'CN'],
	['Kerala', '', 'Thiruvananthapuram', 'IN'],
	['Uttar Pradesh', '', 'Lucknow', 'IN'],
	['Maharashtra', '', 'Mumbai', 'IN'],
	['Tamil Nadu', '', 'Chennai', 'IN'],
	['West Bengal', 'Bengale-Occidental', 'Kolkata', 'IN'],
	['Manipur', '', 'Imphal', 'IN'],
	['Gujarat', '', 'Gandhinagar', 'IN'],
	['Rio Grande do Sul', '', 'Porto Alegre', 'BR'],
	['São Paulo state', 'État de São Paulo', 'São Paulo', 'BR'],
	['Lombardy', 'Lombardie', 'Milan', 'IT'],
	['Sicily', 'Sicile', 'Palermo', 'IT'],
	['Sardinia', 'Sardaigne', 'Cagliari', 'IT'],
	['Tuscany', 'Toscane', 'Florence', 'IT'],
	['Andalusia', 'Andalousie', 'Sevilla', 'ES'],
	['Basque Country', 'Pays basque', 'Bilbao', 'ES'],
	['Flanders', 'Flandre', 'Brussels', 'BE'],
	['Wallonia', 'Wallonie', 'Namur', 'BE'],
	['Hatay Province', 'province du Hatay', 'Antakya', 'TR'],
	['Anatolia', 'Anatolie', 'Ankara', 'TR'],
	['Balochistan', 'Baloutchistan', 'Quetta', 'PK'],
	['Khyber Pakhtunkhwa', '', 'Peshawar', 'PK'],
	['Mindanao', '', 'Davao', 'PH'],
	['Java', '', 'Jakarta', 'ID'],
	['Sumatra', '', 'Medan', 'ID'],
	['Borneo', 'Bornéo', 'Pontianak', 'ID'],
	['Bali', '', 'Denpasar', 'ID'],
	['Aceh', '', 'Banda Aceh', 'ID'],
	['Papua', 'Papouasie', 'Jayapura', 'ID'],
	// France: regions and the départements the press names most
	['Hauts-de-France', '', 'Lille', 'FR'],
	['Grand Est', '', 'Strasbourg', 'FR'],
	['Centre-Val de Loire', '', 'Orléans', 'FR'],
	['Bourgogne-Franche-Comté', '', 'Dijon', 'FR'],
	['Pays de la Loire', '', 'Nantes', 'FR'],
	['Nouvelle-Aquitaine', '', 'Bordeaux', 'FR'],
	['Occitanie', '', 'Toulouse', 'FR'],
	['Auvergne-Rhône-Alpes', '', 'Lyon', 'FR'],
	["Provence-Alpes-Côte d'Azur", '', 'Marseille', 'FR'],
	["Côte d'Azur", '', 'Nice', 'FR'],
	['Seine-Saint-Denis', '', 'Bobigny', 'FR'],
	['Hauts-de-Seine', '', 'Nanterre', 'FR'],
	['Val-de-Marne', '', 'Créteil', 'FR'],
	["Val-d'Oise", '', 'Cergy', 'FR'],
	['Seine-et-Marne', '', 'Melun', 'FR'],
	['Essonne', '', 'Évry', 'FR'],
	['Yvelines', '', 'Versailles', 'FR'],
	['Finistère', '', 'Quimper', 'FR'],
	['Morbihan', '', 'Vannes', 'FR'],
	["Côtes-d'Armor", '', 'Saint-Brieuc', 'FR'],
	['Ille-et-Vilaine', '', 'Rennes', 'FR'],
	['Loire-Atlantique', '', 'Nantes', 'FR'],
	['Vendée', '', 'La Roche-sur-Yon', 'FR'],
	['Charente-Maritime', '', 'La Rochelle', 'FR'],
	['Gironde', '', 'Bordeaux', 'FR'],
	['Landes', '', 'Mont-de-Marsan', 'FR'],
	['Pyrénées-Atlantiques', '', 'Pau', 'FR'],
	['Haute-Garonne', '', 'Toulouse', 'FR'],
	['Hérault', '', 'Montpellier', 'FR'],
	['Bouches-du-Rhône', '', 'Marseille', 'FR'],
	['Alpes-Maritimes', '', 'Nice', 'FR'],
	['Haute-Savoie', '', 'Annecy', 'FR'],
	['Isère', '', 'Grenoble', 'FR'],
	['Bas-Rhin', '', 'Strasbourg', 'FR'],
	['Haut-Rhin', '', 'Colmar', 'FR'],
	['Moselle', '', 'Metz', 'FR'],
	['Pas-de-Calais', '', 'Arras', 'FR'],
	['Seine-Maritime', '', 'Rouen', 'FR'],
	['Calvados', '', 'Caen', 'FR'],
	['Haute-Corse', '', 'Bastia', 'FR'],
	['Corse-du-Sud', '', 'Ajaccio', 'FR'],
	['Guadeloupe', '', 'Basse-Terre', 'GP'],
	['Martinique', '', 'Fort-de-France', 'MQ'],
	['French Guiana', 'Guyane', 'Cayenne', 'GF'],
	['Mayotte', '', 'Mamoudzou', 'YT'],
	['Lorraine', '', 'Metz', 'FR'],
	['Picardie', '', 'Amiens', 'FR'],
	['Savoie', '', 'Chambéry', 'FR'],
	['Dordogne', '', 'Périgueux', 'FR'],
	// German states: wires write them in English, French or German, with or without umlauts.
	['Baden-Württemberg', 'Bade-Wurtemberg', 'Stuttgart', 'DE'],
	['North Rhine-Westphalia', 'Rhénanie-du-Nord-Westphalie', 'Düsseldorf', 'DE'],
	['Lower Saxony', 'Basse-Saxe', 'Hannover', 'DE'],
	['Saxony', 'Saxe', 'Dresden', 'DE'],
	['Hesse', 'Hesse', 'Wiesbaden', 'DE'],
	['Rhineland-Palatinate', 'Rhénanie-Palatinat', 'Mainz', 'DE'],
	['Schleswig-Holstein', '', 'Kiel', 'DE'],
	['Brandenburg', 'Brandebourg', 'Potsdam', 'DE'],
	['Thuringia', 'Thuringe', 'Erfurt', 'DE'],
	['Saxony-Anhalt', 'Saxe-Anhalt', 'Magdeburg', 'DE'],
	['Mecklenburg-Vorpommern', 'Mecklembourg-Poméranie-Occidentale', 'Schwerin', 'DE'],
	['Saarland', 'Sarre', 'Saarbrücken', 'DE'],
	// Greek regions the press names for islands and peninsulas.
	['Crete', 'Crète', 'Irakleion', 'GR'],
	['Attica', 'Attique', 'Athens', 'GR'],
	['Peloponnese', 'Péloponnèse', 'Tripoli', 'GR'],
	['Thessaly', 'Thessalie', 'Larisa', 'GR']
];

/** German names the English and French press also use for the states. */
const GERMAN_STATE_NAMES: Record<string, string[]> = {
	'Baden-Württemberg': ['Bade-Wurtemberg', 'Baden-Württemberg'],
	'North Rhine-Westphalia': ['Nordrhein-Westfalen', 'North Rhine Westphalia'],
	'Lower Saxony': ['Niedersachsen'],
	Saxony: ['Sachsen'],
	Hesse: ['Hessen'],
	'Rhineland-Palatinate': ['Rheinland-Pfalz'],
	Thuringia: ['Thüringen'],
	'Saxony-Anhalt': ['Sachsen-Anhalt'],
	'Mecklenburg-Vorpommern': ['Mecklenburg-Western Pomerania']
};

/**
 * The spellings of a German name without its umlauts: `ü` as `ue`
 * (`Baden-Wuerttemberg`, as English wires write it), `ß` as `ss`. Plain
 * `u` (`Baden-Wurttemberg`) needs no variant: name keys drop accents.
 */
export function umlautSpellings(name: string): string[] {
	if (!/[äöüÄÖÜß]/.test(name)) return [];
	const map: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
	return [name.replace(/[äöüÄÖÜß]/g, (c) => map[c])];
}

function admin1Names(): Record<string, string[]> {
	const out: Record<string, string[]> = { 'Hatay Province': ['Hatay'], 'São Paulo state': [] };
	for (const [en] of ADMIN1) {
		const names = [...(out[en] ?? []), ...(GERMAN_STATE_NAMES[en] ?? [])];
		for (const n of [en, ...names]) names.push(...umlautSpellings(n));
		if (names.length > 0) out[en] = [...new Set(names)];
	}
	return out;
}

/** Other names of the ADMIN1 entries: what regional words go by once the
 * suffix is stripped (`Hatay province` → `Hatay`), German names of German
 * states and their spellings without umlauts. */
export const ADMIN1_SHORT: Record<string, string[]> = admin1Names();
