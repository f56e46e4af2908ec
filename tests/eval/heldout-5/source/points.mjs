/** key: [name, lat, lon, kind, alts?]. Countries and regions: capital first,
 * centroid among the alts (the eval README's rule). Cities at their centres;
 * sites, islands, lakes and rivers at a representative point. */
export const POINTS = {
	// en-01 mine
	colombia: ['Colombia', 4.711, -74.0721, 'country', [[4.57, -74.3]]],
	bogota: ['Bogotá', 4.711, -74.0721, 'city'],
	andes: ['Andes', 5.5, -73.5, 'mountain', [[-13.0, -72.0], [-33.0, -70.0]]],
	sutatausa: ['Sutatausa', 5.2475, -73.8525, 'city'],
	cundinamarca: ['Cundinamarca', 4.711, -74.0721, 'region', [[5.0, -74.0]]],
	ubate: ['Ubaté', 5.3072, -73.8144, 'city'],
	boyaca: ['Boyacá', 5.5353, -73.3678, 'region', [[5.8, -72.9]]],
	amaga: ['Amagá', 6.0383, -75.7019, 'city'],
	antioquia: ['Antioquia', 6.2442, -75.5812, 'region', [[7.0, -75.5]]],
};
Object.assign(POINTS, {
	// en-02 cholera
	'lake-malawi': ['Lake Malawi', -12.0, 34.6, 'lake', [[-10.5, 34.3], [-13.5, 34.6]]],
	likoma: ['Likoma Island', -12.0667, 34.7333, 'region'],
	chizumulu: ['Chizumulu Island', -12.02, 34.62, 'region'],
	mozambique: ['Mozambique', -25.9692, 32.5732, 'country', [[-18.67, 35.53]]],
	lilongwe: ['Lilongwe', -13.9626, 33.7741, 'city'],
	'nkhata-bay': ['Nkhata Bay', -11.6066, 34.2907, 'city'],
	niassa: ['Niassa Province', -13.3128, 35.2406, 'region', [[-12.9, 36.5]]],
	metangula: ['Metangula', -12.6939, 34.8067, 'city'],
	malawi: ['Malawi', -13.9626, 33.7741, 'country', [[-13.25, 34.3]]],
	blantyre: ['Blantyre', -15.7861, 35.0058, 'city'],
	brazzaville: ['Brazzaville', -4.2634, 15.2429, 'city'],
});
Object.assign(POINTS, {
	// en-03 transfer
	ema: ['East Midlands Airport', 52.8311, -1.3281, 'site'],
	lisbon: ['Lisbon', 38.7223, -9.1393, 'city'],
	england: ['England', 51.5074, -0.1278, 'country', [[52.5, -1.5]]],
	kumasi: ['Kumasi', 6.6885, -1.6244, 'city'],
	loughborough: ['Loughborough', 52.7721, -1.2062, 'city'],
	ghana: ['Ghana', 5.6037, -0.187, 'country', [[7.95, -1.03]]],
	portugal: ['Portugal', 38.7223, -9.1393, 'country', [[39.5, -8.0]]],
	madeira: ['Madeira', 32.6669, -16.9241, 'region', [[32.75, -16.95]]],
	accra: ['Accra', 5.6037, -0.187, 'city'],
	saudi: ['Saudi Arabia', 24.7136, 46.6753, 'country', [[23.9, 45.1]]],
	europe: ['Europe', 54.5, 15.3, 'region', [[50.85, 4.35], [48.8566, 2.3522]]],
});
Object.assign(POINTS, {
	// en-04 trawler
	donegal: ['County Donegal', 54.9, -8.0, 'region', [[54.6538, -8.11], [54.8326, -7.4861]]],
	killybegs: ['Killybegs', 54.6353, -8.4486, 'city'],
	tory: ['Tory Island', 55.2647, -8.2289, 'region'],
	'malin-head': ['Malin Head', 55.3717, -7.3392, 'site'],
	sligo: ['Sligo', 54.2766, -8.4761, 'city'],
	arranmore: ['Arranmore', 54.9906, -8.5256, 'region'],
	letterkenny: ['Letterkenny', 54.9558, -7.7342, 'city'],
	dublin: ['Dublin', 53.3498, -6.2603, 'city'],
	'inishowen-head': ['Inishowen Head', 55.2306, -6.9281, 'site'],
	scotland: ['Scotland', 55.9533, -3.1883, 'country', [[56.8, -4.2]]],
});
Object.assign(POINTS, {
	// fr-01 liquidation
	machecoul: ['Machecoul-Saint-Même', 46.9939, -1.8231, 'city'],
	'loire-atlantique': ['Loire-Atlantique', 47.2184, -1.5536, 'region', [[47.35, -1.8]]],
	nantes: ['Nantes', 47.2184, -1.5536, 'city'],
	'europe-est': ['Eastern Europe', 52.2297, 21.0122, 'region', [[50.0, 25.0], [47.4979, 19.0402]]],
	retz: ['Pays de Retz', 47.1, -1.95, 'region', [[47.1156, -2.1036]]],
	vendee: ['Vendée', 46.6705, -1.426, 'region', [[46.67, -1.3]]],
});
Object.assign(POINTS, {
	// fr-02 bridge
	senegal: ['Senegal', 14.7167, -17.4677, 'country', [[14.5, -14.45]]],
	mauritanie: ['Mauritania', 18.0735, -15.9582, 'country', [[20.25, -10.5]]],
	rosso: ['Rosso', 16.5138, -15.805, 'city'],
	'rosso-senegal': ['Rosso-Sénégal', 16.4925, -15.8069, 'city'],
	'fleuve-senegal': ['Senegal River', 16.5, -15.8, 'river', [[16.03, -16.5], [15.65, -13.25], [14.45, -11.43]]],
	'afrique-ouest': ['West Africa', 12.0, -2.0, 'region', [[14.7167, -17.4677], [9.0765, 7.3986], [12.3714, -1.5197]]],
	'saint-louis': ['Saint-Louis', 16.0326, -16.4818, 'region', [[16.2, -15.5]]],
	trarza: ['Trarza', 16.5138, -15.805, 'region', [[17.5, -15.0]]],
	nouakchott: ['Nouakchott', 18.0735, -15.9582, 'city'],
	dakar: ['Dakar', 14.7167, -17.4677, 'city'],
	mali: ['Mali', 12.6392, -8.0029, 'country', [[17.6, -4.0]]],
	farafenni: ['Farafenni', 13.5667, -15.6, 'city'],
	'fleuve-gambie': ['Gambia River', 13.5667, -15.6, 'river', [[13.45, -16.58], [13.3, -14.2]]],
	casamance: ['Casamance', 12.5681, -16.2719, 'region', [[12.8, -15.5]]],
	thies: ['Thiès', 14.791, -16.9359, 'city'],
});
Object.assign(POINTS, {
	// fr-03 airline strike
	zaventem: ['Zaventem', 50.8833, 4.4725, 'city'],
	francfort: ['Frankfurt', 50.1109, 8.6821, 'city'],
	munich: ['Munich', 48.1351, 11.582, 'city'],
	paris: ['Paris', 48.8566, 2.3522, 'city'],
	amsterdam: ['Amsterdam', 52.3676, 4.9041, 'city'],
	afrique: ['Africa', 2.0, 17.0, 'region', [[-1.2921, 36.8219], [9.0765, 7.3986], [14.7167, -17.4677]]],
	charleroi: ['Charleroi', 50.4108, 4.4446, 'city'],
	liege: ['Liège', 50.6326, 5.5797, 'city'],
});
Object.assign(POINTS, {
	// fr-04 Amazon summit
	leticia: ['Leticia', -4.2153, -69.9406, 'city'],
	bresil: ['Brazil', -15.7939, -47.8828, 'country', [[-10.0, -53.0]]],
	perou: ['Peru', -12.0464, -77.0428, 'country', [[-9.19, -75.0]]],
	caracas: ['Caracas', 10.4806, -66.9036, 'city'],
	amazone: ['Amazon River', -4.22, -69.95, 'river', [[-3.13, -60.02], [-2.2, -55.0], [-1.0, -52.0], [-4.2, -73.0]]],
	amazonie: ['Amazon rainforest', -3.4653, -62.2159, 'region', [[-3.119, -60.0217], [-4.2153, -69.9406]]],
	lima: ['Lima', -12.0464, -77.0428, 'city'],
	brasilia: ['Brasília', -15.7939, -47.8828, 'city'],
	manaus: ['Manaus', -3.119, -60.0217, 'city'],
	norvege: ['Norway', 59.9139, 10.7522, 'country', [[64.5, 11.5]]],
	venezuela: ['Venezuela', 10.4806, -66.9036, 'country', [[7.0, -66.0]]],
	tabatinga: ['Tabatinga', -4.2525, -69.9383, 'city'],
	'santa-rosa': ['Santa Rosa de Yavarí', -4.2183, -69.9583, 'city'],
	belem: ['Belém', -1.4558, -48.4902, 'city'],
	quito: ['Quito', -0.1807, -78.4678, 'city'],
	suriname: ['Suriname', 5.852, -55.2038, 'country', [[4.0, -56.0]]],
});
