import { describe, expect, it } from 'vitest';
import { buildGazetteer, openGazetteer, packGazetteer } from './gazetteer';
import { nameKey } from './normalize';
import { TEST_ENTRIES, testGazetteer } from './test-gazetteer';

describe('gazetteer index', () => {
	const g = testGazetteer();
	const ids = (name: string) => g.lookup(nameKey(name)).map((p) => g.entry(p.entry).id);
	const cases: [string, string[]][] = [
		['Moscou', ['geonames:524901']],
		['MOSCOU', ['geonames:524901']],
		['Corée du Nord', ['iso:KP']],
		['corée du nord', ['iso:KP']],
		['Fédération de Russie', ['iso:RU']],
		['Nowhere', []]
	];
	it.each(cases)('%s → %j', (name, expected) => expect(ids(name)).toEqual(expected));

	it('keeps language-only names apart: Mexico is the country in English, the city in French', () => {
		const readings = g.lookup('mexico').map((p) => `${g.entry(p.entry).id}/${p.lang ?? '*'}`);
		expect(readings).toContain('iso:MX/en');
		expect(readings).toContain('geonames:3530597/fr');
		expect(readings).not.toContain('iso:MX/*');
	});

	it('marks exact-case names (US) and lower-case names (mer du Japon)', () => {
		expect(g.lookup('us').map((p) => p.exact)).toEqual(['US']);
		expect(g.lowerKeys.has('mer du japon')).toBe(true);
		expect(g.lowerStarts.has('mer')).toBe(true);
	});

	it('round-trips through its JSON form', () => {
		const file = JSON.parse(JSON.stringify(packGazetteer(TEST_ENTRIES))) as ReturnType<typeof packGazetteer>;
		const again = openGazetteer(file);
		expect(again.size).toBe(TEST_ENTRIES.length);
		const e = again.entry(again.lookup('primorye')[0].entry);
		expect(e).toMatchObject({ id: 'curated:primorye', kind: 'region', country: 'RU', fr: 'Primorié' });
		expect(again.entry(again.lookup('russia')[0].entry).alts).toEqual([[61.5, 105.3]]);
	});

	it('is empty but usable with no entries', () => {
		const empty = buildGazetteer([]);
		expect(empty.size).toBe(0);
		expect(empty.lookup('paris')).toEqual([]);
	});
});
