/**
 * Regions the press names that are no administrative unit the other tables
 * hold: parts of continents (`Afrique de l'Est`, `Central Europe`), the
 * historical provinces and `pays` the French press still names (`Auvergne`,
 * `Périgord`, `Sologne`), and the like elsewhere (`Yorkshire`,
 * `Transylvania`, `Kordofan`). Data only, in curated.ts's format (read its
 * header); merged by the builder like curated.ts's PLACES.
 *
 * A region is at its main city (the annotation rule: a region's point is its
 * capital), an area of a continent at a point of its heart. Left out: names
 * that are also a common word, a wine or a person (`Champagne`, `Berry`,
 * `Médoc`, `Midi`, `Kent`), or another region's (`Galicia`, `Riviera`).
 */
import type { CuratedPlace } from './curated';

export const AREAS: CuratedPlace[] = [
	{ id: 'central-europe', kind: 'area', en: 'Central Europe', fr: 'Europe centrale', country: null, point: [49.0, 17.0] },
	{ id: 'northern-europe', kind: 'area', en: 'Northern Europe', fr: 'Europe du Nord', country: null, point: [60.0, 15.0] },
	{ id: 'southern-europe', kind: 'area', en: 'Southern Europe', fr: 'Europe du Sud', country: null, point: [41.0, 14.0] },
	{ id: 'nordic-countries', kind: 'area', en: 'Nordic countries', fr: 'pays nordiques', country: null, point: [62.0, 15.0] },
	{ id: 'east-africa', kind: 'area', en: 'East Africa', fr: "Afrique de l'Est", names: ['Eastern Africa', 'Afrique orientale'], country: null, point: [-1.0, 36.0] },
	{ id: 'central-africa', kind: 'area', en: 'Central Africa', fr: 'Afrique centrale', country: null, point: [2.0, 18.0] },
	{ id: 'southern-africa', kind: 'area', en: 'Southern Africa', fr: 'Afrique australe', country: null, point: [-24.0, 26.0] },
	{ id: 'central-america', kind: 'area', en: 'Central America', fr: 'Amérique centrale', country: null, point: [13.5, -87.0] },
	{ id: 'east-asia', kind: 'area', en: 'East Asia', fr: "Asie de l'Est", names: ['Asie orientale'], country: null, point: [35.0, 115.0] },
	{ id: 'north-caucasus', kind: 'region', en: 'North Caucasus', fr: 'Caucase du Nord', country: 'RU', point: [43.3, 45.0] },
	{ id: 'south-caucasus', kind: 'area', en: 'South Caucasus', fr: 'Caucase du Sud', names: ['Transcaucasia', 'Transcaucasie'], country: null, point: [41.0, 45.0] },
	{ id: 'levant', kind: 'area', en: 'Levant', fr: 'Levant', country: null, point: [33.5, 36.0] },
	{ id: 'pacific-northwest', kind: 'region', en: 'Pacific Northwest', fr: 'Nord-Ouest Pacifique', country: 'US', at: ['Seattle', 'US'] },
	{ id: 'southern-california', kind: 'region', en: 'Southern California', fr: 'Californie du Sud', names: ['SoCal'], country: 'US', at: ['Los Angeles', 'US'] },
	{ id: 'northern-california', kind: 'region', en: 'Northern California', fr: 'Californie du Nord', names: ['NorCal'], country: 'US', at: ['Sacramento', 'US'], alts: [[37.77, -122.42]] },
	{ id: 'french-riviera', kind: 'region', en: 'French Riviera', fr: 'Riviera française', country: 'FR', at: ['Nice', 'FR'] }
];

/** France's historical provinces and `pays`, at their main town. */
export const FRENCH_REGIONS: CuratedPlace[] = [
	{ id: 'auvergne', kind: 'region', en: 'Auvergne', fr: 'Auvergne', country: 'FR', at: ['Clermont-Ferrand', 'FR'] },
	{ id: 'limousin', kind: 'region', en: 'Limousin', fr: 'Limousin', country: 'FR', at: ['Limoges', 'FR'] },
	{ id: 'languedoc', kind: 'region', en: 'Languedoc', fr: 'Languedoc', names: ['Languedoc-Roussillon'], country: 'FR', at: ['Montpellier', 'FR'] },
	{ id: 'aquitaine', kind: 'region', en: 'Aquitaine', fr: 'Aquitaine', country: 'FR', at: ['Bordeaux', 'FR'] },
	{ id: 'burgundy', kind: 'region', en: 'Burgundy', fr: 'Bourgogne', country: 'FR', at: ['Dijon', 'FR'] },
	{ id: 'franche-comte', kind: 'region', en: 'Franche-Comté', fr: 'Franche-Comté', country: 'FR', at: ['Besançon', 'FR'] },
	{ id: 'champagne-ardenne', kind: 'region', en: 'Champagne-Ardenne', fr: 'Champagne-Ardenne', country: 'FR', at: ['Reims', 'FR'] },
	{ id: 'poitou', kind: 'region', en: 'Poitou', fr: 'Poitou', names: ['Poitou-Charentes'], country: 'FR', at: ['Poitiers', 'FR'] },
	{ id: 'perigord', kind: 'region', en: 'Périgord', fr: 'Périgord', names: ['Perigord'], country: 'FR', at: ['Périgueux', 'FR'] },
	{ id: 'gascony', kind: 'region', en: 'Gascony', fr: 'Gascogne', country: 'FR', at: ['Auch', 'FR'] },
	{ id: 'bearn', kind: 'region', en: 'Béarn', fr: 'Béarn', country: 'FR', at: ['Pau', 'FR'] },
	{ id: 'dauphine', kind: 'region', en: 'Dauphiné', fr: 'Dauphiné', country: 'FR', at: ['Grenoble', 'FR'] },
	{ id: 'sologne', kind: 'region', en: 'Sologne', fr: 'Sologne', country: 'FR', point: [47.36, 1.74] },
	{ id: 'beauce', kind: 'region', en: 'Beauce', fr: 'Beauce', country: 'FR', at: ['Chartres', 'FR'] },
	{ id: 'morvan', kind: 'region', en: 'Morvan', fr: 'Morvan', country: 'FR', point: [47.1, 4.0] },
	{ id: 'luberon', kind: 'region', en: 'Luberon', fr: 'Luberon', country: 'FR', point: [43.82, 5.4] },
	{ id: 'vercors', kind: 'region', en: 'Vercors', fr: 'Vercors', names: ['massif du Vercors'], country: 'FR', point: [45.05, 5.5] },
	{ id: 'gorges-du-verdon', kind: 'region', en: 'Verdon Gorge', fr: 'gorges du Verdon', country: 'FR', point: [43.75, 6.33] },
	{ id: 'loire-valley', kind: 'region', en: 'Loire Valley', fr: 'Val de Loire', names: ['vallée de la Loire'], country: 'FR', at: ['Tours', 'FR'] },
	{ id: 'vosges-mountains', kind: 'region', en: 'Vosges Mountains', fr: 'massif des Vosges', country: 'FR', point: [48.1, 7.0] },
	{ id: 'jura-mountains', kind: 'region', en: 'Jura Mountains', fr: 'massif du Jura', country: null, point: [46.6, 6.2] }
];

