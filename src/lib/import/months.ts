/** Month names and abbreviations as newspapers print them, French and English. */
export const MONTHS: Record<string, number> = {
	janvier: 1, janv: 1, 'février': 2, fevrier: 2, 'févr': 2, fevr: 2, 'fév': 2, fev: 2, mars: 3, avril: 4, avr: 4,
	mai: 5, juin: 6, juillet: 7, juil: 7, 'août': 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10,
	novembre: 11, nov: 11, 'décembre': 12, decembre: 12, 'déc': 12, dec: 12,
	january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
	july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12
};

/** One alternation of every name, longest first so `septembre` wins over `sept`. */
export const MONTH_PATTERN = Object.keys(MONTHS)
	.sort((a, b) => b.length - a.length)
	.join('|');

export function monthNumber(word: string): number | undefined {
	return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}
