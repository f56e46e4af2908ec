import { describe, expect, it } from 'vitest';
import { nameKey } from './normalize';

describe('nameKey', () => {
	const cases: [string, string][] = [
		['Hanoï', 'hanoi'],
		['İzmit', 'izmit'],
		['Côte d’Ivoire', "cote d'ivoire"],
		["Côte d'Ivoire", "cote d'ivoire"],
		['Rio-de-Janeiro', 'rio de janeiro'],
		['Rio  de Janeiro', 'rio de janeiro'],
		['Komsomolsk-sur-l’Amour', "komsomolsk sur l'amour"],
		['Łódź', 'lodz'],
		['Washington, D.C.', 'washington d c'],
		['', ''],
		['\uD800 lone', 'lone']
	];
	it.each(cases)('%s → %s', (input, expected) => expect(nameKey(input)).toBe(expected));
});
