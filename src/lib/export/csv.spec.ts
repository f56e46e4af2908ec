import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { FactFile } from '$lib/model';
import { CSV_COLUMNS, toCsv } from './csv';
import { EXPORT_ARTICLE, EXPORT_FACTS, eventById } from './testkit';

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

function rows(facts: FactFile = EXPORT_FACTS): CsvRow[] {
	return parse(toCsv(EXPORT_ARTICLE, facts), { bom: true, columns: true, record_delimiter: '\r\n' }) as CsvRow[];
}

describe('toCsv', () => {
	it('has the header row and one row per event, undated and unplaced ones included', () => {
		const raw = toCsv(EXPORT_ARTICLE, EXPORT_FACTS);
		const [header] = parse(raw, { bom: true, to_line: 1 }) as string[][];
		expect(header).toEqual([...CSV_COLUMNS]);
		expect(rows().map((r) => r.id)).toEqual(EXPORT_FACTS.events.map((e) => e.id));
	});

	it('starts with a byte order mark and ends records with CRLF, for Excel and RFC 4180', () => {
		const raw = toCsv(EXPORT_ARTICLE, EXPORT_FACTS);
		expect(raw.startsWith('\uFEFF')).toBe(true);
		expect(raw.endsWith('\r\n')).toBe(true);
	});

	it('writes an event in full', () => {
		expect(rows()[2]).toEqual({
			id: 'e3',
			label: 'Kim to meet Putin',
			date: '2023-W37',
			start: '2023-09-11T00:00',
			end: '2023-09-18T00:00',
			granularity: 'week',
			status: 'planned',
			place: 'Vladivostok',
			lat: '43.1155',
			lon: '131.8855',
			sentence: 'Kim will meet Putin in Vladivostok this week.',
			attribution: ''
		});
	});

	it('leaves the cells of an unknown date or place empty', () => {
		const e5 = rows().find((r) => r.id === 'e5');
		expect(e5).toMatchObject({ date: '', start: '', granularity: '', place: '', lat: '', lon: '' });
	});

	it('quotes commas, quotes and line breaks so that they read back unchanged', () => {
		const byId = new Map(rows().map((r) => [r.id, r]));
		expect(byId.get('e6')?.place).toBe('Washington, D.C.');
		expect(byId.get('e7')?.label).toBe('Talks <b>"went well"</b> & more');
		expect(byId.get('e7')?.attribution).toBe('Officials, "sources"');
		// Two sentences, one a line, in reading order.
		expect(byId.get('e5')?.sentence).toBe('Kim left Pyongyang station on Sunday evening.\nPhoto: Kim on the red carpet (AFP)');
	});

	it('defuses cells that a spreadsheet would run as formulas', () => {
		const e6 = rows().find((r) => r.id === 'e6');
		expect(e6?.label).toBe(`'=HYPERLINK("http://evil.example","click")`);
		expect(e6?.sentence.startsWith(`'=HYPERLINK`)).toBe(true);
		expect(e6?.attribution).toBe(`'@agency`);
		// A negative coordinate is a number, not a formula.
		expect(e6?.lon).toBe('-77.0364');
	});

	it.each(['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])('prefixes a label starting %j', (label) => {
		const facts = { ...EXPORT_FACTS, events: [{ ...eventById('e2'), label }] };
		expect(rows(facts)[0].label).toBe(`'${label}`);
	});

	it('is only the header for an article without events', () => {
		expect(rows({ ...EXPORT_FACTS, events: [] })).toEqual([]);
	});
});
