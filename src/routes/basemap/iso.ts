/**
 * ISO 3166-1 alpha-2 codes for the Natural Earth country names of the
 * basemap, so that a place read as `iso:RU` is drawn as the shape of Russia.
 * English names come from Intl.DisplayNames (ICU, as the gazetteer's do);
 * the short forms Natural Earth uses (`Dem. Rep. Congo`) are listed here.
 */
const ALIASES: Record<string, string> = {
	Vatican: 'VA',
	'Marshall Is.': 'MH',
	'N. Mariana Is.': 'MP',
	'U.S. Virgin Is.': 'VI',
	'United States of America': 'US',
	'S. Geo. and the Is.': 'GS',
	'Br. Indian Ocean Ter.': 'IO',
	'Saint Helena': 'SH',
	'Pitcairn Is.': 'PN',
	'Falkland Is.': 'FK',
	'Cayman Is.': 'KY',
	'British Virgin Is.': 'VG',
	'Turks and Caicos Is.': 'TC',
	Turkey: 'TR',
	'S. Sudan': 'SS',
	'Solomon Is.': 'SB',
	'St. Vin. and Gren.': 'VC',
	'Saint Lucia': 'LC',
	'Cook Is.': 'CK',
	'W. Sahara': 'EH',
	Macedonia: 'MK',
	Palestine: 'PS',
	'Wallis and Futuna Is.': 'WF',
	'Fr. Polynesia': 'PF',
	'Fr. S. Antarctic Lands': 'TF',
	Åland: 'AX',
	'Eq. Guinea': 'GQ',
	'Dominican Rep.': 'DO',
	'Faeroe Is.': 'FO',
	'Dem. Rep. Congo': 'CD',
	Congo: 'CG',
	Macao: 'MO',
	'Hong Kong': 'HK',
	'Central African Rep.': 'CF',
	'Cabo Verde': 'CV',
	Myanmar: 'MM',
	'Bosnia and Herz.': 'BA',
	'Heard I. and McDonald Is.': 'HM',
	'Antigua and Barb.': 'AG'
};

function norm(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, 'and')
		.replace(/[^a-z]+/g, ' ')
		.trim();
}

let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
	if (byName) return byName;
	const display = new Intl.DisplayNames(['en'], { type: 'region' });
	byName = new Map();
	for (let a = 65; a <= 90; a++) {
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			let name: string | undefined;
			try {
				name = display.of(code);
			} catch {
				continue;
			}
			if (name && name !== code && !byName.has(norm(name))) byName.set(norm(name), code);
		}
	}
	return byName;
}

/** The alpha-2 code of a Natural Earth country name, or null (Somaliland, N. Cyprus…). */
export function isoOfName(name: string): string | null {
	return ALIASES[name] ?? names().get(norm(name)) ?? null;
}
