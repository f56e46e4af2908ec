/**
 * Parks and well-known sites the press names without their town: national
 * parks and reserves, dams and nuclear plants, landmarks, squares and
 * stadiums. Data only, in curated.ts's format (read its header); merged by
 * the builder like curated.ts's PLACES. Chosen by how often world news
 * names them, not for any article.
 *
 * Parks are `region`s (an extent, at its centre or main gate); the others
 * are `site`s at their own point. Names that are a person's, a company's or
 * a town's alone (`Kruger`, `Wembley`, `Tahrir` inside `Hayat Tahrir
 * al-Sham`) are written only in full. Buildings that stand for a
 * government (`le Kremlin`, `Downing Street`, `Buckingham Palace`) are not
 * places (the eval README's rule) and are left out.
 */
import type { CuratedPlace } from './curated';
import { park } from './curated-forms';

export const PARKS: CuratedPlace[] = [
	park('yellowstone', 'Yellowstone', null, 'US', [44.6, -110.5]),
	park('yosemite', 'Yosemite', null, 'US', [37.85, -119.55]),
	park('grand-canyon', 'Grand Canyon', 'Grand Canyon', 'US', [36.1, -112.1], { names: ['Grand Canyon du Colorado'] }),
	park('zion', 'Zion', null, 'US', [37.3, -113.03], { bare: false }),
	park('glacier-national-park', 'Glacier', null, 'US', [48.7, -113.8], { bare: false }),
	park('great-smoky-mountains', 'Great Smoky Mountains', null, 'US', [35.6, -83.5], { names: ['Smoky Mountains', 'Great Smokies'] }),
	park('joshua-tree', 'Joshua Tree', null, 'US', [33.87, -115.9], { bare: false }),
	park('banff', 'Banff', null, 'CA', [51.5, -116.0], { bare: false }),
	park('jasper', 'Jasper', null, 'CA', [52.87, -118.08], { bare: false }),
	park('torres-del-paine', 'Torres del Paine', null, 'CL', [-50.94, -73.4]),
	park('iguazu', 'Iguazú', null, null, [-25.69, -54.44], { bare: false, names: ['Iguazu Falls', 'Iguaçu Falls', 'Iguazú Falls', "chutes d'Iguazú", "chutes d'Iguazu", "chutes d'Iguaçu"] }),
	park('serengeti', 'Serengeti', null, 'TZ', [-2.33, 34.83]),
	park('ngorongoro', 'Ngorongoro', null, 'TZ', [-3.2, 35.5], { names: ['Ngorongoro Crater', 'cratère du Ngorongoro', 'Ngorongoro Conservation Area'] }),
	park('masai-mara', 'Maasai Mara', 'Masaï Mara', 'KE', [-1.5, 35.15], { names: ['Masai Mara', 'Maasai Mara National Reserve', 'réserve nationale du Masaï Mara'] }),
	park('amboseli', 'Amboseli', null, 'KE', [-2.65, 37.26]),
	park('tsavo', 'Tsavo', null, 'KE', [-2.9, 38.4]),
	// `Kruger` is a surname.
	park('kruger', 'Kruger', null, 'ZA', [-24.0, 31.5], { bare: false, names: ['parc Kruger', 'Kruger Park'] }),
	park('virunga', 'Virunga', 'Virunga', 'CD', [-1.2, 29.35], { names: ['parc des Virunga'] }),
	park('bwindi', 'Bwindi', null, 'UG', [-1.0, 29.65], { names: ['Bwindi Impenetrable National Park', 'Bwindi Impenetrable Forest'] }),
	park('volcanoes-national-park', 'Volcanoes', 'Volcans', 'RW', [-1.45, 29.55], { bare: false, names: ['parc national des Volcans'] }),
	park('kahuzi-biega', 'Kahuzi-Biega', null, 'CD', [-2.3, 28.75]),
	park('chobe', 'Chobe', null, 'BW', [-18.5, 24.5]),
	park('etosha', 'Etosha', null, 'NA', [-18.8, 16.3]),
	park('hwange', 'Hwange', null, 'ZW', [-19.0, 26.5], { bare: false }),
	park('gorongosa', 'Gorongosa', null, 'MZ', [-18.7, 34.4]),
	park('kaziranga', 'Kaziranga', null, 'IN', [26.6, 93.4]),
	park('jim-corbett', 'Jim Corbett', null, 'IN', [29.53, 78.77], { bare: false, names: ['Corbett National Park', 'Corbett Tiger Reserve'] }),
	park('ranthambore', 'Ranthambore', null, 'IN', [26.0, 76.5]),
	park('gir', 'Gir', null, 'IN', [21.12, 70.82], { bare: false, names: ['Gir Forest', 'forêt de Gir'] }),
	park('chitwan', 'Chitwan', null, 'NP', [27.5, 84.35]),
	// `Komodo dragon` is an animal's name.
	park('komodo', 'Komodo', null, 'ID', [-8.55, 119.5], { bare: false, names: ['Komodo Island', 'île de Komodo'] }),
	park('khao-yai', 'Khao Yai', null, 'TH', [14.43, 101.37]),
	park('plitvice', 'Plitvice', null, 'HR', [44.88, 15.62], { names: ['Plitvice Lakes', 'lacs de Plitvice'] }),
	park('bialowieza', 'Białowieża', null, null, [52.73, 23.85], { bare: false, names: ['Białowieża Forest', 'forêt de Białowieża', 'Bialowieza Forest', 'forêt de Bialowieza'] }),
	park('donana', 'Doñana', null, 'ES', [37.0, -6.45], { names: ['Donana'] }),
	park('vanoise', 'Vanoise', null, 'FR', [45.4, 6.85], { names: ['parc national de la Vanoise', 'massif de la Vanoise'] }),
	park('ecrins', 'Écrins', 'Écrins', 'FR', [44.85, 6.3], { bare: false, names: ['parc national des Écrins', 'massif des Écrins', 'Ecrins'] }),
	park('mercantour', 'Mercantour', null, 'FR', [44.15, 7.1], { names: ['parc national du Mercantour', 'massif du Mercantour'] }),
	park('calanques', 'Calanques', null, 'FR', [43.21, 5.45], { names: ['parc national des Calanques', 'calanques de Marseille'] }),
	park('gran-paradiso', 'Gran Paradiso', 'Grand Paradis', 'IT', [45.52, 7.27]),
	park('cairngorms', 'Cairngorms', null, 'GB', [57.08, -3.67]),
	park('dartmoor', 'Dartmoor', null, 'GB', [50.57, -3.92]),
	park('new-forest', 'New Forest', null, 'GB', [50.87, -1.6]),
	park('kakadu', 'Kakadu', null, 'AU', [-12.8, 132.5]),
	park('blue-mountains', 'Blue Mountains', 'montagnes Bleues', 'AU', [-33.71, 150.31]),
	park('fiordland', 'Fiordland', null, 'NZ', [-45.4, 167.7]),
	park('tongariro', 'Tongariro', null, 'NZ', [-39.2, 175.6]),
	park('yasuni', 'Yasuní', null, 'EC', [-1.0, -76.0], { names: ['Yasuni'] }),
	{ id: 'darien-gap', kind: 'region', en: 'Darién Gap', fr: 'bouchon du Darién', names: ['Darien Gap', 'jungle du Darién', 'jungle du Darien', 'forêt du Darién'], country: 'PA', point: [8.0, -77.5] },
	{ id: 'niagara-falls', kind: 'site', en: 'Niagara Falls', fr: 'chutes du Niagara', country: null, point: [43.08, -79.07] },
	{ id: 'victoria-falls', kind: 'site', en: 'Victoria Falls', fr: 'chutes Victoria', country: null, point: [-17.92, 25.86] },
	{ id: 'cinque-terre', kind: 'region', en: 'Cinque Terre', fr: 'Cinque Terre', names: ['Cinq Terres'], country: 'IT', point: [44.12, 9.7] },
	{ id: 'amalfi-coast', kind: 'region', en: 'Amalfi Coast', fr: 'côte amalfitaine', names: ['Côte amalfitaine'], country: 'IT', point: [40.63, 14.6] }
];

