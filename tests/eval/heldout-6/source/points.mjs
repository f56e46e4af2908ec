/** key: [name, lat, lon, kind, alts?]. Countries and regions: capital first,
 * centroid among the alts (the eval README's rule). Cities at their centres;
 * sites, islands, seas, mountains and rivers at a representative point. */
export const POINTS = {
	// en-01 oil spill
	texas: ['Texas', 30.2672, -97.7431, 'region', [[31.0, -99.0]]],
	galveston: ['Galveston', 29.3013, -94.7977, 'city'],
	'galveston-island': ['Galveston Island', 29.2, -94.95, 'region', [[29.3013, -94.7977]]],
	gulf: ['Gulf of Mexico', 25.0, -90.0, 'sea', [[28.5, -93.5], [29.0, -94.5]]],
	bolivar: ['Bolivar Peninsula', 29.45, -94.6, 'region'],
	'port-arthur': ['Port Arthur', 29.885, -93.94, 'city'],
	athens: ['Athens', 37.9838, 23.7275, 'city'],
	'galveston-bay': ['Galveston Bay', 29.5, -94.85, 'sea'],
	kemah: ['Kemah', 29.5427, -95.0205, 'city'],
	houston: ['Houston', 29.7604, -95.3698, 'city'],
	'texas-city': ['Texas City', 29.3838, -94.9027, 'city'],
	louisiana: ['Louisiana', 30.4515, -91.1871, 'region', [[31.0, -92.0], [28.74, -88.39]]],
	'ship-channel': ['Houston Ship Channel', 29.72, -95.1, 'site'],
	washington: ['Washington, D.C.', 38.9072, -77.0369, 'city'],
};
Object.assign(POINTS, {
	// en-02 ferry
	'bass-strait': ['Bass Strait', -39.5, 146.0, 'sea', [[-40.5, 145.5], [-39.0, 144.5]]],
	europe: ['Europe', 54.5, 15.3, 'region', [[50.85, 4.35], [48.8566, 2.3522]]],
	tasmania: ['Tasmania', -42.8821, 147.3272, 'region', [[-42.0, 146.6]]],
	devonport: ['Devonport', -41.18, 146.35, 'city'],
	geelong: ['Geelong', -38.1499, 144.3617, 'city'],
	melbourne: ['Melbourne', -37.8136, 144.9631, 'city'],
	finland: ['Finland', 60.1699, 24.9384, 'country', [[64.0, 26.0]]],
	launceston: ['Launceston', -41.4332, 147.1441, 'city'],
	ballarat: ['Ballarat', -37.5622, 143.8503, 'city'],
	hobart: ['Hobart', -42.8821, 147.3272, 'city'],
	smithton: ['Smithton', -40.844, 145.12, 'city'],
	queenstown: ['Queenstown', -42.08, 145.555, 'city'],
});
Object.assign(POINTS, {
	// en-03 polio
	pakistan: ['Pakistan', 33.6844, 73.0479, 'country', [[30.0, 70.0]]],
	peshawar: ['Peshawar', 34.0151, 71.5249, 'city'],
	kp: ['Khyber Pakhtunkhwa', 34.0151, 71.5249, 'region', [[34.5, 72.0]]],
	karachi: ['Karachi', 24.8607, 67.0011, 'city'],
	islamabad: ['Islamabad', 33.6844, 73.0479, 'city'],
	bannu: ['Bannu', 32.9861, 70.6042, 'city'],
	lakki: ['Lakki Marwat', 32.6079, 70.9113, 'city'],
	abbottabad: ['Abbottabad', 34.1688, 73.2215, 'city'],
	afghanistan: ['Afghanistan', 34.5553, 69.2075, 'country', [[33.9, 67.7]]],
	kabul: ['Kabul', 34.5553, 69.2075, 'city'],
	torkham: ['Torkham', 34.1, 71.09, 'site'],
	nigeria: ['Nigeria', 9.0765, 7.3986, 'country', [[9.08, 8.68]]],
	geneva: ['Geneva', 46.2044, 6.1432, 'city'],
});
Object.assign(POINTS, {
	// en-04 marathon
	berlin: ['Berlin', 52.52, 13.405, 'city'],
	brandenburg: ['Brandenburg Gate', 52.5163, 13.3777, 'site'],
	iten: ['Iten', 0.6703, 35.5081, 'city'],
	kenya: ['Kenya', -1.2921, 36.8219, 'country', [[0.02, 37.9]]],
	rift: ['Rift Valley', 0.5143, 35.2698, 'region', [[0.0, 36.0], [-1.2921, 36.8219]]],
	ethiopia: ['Ethiopia', 9.03, 38.74, 'country', [[9.15, 40.49]]],
	addis: ['Addis Ababa', 9.03, 38.74, 'city'],
	japan: ['Japan', 35.6762, 139.6503, 'country', [[36.2, 138.25]]],
	linden: ['Unter den Linden', 52.517, 13.389, 'site'],
	valencia: ['Valencia', 39.4699, -0.3763, 'city'],
	london: ['London', 51.5074, -0.1278, 'city'],
	beijing: ['Beijing', 39.9042, 116.4074, 'city'],
	potsdamer: ['Potsdamer Platz', 52.5096, 13.376, 'site'],
});
Object.assign(POINTS, {
	// fr-01 mountain pass
	montgenevre: ['Montgenèvre', 44.9306, 6.7247, 'city'],
	briancon: ['Briançon', 44.8986, 6.6436, 'city'],
	'hautes-alpes': ['Hautes-Alpes', 44.5594, 6.0786, 'region', [[44.66, 6.26]]],
	claviere: ['Claviere', 44.9386, 6.7517, 'city'],
	grenoble: ['Grenoble', 45.1885, 5.7245, 'city'],
	france: ['France', 48.8566, 2.3522, 'country', [[46.6, 2.2]]],
	mediterranee: ['Mediterranean Sea', 35.0, 18.0, 'sea', [[38.0, 5.0], [34.0, 25.0]]],
	turin: ['Turin', 45.0703, 7.6869, 'city'],
	gap: ['Gap', 44.5594, 6.0786, 'city'],
	rome: ['Rome', 41.9028, 12.4964, 'city'],
	roya: ['Roya Valley', 43.95, 7.55, 'region', [[44.06, 7.58]]],
});
Object.assign(POINTS, {
	// fr-02 ski resorts
	alpes: ['Alps', 45.8, 6.9, 'mountain', [[46.5, 10.0], [45.1885, 5.7245]]],
	pyrenees: ['Pyrenees', 42.7, 0.5, 'mountain', [[42.6, 1.6], [42.8, -0.5]]],
	'massif-central': ['Massif Central', 45.3, 2.8, 'mountain', [[45.7772, 3.087]]],
	vosges: ['Vosges', 48.1, 7.0, 'mountain', [[48.17, 6.45]]],
	metabief: ['Métabief', 46.7717, 6.3517, 'city'],
	doubs: ['Doubs', 47.2378, 6.0241, 'region', [[47.1, 6.35]]],
	'font-romeu': ['Font-Romeu-Odeillo-Via', 42.5047, 2.0397, 'city'],
	'pyrenees-orientales': ['Pyrénées-Orientales', 42.6986, 2.8956, 'region', [[42.6, 2.5]]],
	chambery: ['Chambéry', 45.5646, 5.9178, 'city'],
	avoriaz: ['Avoriaz', 46.1917, 6.7739, 'city'],
	'haute-savoie': ['Haute-Savoie', 45.8992, 6.1294, 'region', [[46.0, 6.4]]],
	jura: ['Jura', 46.6, 6.0, 'mountain', [[46.67, 5.55], [47.0, 6.9]]],
});
Object.assign(POINTS, {
	// fr-03 school
	ariege: ['Ariège', 42.9653, 1.6069, 'region', [[42.92, 1.5]]],
	seix: ['Seix', 42.8656, 1.2031, 'city'],
	couserans: ['Couserans', 42.9861, 1.1464, 'region', [[42.9, 1.15]]],
	'saint-girons': ['Saint-Girons', 42.9861, 1.1464, 'city'],
	oust: ['Oust', 42.8747, 1.2178, 'city'],
	couflens: ['Couflens', 42.7786, 1.1883, 'city'],
	foix: ['Foix', 42.9653, 1.6069, 'city'],
	ustou: ['Ustou', 42.7897, 1.2597, 'city'],
	'col-core': ['Col de la Core', 42.8486, 1.1208, 'site'],
});
Object.assign(POINTS, {
	// fr-04 royal visit
	'cote-ivoire': ["Côte d'Ivoire", 6.8276, -5.2893, 'country', [[5.36, -4.0083], [7.54, -5.55]]],
	abidjan: ['Abidjan', 5.36, -4.0083, 'city'],
	plateau: ['Le Plateau', 5.3236, -4.0197, 'site'],
	belgique: ['Belgium', 50.8503, 4.3517, 'country', [[50.64, 4.67]]],
	anvers: ['Antwerp', 51.2194, 4.4025, 'city'],
	bruxelles: ['Brussels', 50.8503, 4.3517, 'city'],
	yamoussoukro: ['Yamoussoukro', 6.8276, -5.2893, 'city'],
	basilique: ['Basilica of Our Lady of Peace', 6.8117, -5.2967, 'site'],
	stade: ['Stade Félix Houphouët-Boigny', 5.3314, -4.0206, 'site'],
	soubre: ['Soubré', 5.785, -6.6083, 'city'],
	nawa: ['Nawa', 5.785, -6.6083, 'region', [[5.8, -6.6]]],
	'grand-bassam': ['Grand-Bassam', 5.2118, -3.7386, 'city'],
});