/** Regions of other countries the press names on their own. */
export const OTHER_REGIONS: CuratedPlace[] = [
	{ id: 'yorkshire', kind: 'region', en: 'Yorkshire', fr: 'Yorkshire', country: 'GB', at: ['Leeds', 'GB'], alts: [[53.96, -1.08]] },
	{ id: 'lancashire', kind: 'region', en: 'Lancashire', fr: 'Lancashire', country: 'GB', at: ['Preston', 'GB'] },
	{ id: 'east-anglia', kind: 'region', en: 'East Anglia', fr: 'East Anglia', names: ['Est-Anglie'], country: 'GB', at: ['Norwich', 'GB'] },
	{ id: 'midlands', kind: 'region', en: 'Midlands', fr: 'Midlands', country: 'GB', at: ['Birmingham', 'GB'] },
	{ id: 'west-midlands', kind: 'region', en: 'West Midlands', fr: 'West Midlands', country: 'GB', at: ['Birmingham', 'GB'] },
	{ id: 'east-midlands', kind: 'region', en: 'East Midlands', fr: 'East Midlands', country: 'GB', at: ['Nottingham', 'GB'] },
	{ id: 'ulster', kind: 'region', en: 'Ulster', fr: 'Ulster', country: 'GB', at: ['Belfast', 'GB'] },
	{ id: 'silesia', kind: 'region', en: 'Silesia', fr: 'Silésie', country: 'PL', at: ['Katowice', 'PL'], alts: [[51.11, 17.03]] },
	{ id: 'transylvania', kind: 'region', en: 'Transylvania', fr: 'Transylvanie', country: 'RO', at: ['Cluj-Napoca', 'RO'] },
	{ id: 'moravia', kind: 'region', en: 'Moravia', fr: 'Moravie', country: 'CZ', at: ['Brno', 'CZ'] },
	{ id: 'bohemia', kind: 'region', en: 'Bohemia', fr: 'Bohême', country: 'CZ', point: [50.08, 14.42] },
	{ id: 'dalmatia', kind: 'region', en: 'Dalmatia', fr: 'Dalmatie', country: 'HR', at: ['Split', 'HR'] },
	{ id: 'istria', kind: 'region', en: 'Istria', fr: 'Istrie', country: 'HR', at: ['Pula', 'HR'] },
	{ id: 'lapland', kind: 'region', en: 'Lapland', fr: 'Laponie', country: 'FI', at: ['Rovaniemi', 'FI'] },
	{ id: 'ruhr', kind: 'region', en: 'Ruhr', fr: 'Ruhr', names: ['Ruhr area', 'Ruhrgebiet', 'bassin de la Ruhr', 'Ruhr valley'], country: 'DE', at: ['Essen', 'DE'] },
	{ id: 'rhineland', kind: 'region', en: 'Rhineland', fr: 'Rhénanie', country: 'DE', point: [50.94, 6.96] },
	{ id: 'kordofan', kind: 'region', en: 'Kordofan', fr: 'Kordofan', names: ['North Kordofan', 'South Kordofan', 'Kordofan du Nord', 'Kordofan du Sud'], country: 'SD', point: [13.18, 30.22] },
	{ id: 'cabo-delgado', kind: 'region', en: 'Cabo Delgado', fr: 'Cabo Delgado', country: 'MZ', point: [-12.97, 40.52] },
	{ id: 'hadramout', kind: 'region', en: 'Hadramout', fr: 'Hadramout', names: ['Hadramaut', 'Hadhramaut', 'Hadramawt'], country: 'YE', point: [14.54, 49.12] }
];

export const REGIONS: CuratedPlace[] = [...AREAS, ...FRENCH_REGIONS, ...OTHER_REGIONS];
