/** key: [name, lat, lon, kind, alts?]. Countries and regions: capital first,
 * centroid among the alts (the eval README's rule). Points from GeoNames
 * (cities-500), rounded; sites, seas and rivers at a representative point. */
export const POINTS = {
	// en-01 floods
	india: ['India', 28.6139, 77.209, 'country', [[22.0, 79.0]]],
	assam: ['Assam', 26.1356, 91.8007, 'region', [[26.2, 92.9]]],
	brahmaputra: ['Brahmaputra River', 26.19, 91.74, 'river', [[26.8, 93.5], [29.3, 90.0], [25.0, 89.7]]],
	guwahati: ['Guwahati', 26.1844, 91.7458, 'city'],
	dhubri: ['Dhubri', 26.0186, 89.9856, 'city'],
	goalpara: ['Goalpara', 26.1767, 90.6263, 'city'],
	bangladesh: ['Bangladesh', 23.7104, 90.4074, 'country', [[23.7, 90.3]]],
	meghalaya: ['Meghalaya', 25.5689, 91.8831, 'region', [[25.5, 91.3]]],
	barpeta: ['Barpeta', 26.3229, 91.0063, 'city'],
	kaziranga: ['Kaziranga National Park', 26.5775, 93.1711, 'site'],
	morigaon: ['Morigaon', 26.2491, 92.3476, 'city'],
	kolkata: ['Kolkata', 22.5626, 88.363, 'city'],
	kurigram: ['Kurigram', 25.8054, 89.6362, 'city'],
	tibet: ['Tibet', 29.65, 91.1, 'region', [[31.7, 88.0]]],
	'bay-of-bengal': ['Bay of Bengal', 15.0, 88.0, 'sea', [[18.0, 88.0]]],
	silchar: ['Silchar', 24.8273, 92.7979, 'city'],
};
Object.assign(POINTS, {
	// en-02 election
	portugal: ['Portugal', 38.7167, -9.1333, 'country', [[39.5, -8.0]]],
	lisbon: ['Lisbon', 38.7167, -9.1333, 'city'],
	europe: ['Europe', 48.6909, 9.1406, 'region', [[50.0, 10.0]]],
	algarve: ['Algarve', 37.0187, -7.9272, 'region', [[37.2, -8.2]]],
	olhao: ['Olhão', 37.0286, -7.8411, 'city'],
	setubal: ['Setúbal', 38.5244, -8.8882, 'city'],
	tagus: ['Tagus', 38.75, -9.05, 'river', [[39.4, -8.3]]],
	brussels: ['Brussels', 50.8505, 4.3488, 'city'],
});
Object.assign(POINTS, {
	// en-03 obituary
	antarctica: ['Antarctica', -82.86, 135.0, 'region', [[-90.0, 0.0], [-75.0, 0.0]]],
	aberdeen: ['Aberdeen', 57.1437, -2.0981, 'city'],
	'north-sea': ['North Sea', 56.0, 3.0, 'sea', [[55.0, 3.0]]],
	tromso: ['Tromsø', 69.6489, 18.9551, 'city'],
	svalbard: ['Svalbard', 78.2233, 15.6469, 'region', [[78.5, 17.0]]],
	'ny-alesund': ['Ny-Ålesund', 78.9250, 11.9300, 'city'],
	kongsfjorden: ['Kongsfjorden', 78.95, 12.0, 'sea'],
	boulder: ['Boulder', 40.015, -105.2706, 'city'],
	colorado: ['Colorado', 39.7392, -104.9848, 'region', [[39.0, -105.5]]],
	ilulissat: ['Ilulissat', 69.2198, -51.0986, 'city'],
	greenland: ['Greenland', 64.1835, -51.7216, 'country', [[72.0, -40.0]]],
	larsen: ['Larsen Ice Shelf', -66.5, -62.0, 'site', [[-67.5, -62.5], [-65.0, -61.0]]],
	'larsen-a': ['Larsen A', -64.6, -60.3, 'site'],
	'larsen-b': ['Larsen B', -65.5, -61.5, 'site'],
	'hope-bay': ['Hope Bay', -63.3967, -56.9967, 'site'],
	'antarctic-peninsula': ['Antarctic Peninsula', -66.0, -63.0, 'region', [[-69.0, -65.0]]],
	scotland: ['Scotland', 55.9533, -3.1883, 'region', [[56.5, -4.2]]],
	cambridge: ['Cambridge', 52.2, 0.1167, 'city'],
	pitlochry: ['Pitlochry', 56.7051, -3.7343, 'city'],
	perthshire: ['Perthshire', 56.3952, -3.4314, 'region', [[56.6, -3.9]]],
	'loch-faskally': ['Loch Faskally', 56.7150, -3.7600, 'lake'],
	perth: ['Perth', 56.3952, -3.4314, 'city'],
});
Object.assign(POINTS, {
	'patagonia-ice': ['Southern Patagonian Ice Field', -49.5, -73.5, 'site'],
	'punta-arenas': ['Punta Arenas', -53.1625, -70.9081, 'city'],
	'pio-xi': ['Pío XI Glacier', -49.2, -74.0, 'site'],
});
Object.assign(POINTS, {
	// en-04 results
	seattle: ['Seattle', 47.6062, -122.3321, 'city'],
	nevada: ['Nevada', 39.1638, -119.7674, 'region', [[39.3, -116.6]]],
	'new-england': ['New England', 42.3584, -71.0598, 'region', [[44.0, -71.5]]],
	'washington-dc': ['Washington, D.C.', 38.9072, -77.0369, 'city'],
	vietnam: ['Vietnam', 21.0278, 105.8342, 'country', [[16.1667, 107.8333]]],
	reno: ['Reno', 39.5296, -119.8138, 'city'],
	kent: ['Kent', 47.3809, -122.2348, 'city'],
	'washington-state': ['Washington', 47.0379, -122.9007, 'region', [[47.4, -120.5]]],
	portland: ['Portland', 45.5235, -122.6762, 'city'],
	oregon: ['Oregon', 44.9429, -123.0351, 'region', [[44.0, -120.5]]],
	bengaluru: ['Bengaluru', 12.9719, 77.5937, 'city'],
});
Object.assign(POINTS, {
	// fr-01 incendie
	'le-luc': ['Le Luc', 43.3945, 6.3125, 'city'],
	var: ['Var', 43.1244, 5.9284, 'region', [[43.45, 6.2]]],
	maures: ['Massif des Maures', 43.27, 6.35, 'site'],
	gonfaron: ['Gonfaron', 43.3204, 6.2893, 'city'],
	'les-mayons': ['Les Mayons', 43.3129, 6.3583, 'city'],
	'la-garde-freinet': ['La Garde-Freinet', 43.3171, 6.4695, 'city'],
	collobrieres: ['Collobrières', 43.2372, 6.309, 'city'],
	grimaud: ['Grimaud', 43.2733, 6.5217, 'city'],
	nimes: ['Nîmes', 43.8367, 4.3579, 'city'],
	toulon: ['Toulon', 43.1244, 5.9284, 'city'],
	'golfe-st-tropez': ['Golfe de Saint-Tropez', 43.27, 6.62, 'sea'],
	draguignan: ['Draguignan', 43.5369, 6.4646, 'city'],
	france: ['France', 48.8534, 2.3488, 'country', [[46.0, 2.0]]],
});
Object.assign(POINTS, {
	// fr-02 verdict
	arve: ['Arve', 46.18, 6.16, 'river', [[46.2, 6.14], [46.07, 6.4]]],
	carouge: ['Carouge', 46.181, 6.1392, 'city'],
	geneve: ['Geneva', 46.2022, 6.1457, 'city'],
	'place-du-marche': ['Place du Marché, Carouge', 46.1836, 6.1397, 'site'],
	'pont-de-vessy': ['Pont de Vessy', 46.1755, 6.1625, 'site'],
	suisse: ['Switzerland', 46.9481, 7.4474, 'country', [[46.8, 8.2]]],
	annemasse: ['Annemasse', 46.1944, 6.2378, 'city'],
	'haute-savoie': ['Haute-Savoie', 45.8992, 6.1294, 'region', [[46.0, 6.4]]],
	paris: ['Paris', 48.8534, 2.3488, 'city'],
	nyon: ['Nyon', 46.3832, 6.2396, 'city'],
	montreal: ['Montréal', 45.5088, -73.5878, 'city'],
});
Object.assign(POINTS, {
	// fr-03 sommet
	brazzaville: ['Brazzaville', -4.2661, 15.2832, 'city'],
	'fleuve-congo': ['Congo River', -4.28, 15.3, 'river', [[-1.0, 18.0], [0.5, 25.0]]],
	kintele: ['Kintélé', -4.14, 15.34, 'city'],
	afrique: ['Africa', 2.0, 20.0, 'area', [[7.0, 21.0]]],
	'amerique-latine': ['Latin America', -15.0, -60.0, 'area', [[-10.0, -60.0]]],
	'asie-se': ['Southeast Asia', 5.0, 110.0, 'area', [[10.0, 106.0]]],
	jakarta: ['Jakarta', -6.2146, 106.8451, 'city'],
	'bassin-congo': ['Congo Basin', -1.0, 20.0, 'region', [[0.0, 22.0]]],
	amazonie: ['Amazon rainforest', -3.4653, -62.2159, 'region', [[-5.0, -60.0]]],
	norvege: ['Norway', 59.9127, 10.7461, 'country', [[62.0, 10.0]]],
	bresil: ['Brazil', -15.7797, -47.9297, 'country', [[-10.0, -55.0]]],
	brasilia: ['Brasília', -15.7797, -47.9297, 'city'],
	belem: ['Belém', -1.4558, -48.5044, 'city'],
	glasgow: ['Glasgow', 55.8652, -4.2576, 'city'],
	douala: ['Douala', 4.0483, 9.7043, 'city'],
	cameroun: ['Cameroon', 3.848, 11.5021, 'country', [[6.0, 12.0]]],
	rdc: ['Democratic Republic of the Congo', -4.3276, 15.3136, 'country', [[-2.9, 23.6]]],
	antalya: ['Antalya', 36.9081, 30.6956, 'city'],
	turquie: ['Turkey', 39.9334, 32.8597, 'country', [[39.0, 35.0]]],
	congo: ['Republic of the Congo', -4.2661, 15.2832, 'country', [[-0.7, 15.2]]],
});
Object.assign(POINTS, {
	// fr-04 canicule
	nantes: ['Nantes', 47.2173, -1.5534, 'city'],
	'loire-atlantique': ['Loire-Atlantique', 47.2173, -1.5534, 'region', [[47.35, -1.75]]],
	'nantes-atlantique': ['Nantes Atlantique Airport', 47.1569, -1.6078, 'site'],
	angers: ['Angers', 47.4716, -0.552, 'city'],
	cholet: ['Cholet', 47.0589, -0.8797, 'city'],
	rennes: ['Rennes', 48.112, -1.6743, 'city'],
	groix: ['Groix', 47.6386, -3.4644, 'city'],
	finistere: ['Finistère', 47.996, -4.0979, 'region', [[48.25, -4.1]]],
	brest: ['Brest', 48.3904, -4.4861, 'city'],
	'maine-et-loire': ['Maine-et-Loire', 47.4716, -0.552, 'region', [[47.4, -0.55]]],
	vendee: ['Vendée', 46.6705, -1.426, 'region', [[46.65, -1.3]]],
	'saint-nazaire': ['Saint-Nazaire', 47.2751, -2.2179, 'city'],
	pornic: ['Pornic', 47.1153, -2.1025, 'city'],
	bretagne: ['Brittany', 48.112, -1.6743, 'region', [[48.2, -2.9]]],
	'pays-de-la-loire': ['Pays de la Loire', 47.2173, -1.5534, 'region', [[47.5, -0.8]]],
});
Object.assign(POINTS, {
	// a party led from a hut at Hope Bay to survey the Larsen Ice Shelf: either point
	'hope-bay-larsen': ['Hope Bay', -63.3967, -56.9967, 'site', [[-66.5, -62.0], [-65.0, -61.0]]],
});
