import { describe, expect, it } from 'vitest';
import { isoOfName } from './iso';

describe('isoOfName', () => {
	it('reads Natural Earth names as ISO codes', () => {
		expect(isoOfName('Russia')).toBe('RU');
		expect(isoOfName('North Korea')).toBe('KP');
		expect(isoOfName('South Korea')).toBe('KR');
		expect(isoOfName('Ukraine')).toBe('UA');
		expect(isoOfName('United States of America')).toBe('US');
		expect(isoOfName('Dem. Rep. Congo')).toBe('CD');
		expect(isoOfName("Côte d'Ivoire")).toBe('CI');
	});
	it('gives null for places without a code', () => {
		expect(isoOfName('Somaliland')).toBeNull();
		expect(isoOfName('N. Cyprus')).toBeNull();
	});
});