/** Dams, nuclear plants and other works the news names on their own. */
export const WORKS: CuratedPlace[] = [
	{ id: 'three-gorges-dam', kind: 'site', en: 'Three Gorges Dam', fr: 'barrage des Trois-Gorges', names: ['Three Gorges', 'Trois-Gorges', 'barrage des Trois Gorges'], country: 'CN', point: [30.82, 111.0] },
	{ id: 'gerd', kind: 'site', en: 'Grand Ethiopian Renaissance Dam', fr: 'Grand barrage de la Renaissance', names: ['=GERD', 'Renaissance Dam', 'barrage de la Renaissance', 'grand barrage de la Renaissance éthiopienne'], country: 'ET', point: [11.21, 35.09] },
	{ id: 'aswan-dam', kind: 'site', en: 'Aswan High Dam', fr: "haut barrage d'Assouan", names: ['Aswan Dam', "barrage d'Assouan"], country: 'EG', point: [23.97, 32.88] },
	{ id: 'hoover-dam', kind: 'site', en: 'Hoover Dam', fr: 'barrage Hoover', country: 'US', point: [36.02, -114.74] },
	{ id: 'itaipu', kind: 'site', en: 'Itaipu Dam', fr: "barrage d'Itaipu", names: ['Itaipu', 'Itaipú'], country: null, point: [-25.41, -54.59] },
	{ id: 'mosul-dam', kind: 'site', en: 'Mosul Dam', fr: 'barrage de Mossoul', country: 'IQ', point: [36.63, 42.82] },
	{ id: 'ataturk-dam', kind: 'site', en: 'Atatürk Dam', fr: 'barrage Atatürk', names: ['Ataturk Dam'], country: 'TR', point: [37.48, 38.32] },
	{ id: 'tarbela-dam', kind: 'site', en: 'Tarbela Dam', fr: 'barrage de Tarbela', country: 'PK', point: [34.09, 72.7] },
	{ id: 'kakhovka-dam', kind: 'site', en: 'Kakhovka Dam', fr: 'barrage de Kakhovka', names: ['Kakhovka dam', 'Nova Kakhovka dam', 'barrage de Nova Kakhovka'], country: 'UA', point: [46.78, 33.37] },
	// `Fukushima` alone stays the prefecture and its city.
	{ id: 'fukushima-daiichi', kind: 'site', en: 'Fukushima Daiichi', fr: 'centrale de Fukushima', names: ['Fukushima Daiichi nuclear power plant', 'Fukushima Daiichi nuclear plant', 'centrale nucléaire de Fukushima', 'centrale de Fukushima-Daiichi', 'centrale nucléaire de Fukushima-Daiichi'], country: 'JP', point: [37.42, 141.03] },
	{ id: 'three-mile-island', kind: 'site', en: 'Three Mile Island', fr: 'Three Mile Island', country: 'US', point: [40.15, -76.72] },
	{ id: 'sellafield', kind: 'site', en: 'Sellafield', fr: 'Sellafield', country: 'GB', point: [54.42, -3.5] },
	{ id: 'hinkley-point', kind: 'site', en: 'Hinkley Point', fr: 'Hinkley Point', names: ['Hinkley Point C'], country: 'GB', point: [51.21, -3.13] },
	{ id: 'flamanville', kind: 'site', en: 'Flamanville Nuclear Power Plant', fr: 'centrale de Flamanville', names: ['centrale nucléaire de Flamanville', 'EPR de Flamanville'], country: 'FR', point: [49.54, -1.88] },
	{ id: 'fessenheim', kind: 'site', en: 'Fessenheim Nuclear Power Plant', fr: 'centrale de Fessenheim', names: ['centrale nucléaire de Fessenheim'], country: 'FR', point: [47.9, 7.56] },
	{ id: 'tricastin', kind: 'site', en: 'Tricastin Nuclear Power Plant', fr: 'centrale du Tricastin', names: ['Tricastin', 'centrale nucléaire du Tricastin', 'site du Tricastin'], country: 'FR', point: [44.33, 4.73] },
	{ id: 'natanz', kind: 'site', en: 'Natanz', fr: 'Natanz', names: ['site de Natanz', 'Natanz nuclear site'], country: 'IR', point: [33.72, 51.73] },
	{ id: 'fordow', kind: 'site', en: 'Fordow', fr: 'Fordo', names: ['Fordo', 'Fordow', 'site de Fordo', 'site de Fordow'], country: 'IR', point: [34.88, 50.99] },
	{ id: 'churchill-falls', kind: 'site', en: 'Churchill Falls', fr: 'Churchill Falls', names: ['Churchill Falls Generating Station', 'centrale de Churchill Falls'], country: 'CA', point: [53.53, -63.97] },
	{ id: 'grand-coulee-dam', kind: 'site', en: 'Grand Coulee Dam', fr: 'barrage de Grand Coulee', country: 'US', point: [47.96, -118.98] },
	{ id: 'kariba-dam', kind: 'site', en: 'Kariba Dam', fr: 'barrage de Kariba', country: null, point: [-16.52, 28.76] },
	{ id: 'inga-dams', kind: 'site', en: 'Inga dams', fr: "barrages d'Inga", names: ['Inga Dams', 'Grand Inga', "barrage d'Inga"], country: 'CD', point: [-5.52, 13.62] },
	{ id: 'channel-tunnel', kind: 'site', en: 'Channel Tunnel', fr: 'tunnel sous la Manche', country: null, point: [51.01, 1.5] },
	{ id: 'millau-viaduct', kind: 'site', en: 'Millau Viaduct', fr: 'viaduc de Millau', country: 'FR', point: [44.08, 3.02] },
	{ id: 'morandi-bridge', kind: 'site', en: 'Morandi Bridge', fr: 'pont Morandi', names: ['Morandi bridge', 'Ponte Morandi'], country: 'IT', point: [44.426, 8.889] },
	{ id: 'key-bridge', kind: 'site', en: 'Francis Scott Key Bridge', fr: 'pont Francis-Scott-Key', names: ['pont Francis Scott Key'], country: 'US', point: [39.217, -76.528] },
	{ id: 'golden-gate-bridge', kind: 'site', en: 'Golden Gate Bridge', fr: 'pont du Golden Gate', country: 'US', point: [37.82, -122.478] },
	{ id: 'khyber-pass', kind: 'site', en: 'Khyber Pass', fr: 'col de Khyber', names: ['passe de Khyber'], country: 'PK', point: [34.08, 71.1] },
	{ id: 'suwalki-gap', kind: 'region', en: 'Suwałki Gap', fr: 'corridor de Suwałki', names: ['Suwalki Gap', 'trouée de Suwałki', 'trouée de Suwalki', 'corridor de Suwalki'], country: 'PL', point: [54.1, 23.2] },
	{ id: 'philadelphi-corridor', kind: 'region', en: 'Philadelphi Corridor', fr: 'corridor de Philadelphie', names: ['Philadelphi corridor', 'axe de Philadelphie', 'corridor Philadelphie'], country: 'PS', point: [31.27, 34.26] },
	{ id: 'netzarim-corridor', kind: 'region', en: 'Netzarim Corridor', fr: 'corridor de Netzarim', names: ['Netzarim corridor'], country: 'PS', point: [31.46, 34.42] }
];

