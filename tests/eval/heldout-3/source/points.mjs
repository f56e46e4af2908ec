/** key: [name, lat, lon, kind, alts?]. Countries and regions: capital first,
 * centroid among the alts (the eval README's rule). Points rounded from
 * GeoNames-style city centres; sites, lakes and rivers at a representative
 * point, with other points along a river among the alts. */
export const POINTS = {
	// en-01 derailment
	montana: ['Montana', 46.5891, -112.0391, 'region', [[47.0, -109.6]]],
	alberton: ['Alberton', 47.0013, -114.4787, 'city'],
	'clark-fork': ['Clark Fork River', 47.0, -114.5, 'river', [[46.87, -113.99], [47.9, -115.7]]],
	missoula: ['Missoula', 46.8721, -113.994, 'city'],
	superior: ['Superior', 47.1916, -114.8918, 'city'],
	billings: ['Billings', 45.7833, -108.5007, 'city'],
	'mineral-county': ['Mineral County', 47.1916, -114.8918, 'region', [[47.15, -114.95]]],
	helena: ['Helena', 46.5891, -112.0391, 'city'],
	idaho: ['Idaho', 43.615, -116.2023, 'region', [[44.4, -114.6]]],
	'pend-oreille': ['Lake Pend Oreille', 48.17, -116.35, 'lake'],
	tarkio: ['Tarkio', 47.0106, -114.7342, 'city'],
};
Object.assign(POINTS, {
	// en-02 rugby
	murrayfield: ['Murrayfield Stadium', 55.9422, -3.2409, 'site'],
	edinburgh: ['Edinburgh', 55.9533, -3.1883, 'city'],
	paris: ['Paris', 48.8534, 2.3488, 'city'],
	twickenham: ['Twickenham Stadium', 51.4559, -0.3415, 'site'],
	dublin: ['Dublin', 53.3498, -6.2603, 'city'],
	cardiff: ['Cardiff', 51.4816, -3.1791, 'city'],
	galashiels: ['Galashiels', 55.6167, -2.8072, 'city'],
	borders: ['Scottish Borders', 55.5755, -2.6703, 'region', [[55.55, -2.8]]],
	wembley: ['Wembley Stadium', 51.556, -0.2796, 'site'],
	ireland: ['Ireland', 53.3498, -6.2603, 'country', [[53.2, -8.0]]],
});
Object.assign(POINTS, {
	// en-03 arrests
	yorkshire: ['Yorkshire', 53.959, -1.0815, 'region', [[54.0, -1.5]]],
	harrogate: ['Harrogate', 53.9921, -1.5418, 'city'],
	leeds: ['Leeds', 53.7965, -1.5478, 'city'],
	bradford: ['Bradford', 53.7939, -1.7521, 'city'],
	rotterdam: ['Rotterdam', 51.9225, 4.4792, 'city'],
	uk: ['United Kingdom', 51.5074, -0.1278, 'country', [[54.0, -2.0]]],
	stray: ['The Stray, Harrogate', 53.99, -1.533, 'site'],
	london: ['London', 51.5074, -0.1278, 'city'],
	halifax: ['Halifax', 53.7248, -1.8658, 'city'],
	wakefield: ['Wakefield', 53.6833, -1.4977, 'city'],
	england: ['England', 51.5074, -0.1278, 'region', [[52.5, -1.5]]],
	durham: ['Durham', 54.7761, -1.5733, 'city'],
	netherlands: ['Netherlands', 52.3676, 4.9041, 'country', [[52.1, 5.3]]],
});
Object.assign(POINTS, {
	// en-04 eruption
	iceland: ['Iceland', 64.1466, -21.9426, 'country', [[64.9, -18.6]]],
	reykjanes: ['Reykjanes Peninsula', 63.9, -22.3, 'region', [[63.95, -22.25]]],
	grindavik: ['Grindavík', 63.8424, -22.4338, 'city'],
	reykjavik: ['Reykjavík', 64.1466, -21.9426, 'city'],
	'blue-lagoon': ['Blue Lagoon', 63.8804, -22.4495, 'site'],
	sundhnukur: ['Sundhnúkur', 63.88, -22.4, 'site'],
	keflavik: ['Keflavík International Airport', 63.985, -22.6056, 'site'],
	svartsengi: ['Svartsengi', 63.878, -22.432, 'site'],
	fagradalsfjall: ['Fagradalsfjall', 63.9, -22.27, 'mountain'],
	eyjafjallajokull: ['Eyjafjallajökull', 63.63, -19.62, 'mountain'],
	europe: ['Europe', 48.6909, 9.1406, 'region', [[50.0, 10.0]]],
	hafnarfjordur: ['Hafnarfjörður', 64.0671, -21.9377, 'city'],
	germany: ['Germany', 52.52, 13.405, 'country', [[51.2, 10.4]]],
	oslo: ['Oslo', 59.9139, 10.7522, 'city'],
});
Object.assign(POINTS, {
	// fr-01 verglas
	'quebec-prov': ['Quebec', 46.8139, -71.208, 'region', [[46.5, -72.5], [52.0, -72.0]]],
	monteregie: ['Montérégie', 45.4, -73.2, 'region', [[45.3, -73.0]]],
	estrie: ['Estrie', 45.4042, -71.8929, 'region', [[45.4, -71.9]]],
	sherbrooke: ['Sherbrooke', 45.4042, -71.8929, 'city'],
	granby: ['Granby', 45.4001, -72.7333, 'city'],
	'nouveau-brunswick': ['New Brunswick', 45.9636, -66.6431, 'region', [[46.5, -66.2]]],
	ontario: ['Ontario', 43.6532, -79.3832, 'region', [[50.0, -85.0]]],
	'quebec-city': ['Quebec City', 46.8139, -71.208, 'city'],
	longueuil: ['Longueuil', 45.5312, -73.5181, 'city'],
	montreal: ['Montréal', 45.5088, -73.5878, 'city'],
	yul: ['Montréal-Trudeau International Airport', 45.4706, -73.7408, 'site'],
	'cote-nord': ['Côte-Nord', 49.2167, -68.15, 'region', [[50.5, -65.0]]],
	gaspesie: ['Gaspésie', 48.8316, -64.4869, 'region', [[48.9, -65.5]]],
});
Object.assign(POINTS, {
	// fr-02 braquage
	versailles: ['Versailles', 48.8049, 2.1204, 'city'],
	'seine-saint-denis': ['Seine-Saint-Denis', 48.9077, 2.4396, 'region', [[48.91, 2.48]]],
	'val-d-oise': ["Val-d'Oise", 49.0364, 2.0761, 'region', [[49.07, 2.17]]],
	bobigny: ['Bobigny', 48.9077, 2.4396, 'city'],
	aulnay: ['Aulnay-sous-Bois', 48.9386, 2.4975, 'city'],
	sarcelles: ['Sarcelles', 48.9973, 2.3804, 'city'],
	'rue-paroisse': ['Rue de la Paroisse, Versailles', 48.8062, 2.1305, 'site'],
	yvelines: ['Yvelines', 48.8049, 2.1204, 'region', [[48.8, 1.85]]],
	rocquencourt: ['Rocquencourt', 48.8378, 2.1092, 'city'],
	drancy: ['Drancy', 48.923, 2.4455, 'city'],
	belgique: ['Belgium', 50.8505, 4.3488, 'country', [[50.6, 4.6]]],
	france: ['France', 48.8534, 2.3488, 'country', [[46.0, 2.0]]],
	espagne: ['Spain', 40.4168, -3.7038, 'country', [[40.2, -3.6]]],
	poissy: ['Poissy', 48.9294, 2.0455, 'city'],
});
Object.assign(POINTS, {
	// fr-03 festival
	dinant: ['Dinant', 50.2606, 4.9117, 'city'],
	meuse: ['Meuse', 50.26, 4.915, 'river', [[50.47, 4.87], [50.63, 5.58], [49.16, 5.39], [51.72, 5.27]]],
	'rocher-bayard': ['Rocher Bayard', 50.2529, 4.9143, 'site'],
	namur: ['Namur', 50.4669, 4.8675, 'city'],
	bruxelles: ['Brussels', 50.8505, 4.3488, 'city'],
	ronquieres: ['Ronquières', 50.6095, 4.2215, 'city'],
});
Object.assign(POINTS, {
	// fr-04 rachat
	morez: ['Morez', 46.5236, 6.0247, 'city'],
	'haut-jura': ['Haut-Jura', 46.3872, 5.8636, 'region', [[46.45, 5.95]]],
	milan: ['Milan', 45.4642, 9.19, 'city'],
	timisoara: ['Timișoara', 45.7489, 21.2087, 'city'],
	roumanie: ['Romania', 44.4268, 26.1025, 'country', [[45.9, 24.9]]],
	agordo: ['Agordo', 46.2822, 12.0339, 'city'],
	dolomites: ['Dolomites', 46.4, 11.85, 'mountain', [[46.5, 12.0]]],
	jura: ['Jura', 46.6747, 5.5547, 'region', [[46.73, 5.7]]],
	dieppe: ['Dieppe', 49.9229, 1.0775, 'city'],
});
