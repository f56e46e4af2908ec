/** key: [name, lat, lon, kind, alts?]. Countries and regions: capital first,
 * centroid among the alts (the eval README's rule). Cities at their centres;
 * sites, mountains, seas and rivers at a representative point. */
export const POINTS = {
	// en-01 cyber-attack
	yorkshire: ['Yorkshire', 53.959, -1.0815, 'region', [[53.8, -1.55], [54.0, -1.5]]],
	leeds: ['Leeds', 53.7997, -1.5492, 'city'],
	'west-yorkshire': ['West Yorkshire', 53.6833, -1.4977, 'region', [[53.75, -1.7], [53.7997, -1.5492]]],
	wakefield: ['Wakefield', 53.6833, -1.4977, 'city'],
	harrogate: ['Harrogate', 53.9921, -1.5418, 'city'],
	bradford: ['Bradford', 53.7939, -1.7521, 'city'],
	york: ['York', 53.959, -1.0815, 'city'],
	otley: ['Otley', 53.905, -1.694, 'city'],
	russia: ['Russia', 55.7558, 37.6173, 'country', [[61.5, 105.3]]],
	moscow: ['Moscow', 55.7558, 37.6173, 'city'],
	westminster: ['Westminster', 51.4975, -0.1357, 'city'],
	london: ['London', 51.5074, -0.1278, 'city'],
	england: ['England', 51.5074, -0.1278, 'country', [[52.5, -1.5]]],
};
Object.assign(POINTS, {
	// en-02 avalanche
	kathmandu: ['Kathmandu', 27.7172, 85.324, 'city'],
	nepal: ['Nepal', 27.7172, 85.324, 'country', [[28.3949, 84.124]]],
	manaslu: ['Manaslu', 28.5497, 84.5617, 'site'],
	poland: ['Poland', 52.2297, 21.0122, 'country', [[52.1, 19.4]]],
	germany: ['Germany', 52.52, 13.405, 'country', [[51.2, 10.4]]],
	chile: ['Chile', -33.4489, -70.6693, 'country', [[-35.7, -71.5]]],
	'south-korea': ['South Korea', 37.5665, 126.978, 'country', [[36.5, 127.9]]],
	samagaun: ['Samagaun', 28.5686, 84.6422, 'city'],
	himalayas: ['Himalayas', 28.5, 84.5, 'region', [[27.9881, 86.925], [29.0, 83.0]]],
	gorkha: ['Gorkha District', 28.0, 84.6281, 'region', [[28.3, 84.8]]],
	china: ['China', 39.9042, 116.4074, 'country', [[35.0, 103.0]]],
	everest: ['Mount Everest', 27.9881, 86.925, 'site'],
	khumbu: ['Khumbu Icefall', 28.0, 86.85, 'site'],
});
Object.assign(POINTS, {
	// en-03 log boat
	somerset: ['Somerset', 51.0143, -3.1029, 'region', [[51.1, -3.0]]],
	'somerset-levels': ['Somerset Levels', 51.15, -2.85, 'region', [[51.1, -2.9]]],
	britain: ['Great Britain', 51.5074, -0.1278, 'country', [[54.0, -2.0]]],
	glastonbury: ['Glastonbury', 51.1489, -2.714, 'city'],
	meare: ['Meare', 51.1708, -2.7828, 'city'],
	oxford: ['Oxford', 51.752, -1.2577, 'city'],
	brue: ['River Brue', 51.17, -2.85, 'river', [[51.2, -2.95], [51.1, -2.5]]],
	peterborough: ['Peterborough', 52.5695, -0.2405, 'city'],
	cambridgeshire: ['Cambridgeshire', 52.2053, 0.1218, 'region', [[52.4, 0.0]]],
	taunton: ['Taunton', 51.0143, -3.1029, 'city'],
	'must-farm': ['Must Farm', 52.561, -0.192, 'site'],
});
Object.assign(POINTS, {
	// en-04 hostage
	agadez: ['Agadez', 16.9733, 7.9911, 'city'],
	sahel: ['Sahel', 14.5, 2.0, 'region', [[13.5116, 2.1254], [15.0, -1.0], [14.0, 10.0]]],
	perth: ['Perth', -31.9523, 115.8613, 'city'],
	niger: ['Niger', 13.5116, 2.1254, 'country', [[17.6, 8.1]]],
	mali: ['Mali', 12.6392, -8.0029, 'country', [[17.6, -4.0]]],
	niamey: ['Niamey', 13.5116, 2.1254, 'city'],
	canberra: ['Canberra', -35.2809, 149.13, 'city'],
	qatar: ['Qatar', 25.2854, 51.531, 'country', [[25.35, 51.18]]],
	doha: ['Doha', 25.2854, 51.531, 'city'],
	paris: ['Paris', 48.8566, 2.3522, 'city'],
	fremantle: ['Fremantle', -32.0569, 115.7439, 'city'],
	'burkina-faso': ['Burkina Faso', 12.3714, -1.5197, 'country', [[12.24, -1.56]]],
});
Object.assign(POINTS, {
	// fr-01 Liège-Bastogne-Liège
	liege: ['Liège', 50.6326, 5.5797, 'city'],
	'roche-aux-faucons': ['Côte de la Roche-aux-Faucons', 50.57, 5.555, 'site'],
	'la-redoute': ['Côte de La Redoute', 50.4839, 5.705, 'site'],
	'place-st-lambert': ['Place Saint-Lambert', 50.6455, 5.5736, 'site'],
	bastogne: ['Bastogne', 49.9986, 5.715, 'city'],
	ourthe: ['Ourthe', 50.45, 5.62, 'river', [[50.63, 5.58], [50.2, 5.6]]],
	'col-du-rosier': ['Col du Rosier', 50.4406, 5.8453, 'site'],
	verviers: ['Verviers', 50.5891, 5.8631, 'city'],
	huy: ['Huy', 50.5183, 5.2394, 'city'],
	suisse: ['Suisse', 46.948, 7.4474, 'country', [[46.8, 8.2]]],
	barcelone: ['Barcelone', 41.3874, 2.1686, 'city'],
});
Object.assign(POINTS, {
	// fr-02 fossil
	miguasha: ['Parc national de Miguasha', 48.1058, -66.3717, 'site'],
	gaspesie: ['Gaspésie', 48.8316, -64.4869, 'region', [[48.6, -65.7], [48.4, -66.0]]],
	saskatoon: ['Saskatoon', 52.1332, -106.67, 'city'],
	rimouski: ['Rimouski', 48.449, -68.523, 'city'],
	ottawa: ['Ottawa', 45.4215, -75.6972, 'city'],
	quebec: ['Québec', 46.8139, -71.208, 'city', [[52.9399, -73.5491]]],
	montreal: ['Montréal', 45.5019, -73.5674, 'city'],
	carleton: ['Carleton-sur-Mer', 48.1036, -66.1283, 'city'],
	ristigouche: ['Rivière Ristigouche', 48.05, -66.45, 'river', [[47.99, -66.68], [47.6, -67.5]]],
	'nouveau-brunswick': ['Nouveau-Brunswick', 45.9636, -66.6431, 'region', [[46.5, -66.2]]],
	alberta: ['Alberta', 53.5461, -113.4938, 'region', [[55.0, -115.0]]],
});
Object.assign(POINTS, {
	// fr-03 bassines
	mauze: ['Mauzé-sur-le-Mignon', 46.1947, -0.6717, 'city'],
	'marais-poitevin': ['Marais poitevin', 46.35, -0.85, 'region', [[46.3, -1.0]]],
	'deux-sevres': ['Deux-Sèvres', 46.3237, -0.4588, 'region', [[46.5, -0.33]]],
	niort: ['Niort', 46.3237, -0.4588, 'city'],
	'la-rochelle': ['La Rochelle', 46.1603, -1.1511, 'city'],
	nantes: ['Nantes', 47.2184, -1.5536, 'city'],
	bordeaux: ['Bordeaux', 44.8378, -0.5792, 'city'],
	toulouse: ['Toulouse', 43.6047, 1.4442, 'city'],
	'sainte-soline': ['Sainte-Soline', 46.2466, 0.0383, 'city'],
	poitiers: ['Poitiers', 46.5802, 0.3404, 'city'],
	'sevre-niortaise': ['Sèvre niortaise', 46.32, -0.55, 'river', [[46.3, -0.9], [46.4, -0.2]]],
});
Object.assign(POINTS, {
	// fr-04 séisme
	abruzzes: ['Abruzzes', 42.3498, 13.3995, 'region', [[42.2, 13.85]]],
	italie: ['Italie', 41.9028, 12.4964, 'country', [[42.8, 12.6]]],
	laquila: ["L'Aquila", 42.3498, 13.3995, 'city'],
	sulmona: ['Sulmona', 42.048, 13.9262, 'city'],
	majella: ['Majella', 42.087, 14.086, 'site'],
	rome: ['Rome', 41.9028, 12.4964, 'city'],
	pescara: ['Pescara', 42.4618, 14.2161, 'city'],
	pettorano: ['Pettorano sul Gizio', 41.9729, 13.9605, 'city'],
	berlin: ['Berlin', 52.52, 13.405, 'city'],
	amatrice: ['Amatrice', 42.628, 13.288, 'city'],
	'emilie-romagne': ['Émilie-Romagne', 44.4949, 11.3426, 'region', [[44.5, 11.0]]],
});