/** Landmarks and squares, at their own point. */
export const LANDMARKS: CuratedPlace[] = [
	{ id: 'eiffel-tower', kind: 'site', en: 'Eiffel Tower', fr: 'tour Eiffel', country: 'FR', point: [48.858, 2.294] },
	{ id: 'louvre', kind: 'site', en: 'Louvre', fr: 'Louvre', names: ['musée du Louvre', 'Louvre Museum'], country: 'FR', point: [48.861, 2.336] },
	// …and its namesakes, so `Louvre` does not read as Paris in them.
	{ id: 'louvre-abu-dhabi', kind: 'site', en: 'Louvre Abu Dhabi', fr: 'Louvre Abou Dhabi', names: ['Louvre Abu Dhabi'], country: 'AE', point: [24.534, 54.398] },
	{ id: 'louvre-lens', kind: 'site', en: 'Louvre-Lens', fr: 'Louvre-Lens', country: 'FR', point: [50.43, 2.8] },
	{ id: 'notre-dame-de-paris', kind: 'site', en: 'Notre-Dame de Paris', fr: 'Notre-Dame de Paris', names: ['cathédrale Notre-Dame de Paris', 'Notre-Dame Cathedral', 'cathédrale Notre-Dame'], country: 'FR', point: [48.853, 2.35] },
	{ id: 'champs-elysees', kind: 'site', en: 'Champs-Élysées', fr: 'Champs-Élysées', names: ['avenue des Champs-Élysées', 'Champs Elysees'], country: 'FR', point: [48.87, 2.307] },
	{ id: 'place-de-la-concorde', kind: 'site', en: 'Place de la Concorde', fr: 'place de la Concorde', country: 'FR', point: [48.865, 2.321] },
	{ id: 'arc-de-triomphe', kind: 'site', en: 'Arc de Triomphe', fr: 'Arc de triomphe', country: 'FR', point: [48.874, 2.295] },
	{ id: 'trocadero', kind: 'site', en: 'Trocadéro', fr: 'Trocadéro', names: ['place du Trocadéro', 'Trocadero'], country: 'FR', point: [48.862, 2.288] },
	{ id: 'place-de-la-bastille', kind: 'site', en: 'Place de la Bastille', fr: 'place de la Bastille', country: 'FR', point: [48.853, 2.369] },
	{ id: 'promenade-des-anglais', kind: 'site', en: 'Promenade des Anglais', fr: 'promenade des Anglais', country: 'FR', point: [43.695, 7.265] },
	{ id: 'croisette', kind: 'site', en: 'Croisette', fr: 'Croisette', names: ['boulevard de la Croisette'], country: 'FR', point: [43.55, 7.02] },
	{ id: 'times-square', kind: 'site', en: 'Times Square', fr: 'Times Square', country: 'US', point: [40.758, -73.986] },
	{ id: 'central-park', kind: 'site', en: 'Central Park', fr: 'Central Park', country: 'US', point: [40.78, -73.966] },
	{ id: 'ground-zero', kind: 'site', en: 'Ground Zero', fr: 'Ground Zero', country: 'US', point: [40.711, -74.013] },
	{ id: 'statue-of-liberty', kind: 'site', en: 'Statue of Liberty', fr: 'statue de la Liberté', country: 'US', point: [40.689, -74.045] },
	{ id: 'national-mall', kind: 'site', en: 'National Mall', fr: 'National Mall', country: 'US', point: [38.889, -77.023] },
	{ id: 'lincoln-memorial', kind: 'site', en: 'Lincoln Memorial', fr: 'Lincoln Memorial', names: ['mémorial de Lincoln'], country: 'US', point: [38.889, -77.05] },
	{ id: 'trafalgar-square', kind: 'site', en: 'Trafalgar Square', fr: 'Trafalgar Square', country: 'GB', point: [51.508, -0.128] },
	{ id: 'piccadilly-circus', kind: 'site', en: 'Piccadilly Circus', fr: 'Piccadilly Circus', country: 'GB', point: [51.51, -0.134] },
	{ id: 'big-ben', kind: 'site', en: 'Big Ben', fr: 'Big Ben', country: 'GB', point: [51.5007, -0.1246] },
	{ id: 'stonehenge', kind: 'site', en: 'Stonehenge', fr: 'Stonehenge', country: 'GB', point: [51.179, -1.826] },
	{ id: 'red-square', kind: 'site', en: 'Red Square', fr: 'place Rouge', country: 'RU', point: [55.754, 37.62] },
	{ id: 'brandenburg-gate', kind: 'site', en: 'Brandenburg Gate', fr: 'porte de Brandebourg', names: ['Brandenburger Tor'], country: 'DE', point: [52.516, 13.378] },
	{ id: 'alexanderplatz', kind: 'site', en: 'Alexanderplatz', fr: 'Alexanderplatz', country: 'DE', point: [52.522, 13.413] },
	{ id: 'colosseum', kind: 'site', en: 'Colosseum', fr: 'Colisée', names: ['Colosseo'], country: 'IT', point: [41.89, 12.492] },
	{ id: 'st-peters-square', kind: 'site', en: "St. Peter's Square", fr: 'place Saint-Pierre', names: ["Saint Peter's Square", "St Peter's Square"], country: 'VA', point: [41.902, 12.457] },
	{ id: 'st-peters-basilica', kind: 'site', en: "St. Peter's Basilica", fr: 'basilique Saint-Pierre', names: ["Saint Peter's Basilica", "St Peter's Basilica", 'basilique Saint-Pierre de Rome'], country: 'VA', point: [41.902, 12.453] },
	{ id: 'sistine-chapel', kind: 'site', en: 'Sistine Chapel', fr: 'chapelle Sixtine', country: 'VA', point: [41.903, 12.454] },
	{ id: 'st-marks-square', kind: 'site', en: "St. Mark's Square", fr: 'place Saint-Marc', names: ["St Mark's Square", 'Piazza San Marco'], country: 'IT', point: [45.434, 12.338] },
	{ id: 'acropolis', kind: 'site', en: 'Acropolis', fr: 'Acropole', names: ['Acropolis of Athens', "Acropole d'Athènes", 'Parthenon', 'Parthénon'], country: 'GR', point: [37.971, 23.726] },
	{ id: 'syntagma-square', kind: 'site', en: 'Syntagma Square', fr: 'place Syntagma', names: ['place Syntagma', 'Syntagma'], country: 'GR', point: [37.975, 23.735] },
	{ id: 'wenceslas-square', kind: 'site', en: 'Wenceslas Square', fr: 'place Venceslas', country: 'CZ', point: [50.081, 14.428] },
	{ id: 'puerta-del-sol', kind: 'site', en: 'Puerta del Sol', fr: 'Puerta del Sol', country: 'ES', point: [40.417, -3.703] },
	{ id: 'plaza-de-mayo', kind: 'site', en: 'Plaza de Mayo', fr: 'place de Mai', names: ['Plaza de Mayo'], country: 'AR', point: [-34.608, -58.372] },
	{ id: 'zocalo', kind: 'site', en: 'Zócalo', fr: 'Zócalo', names: ['Zocalo'], country: 'MX', point: [19.433, -99.133] },
	// `Tahrir` and `Taksim` alone are in other names (`Hayat Tahrir al-Sham`) and neighbourhoods.
	{ id: 'tahrir-square', kind: 'site', en: 'Tahrir Square', fr: 'place Tahrir', country: 'EG', point: [30.044, 31.236] },
	{ id: 'taksim-square', kind: 'site', en: 'Taksim Square', fr: 'place Taksim', country: 'TR', point: [41.037, 28.985] },
	{ id: 'hagia-sophia', kind: 'site', en: 'Hagia Sophia', fr: 'Sainte-Sophie', names: ['Ayasofya', 'basilique Sainte-Sophie'], country: 'TR', point: [41.008, 28.98] },
	{ id: 'western-wall', kind: 'site', en: 'Western Wall', fr: 'mur des Lamentations', names: ['Wailing Wall', 'Kotel', 'mur Occidental'], country: null, point: [31.7767, 35.2345] },
	{ id: 'temple-mount', kind: 'site', en: 'Temple Mount', fr: 'mont du Temple', names: ['Haram al-Sharif', 'Haram al-Charif', 'esplanade des Mosquées', 'Al-Aqsa Mosque', 'Al-Aqsa mosque', 'Al-Aqsa compound', 'mosquée Al-Aqsa', 'mosquée al-Aqsa', 'esplanade des Mosquées'], country: null, point: [31.778, 35.2354] },
	{ id: 'holy-sepulchre', kind: 'site', en: 'Church of the Holy Sepulchre', fr: 'basilique du Saint-Sépulcre', names: ['Holy Sepulchre', 'Saint-Sépulcre', 'église du Saint-Sépulcre'], country: null, point: [31.7784, 35.2296] },
	{ id: 'masjid-al-haram', kind: 'site', en: 'Grand Mosque of Mecca', fr: 'Grande Mosquée de La Mecque', names: ['Masjid al-Haram', 'Great Mosque of Mecca'], country: 'SA', point: [21.4225, 39.826] },
	{ id: 'mount-arafat', kind: 'site', en: 'Mount Arafat', fr: 'mont Arafat', country: 'SA', point: [21.355, 39.984] },
	{ id: 'taj-mahal', kind: 'site', en: 'Taj Mahal', fr: 'Taj Mahal', country: 'IN', point: [27.175, 78.042] },
	{ id: 'golden-temple', kind: 'site', en: 'Golden Temple', fr: "Temple d'or", names: ['Harmandir Sahib', "temple d'Or"], country: 'IN', point: [31.62, 74.877] },
	{ id: 'angkor', kind: 'site', en: 'Angkor Wat', fr: 'Angkor Vat', names: ['Angkor', 'Angkor Wat'], country: 'KH', point: [13.412, 103.867] },
	{ id: 'machu-picchu', kind: 'site', en: 'Machu Picchu', fr: 'Machu Picchu', country: 'PE', point: [-13.163, -72.545] },
	{ id: 'great-wall', kind: 'site', en: 'Great Wall of China', fr: 'Grande Muraille de Chine', names: ['Grande Muraille'], country: 'CN', point: [40.43, 116.57] },
	{ id: 'forbidden-city', kind: 'site', en: 'Forbidden City', fr: 'Cité interdite', country: 'CN', point: [39.916, 116.397] },
	{ id: 'potala', kind: 'site', en: 'Potala Palace', fr: 'palais du Potala', names: ['Potala'], country: 'CN', point: [29.658, 91.117] },
	{ id: 'borobudur', kind: 'site', en: 'Borobudur', fr: 'Borobudur', country: 'ID', point: [-7.608, 110.204] },
	{ id: 'giza-pyramids', kind: 'site', en: 'Pyramids of Giza', fr: 'pyramides de Gizeh', names: ['Giza pyramids', 'Great Pyramid of Giza', 'pyramides de Guizeh', 'grande pyramide de Gizeh'], country: 'EG', point: [29.979, 31.134] },
	{ id: 'valley-of-the-kings', kind: 'site', en: 'Valley of the Kings', fr: 'Vallée des Rois', country: 'EG', point: [25.74, 32.6] },
	{ id: 'chichen-itza', kind: 'site', en: 'Chichén Itzá', fr: 'Chichén Itzá', names: ['Chichen Itza'], country: 'MX', point: [20.684, -88.568] },
	{ id: 'teotihuacan', kind: 'site', en: 'Teotihuacan', fr: 'Teotihuacan', names: ['Teotihuacán'], country: 'MX', point: [19.692, -98.844] },
	{ id: 'christ-the-redeemer', kind: 'site', en: 'Christ the Redeemer', fr: 'Christ Rédempteur', names: ['Cristo Redentor'], country: 'BR', point: [-22.952, -43.21] },
	{ id: 'sydney-opera-house', kind: 'site', en: 'Sydney Opera House', fr: 'Opéra de Sydney', country: 'AU', point: [-33.857, 151.215] },
	{ id: 'burj-khalifa', kind: 'site', en: 'Burj Khalifa', fr: 'Burj Khalifa', country: 'AE', point: [25.197, 55.274] },
	{ id: 'auschwitz', kind: 'site', en: 'Auschwitz', fr: 'Auschwitz', names: ['Auschwitz-Birkenau', 'camp d’Auschwitz', "camp d'Auschwitz"], country: 'PL', point: [50.027, 19.203] },
	{ id: 'omaha-beach', kind: 'site', en: 'Omaha Beach', fr: 'Omaha Beach', country: 'FR', point: [49.37, -0.87] }
];

/** Railway stations the press names alone. `gare de Lyon` is in Paris, `gare du Nord` no common word. */
export const STATIONS: CuratedPlace[] = [
	{ id: 'gare-du-nord', kind: 'site', en: 'Gare du Nord', fr: 'gare du Nord', names: ['Paris Gare du Nord', 'Paris-Nord'], country: 'FR', point: [48.8809, 2.3553] },
	{ id: 'gare-de-l-est', kind: 'site', en: "Gare de l'Est", fr: "gare de l'Est", names: ['Paris-Est'], country: 'FR', point: [48.8768, 2.3592] },
	{ id: 'gare-de-lyon', kind: 'site', en: 'Gare de Lyon', fr: 'gare de Lyon', names: ['Paris-Gare-de-Lyon', 'gare de Lyon à Paris'], country: 'FR', point: [48.8443, 2.3744] },
	{ id: 'gare-montparnasse', kind: 'site', en: 'Gare Montparnasse', fr: 'gare Montparnasse', names: ['Paris-Montparnasse', 'gare de Montparnasse'], country: 'FR', point: [48.8412, 2.321] },
	{ id: 'gare-saint-lazare', kind: 'site', en: 'Gare Saint-Lazare', fr: 'gare Saint-Lazare', names: ['Paris-Saint-Lazare'], country: 'FR', point: [48.8763, 2.3254] },
	{ id: 'gare-d-austerlitz', kind: 'site', en: "Gare d'Austerlitz", fr: "gare d'Austerlitz", names: ['Paris-Austerlitz'], country: 'FR', point: [48.8422, 2.3656] },
	{ id: 'gare-saint-charles', kind: 'site', en: 'Marseille-Saint-Charles', fr: 'gare Saint-Charles', names: ['gare de Marseille-Saint-Charles', 'Marseille Saint-Charles station'], country: 'FR', point: [43.3026, 5.3806] },
	// Lyon's own stations, so that `gare de Lyon-Perrache` is not read as Paris's `gare de Lyon`.
	{ id: 'gare-perrache', kind: 'site', en: 'Lyon-Perrache', fr: 'gare de Perrache', names: ['gare de Lyon-Perrache', 'Perrache', 'gare Perrache'], country: 'FR', point: [45.7486, 4.8257] },
	{ id: 'gare-saint-exupery', kind: 'site', en: 'Lyon-Saint-Exupéry station', fr: 'gare de Lyon-Saint-Exupéry', names: ['gare Saint-Exupéry'], country: 'FR', point: [45.7209, 5.0756] },
	{ id: 'gare-part-dieu', kind: 'site', en: 'Lyon-Part-Dieu', fr: 'gare de la Part-Dieu', names: ['Part-Dieu', 'gare Part-Dieu', 'gare de Lyon-Part-Dieu'], country: 'FR', point: [45.7606, 4.8594] },
	{ id: 'kings-cross', kind: 'site', en: "King's Cross", fr: "King's Cross", names: ["King's Cross station", "London King's Cross", 'gare de King’s Cross', "gare de King's Cross"], country: 'GB', point: [51.5308, -0.1238] },
	{ id: 'st-pancras', kind: 'site', en: 'St Pancras', fr: 'St Pancras', names: ['St Pancras International', 'St. Pancras', 'gare de St Pancras', 'gare de Saint-Pancras'], country: 'GB', point: [51.5319, -0.1263] },
	{ id: 'euston', kind: 'site', en: 'Euston station', fr: "gare d'Euston", names: ['London Euston'], country: 'GB', point: [51.5282, -0.1337] },
	{ id: 'grand-central', kind: 'site', en: 'Grand Central Terminal', fr: 'Grand Central', names: ['Grand Central Station', 'Grand Central'], country: 'US', point: [40.7527, -73.9772] },
	{ id: 'penn-station', kind: 'site', en: 'Penn Station', fr: 'Penn Station', names: ['Pennsylvania Station'], country: 'US', point: [40.7506, -73.9935] }
];

/** Stadiums and arenas, at their own point. */
export const STADIUMS: CuratedPlace[] = [
	// `Wembley` alone is the London district GeoNames knows.
	{ id: 'wembley-stadium', kind: 'site', en: 'Wembley Stadium', fr: 'stade de Wembley', country: 'GB', point: [51.556, -0.28] },
	{ id: 'twickenham-stadium', kind: 'site', en: 'Twickenham Stadium', fr: 'stade de Twickenham', country: 'GB', point: [51.456, -0.342] },
	{ id: 'murrayfield', kind: 'site', en: 'Murrayfield', fr: 'Murrayfield', names: ['Murrayfield Stadium', 'stade de Murrayfield'], country: 'GB', point: [55.942, -3.241] },
	{ id: 'principality-stadium', kind: 'site', en: 'Principality Stadium', fr: 'Principality Stadium', names: ['Millennium Stadium'], country: 'GB', point: [51.478, -3.183] },
	{ id: 'aviva-stadium', kind: 'site', en: 'Aviva Stadium', fr: 'Aviva Stadium', names: ['stade Aviva'], country: 'IE', point: [53.335, -6.228] },
	{ id: 'croke-park', kind: 'site', en: 'Croke Park', fr: 'Croke Park', country: 'IE', point: [53.361, -6.251] },
	{ id: 'old-trafford', kind: 'site', en: 'Old Trafford', fr: 'Old Trafford', country: 'GB', point: [53.463, -2.291] },
	{ id: 'anfield', kind: 'site', en: 'Anfield', fr: 'Anfield', country: 'GB', point: [53.431, -2.961] },
	{ id: 'stamford-bridge', kind: 'site', en: 'Stamford Bridge', fr: 'Stamford Bridge', country: 'GB', point: [51.482, -0.191] },
	{ id: 'emirates-stadium', kind: 'site', en: 'Emirates Stadium', fr: "stade de l'Emirates", country: 'GB', point: [51.555, -0.108] },
	{ id: 'hampden-park', kind: 'site', en: 'Hampden Park', fr: 'Hampden Park', country: 'GB', point: [55.826, -4.252] },
	{ id: 'parc-des-princes', kind: 'site', en: 'Parc des Princes', fr: 'Parc des Princes', country: 'FR', point: [48.841, 2.253] },
	{ id: 'stade-velodrome', kind: 'site', en: 'Stade Vélodrome', fr: 'stade Vélodrome', names: ['Orange Vélodrome', 'Vélodrome de Marseille'], country: 'FR', point: [43.27, 5.396] },
	{ id: 'stade-pierre-mauroy', kind: 'site', en: 'Stade Pierre-Mauroy', fr: 'stade Pierre-Mauroy', country: 'FR', point: [50.612, 3.13] },
	{ id: 'groupama-stadium', kind: 'site', en: 'Groupama Stadium', fr: 'Groupama Stadium', country: 'FR', point: [45.765, 4.982] },
	{ id: 'stade-geoffroy-guichard', kind: 'site', en: 'Stade Geoffroy-Guichard', fr: 'stade Geoffroy-Guichard', country: 'FR', point: [45.461, 4.39] },
	{ id: 'allianz-arena', kind: 'site', en: 'Allianz Arena', fr: 'Allianz Arena', country: 'DE', point: [48.219, 11.625] },
	{ id: 'signal-iduna-park', kind: 'site', en: 'Signal Iduna Park', fr: 'Signal Iduna Park', names: ['Westfalenstadion'], country: 'DE', point: [51.493, 7.452] },
	{ id: 'san-siro', kind: 'site', en: 'San Siro', fr: 'San Siro', names: ['stade San Siro', 'Stadio Giuseppe Meazza'], country: 'IT', point: [45.478, 9.124] },
	{ id: 'bernabeu', kind: 'site', en: 'Santiago Bernabéu Stadium', fr: 'stade Santiago-Bernabéu', names: ['Santiago Bernabéu', 'Santiago Bernabeu', 'Bernabéu'], country: 'ES', point: [40.453, -3.688] },
	{ id: 'camp-nou', kind: 'site', en: 'Camp Nou', fr: 'Camp Nou', names: ['Spotify Camp Nou'], country: 'ES', point: [41.381, 2.123] },
	{ id: 'maracana', kind: 'site', en: 'Maracanã', fr: 'Maracanã', names: ['Maracana', 'stade Maracanã', 'Maracanã Stadium'], country: 'BR', point: [-22.912, -43.23] },
	{ id: 'bombonera', kind: 'site', en: 'La Bombonera', fr: 'Bombonera', names: ['La Bombonera'], country: 'AR', point: [-34.636, -58.365] },
	{ id: 'estadio-azteca', kind: 'site', en: 'Estadio Azteca', fr: 'stade Aztèque', names: ['Azteca Stadium', 'stade Azteca'], country: 'MX', point: [19.303, -99.15] },
	{ id: 'luzhniki', kind: 'site', en: 'Luzhniki Stadium', fr: 'stade Loujniki', names: ['Luzhniki', 'Loujniki'], country: 'RU', point: [55.716, 37.554] },
	{ id: 'madison-square-garden', kind: 'site', en: 'Madison Square Garden', fr: 'Madison Square Garden', country: 'US', point: [40.75, -73.993] },
	{ id: 'metlife-stadium', kind: 'site', en: 'MetLife Stadium', fr: 'MetLife Stadium', country: 'US', point: [40.813, -74.074] },
	{ id: 'yankee-stadium', kind: 'site', en: 'Yankee Stadium', fr: 'Yankee Stadium', country: 'US', point: [40.829, -73.926] },
	{ id: 'fenway-park', kind: 'site', en: 'Fenway Park', fr: 'Fenway Park', country: 'US', point: [42.346, -71.097] },
	{ id: 'rose-bowl', kind: 'site', en: 'Rose Bowl', fr: 'Rose Bowl', country: 'US', point: [34.161, -118.168] },
	{ id: 'superdome', kind: 'site', en: 'Caesars Superdome', fr: 'Superdome', names: ['Superdome', 'Louisiana Superdome'], country: 'US', point: [29.951, -90.081] },
	{ id: 'eden-park', kind: 'site', en: 'Eden Park', fr: 'Eden Park', country: 'NZ', point: [-36.875, 174.745] },
	{ id: 'ellis-park', kind: 'site', en: 'Ellis Park', fr: 'Ellis Park', names: ['Ellis Park Stadium'], country: 'ZA', point: [-26.197, 28.06] },
	{ id: 'melbourne-cricket-ground', kind: 'site', en: 'Melbourne Cricket Ground', fr: 'Melbourne Cricket Ground', names: ['=MCG'], country: 'AU', point: [-37.82, 144.983] }
];

export const SITES: CuratedPlace[] = [...PARKS, ...WORKS, ...LANDMARKS, ...STATIONS, ...STADIUMS];
