import { describe, expect, it } from 'vitest';
import type { ImportedFactFile } from './factfile-import';
import { importFile, type ImportStore } from './import-file';

const enc = (s: string) => new TextEncoder().encode(s);
const TODAY = new Date('2024-03-01T00:00:00Z');
const DATELINED = 'SÉOUL, 13 septembre 2023 (Reuters) - La Corée du Nord a tiré deux missiles balistiques mercredi matin.';
const UNDATED = 'La Corée du Nord a tiré deux missiles balistiques mercredi matin vers la mer du Japon, selon Séoul.';

/** Keeps what it is given, as the database would; the decisions under test are importFile's. */
function recordingStore() {
	const articles: Array<Parameters<ImportStore['createArticle']>[0]> = [];
	const imported: ImportedFactFile[] = [];
	const store: ImportStore = {
		createArticle: async (input) => (articles.push(input), `a${articles.length}`),
		createImported: async (facts) => (imported.push(facts), `f${imported.length}`)
	};
	return { store, articles, imported };
}

describe('importFile', () => {
	it('stores an article with the date and language its text proposes, and says where they came from', async () => {
		const { store, articles } = recordingStore();
		const r = await importFile({ name: 'seoul.txt', bytes: enc(DATELINED), today: TODAY }, store);
		expect(r).toMatchObject({ ok: true, id: 'a1', kind: 'article', dct: '2023-09-13', lang: 'fr' });
		expect(r.ok && r.notes).toEqual([
			'date 2023-09-13 proposed from the dateline “SÉOUL, 13 septembre 2023 (Reuters) -”',
			'language fr proposed from the language of the text'
		]);
		expect(articles[0]).toMatchObject({ dct: '2023-09-13', lang: 'fr', text: DATELINED });
	});

	it('uses the date and language set for the batch over the proposals', async () => {
		const { store, articles } = recordingStore();
		const r = await importFile({ name: 'seoul.txt', bytes: enc(DATELINED), dct: '2023-09-14', lang: 'en' }, store);
		expect(r.ok && r.notes).toEqual(['date 2023-09-14 set for the batch', 'language en set for the batch']);
		expect(articles[0]).toMatchObject({ dct: '2023-09-14', lang: 'en' });
	});

	it('refuses a file without a date when the batch sets none, and stores nothing', async () => {
		const { store, articles } = recordingStore();
		const r = await importFile({ name: 'undated.txt', bytes: enc(UNDATED) }, store);
		expect(r).toMatchObject({ ok: false, status: 422, errors: [{ field: 'dct', message: expect.stringMatching(/“undated\.txt” gives no publication date.*set a date for the batch/) }] });
		expect(articles).toEqual([]);
	});

	it('refuses a batch date that is not a date before reading any file', async () => {
		const { store } = recordingStore();
		const r = await importFile({ name: 'seoul.txt', bytes: enc(DATELINED), dct: '13/09/2023' }, store);
		expect(r).toMatchObject({ ok: false, errors: [{ field: 'dct', message: expect.stringMatching(/YYYY-MM-DD/) }] });
	});

	it.each([
		['photo.png', enc('x'), 415],
		['big.txt', new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61), 413],
		['binary.txt', new Uint8Array([0, 1, 2, 3]), 422]
	])('refuses %s with status %i', async (name, bytes, status) => {
		const r = await importFile({ name, bytes }, recordingStore().store);
		expect(r).toMatchObject({ ok: false, status });
	});

	it('stores a valid fact file as given and refuses a bad one with its field errors', async () => {
		const { store, imported } = recordingStore();
		const facts = {
			article: { lang: 'en', dct: '2023-09-13', title: 'Summit', text: 'Kim met Putin.' },
			sentences: [{ index: 0, start: 0, end: 14 }],
			events: [{ id: 'e1', sentence: 0, label: 'Kim meets Putin', trigger: { start: 4, end: 7, text: 'met' }, when: null, where: null, status: 'occurred' }]
		};
		const ok = await importFile({ name: 'summit.factline.json', bytes: enc(JSON.stringify(facts)) }, store);
		expect(ok).toMatchObject({ ok: true, id: 'f1', kind: 'factfile', title: 'Summit', dct: '2023-09-13', lang: 'en' });
		expect(imported[0].events[0].label).toBe('Kim meets Putin');

		facts.events[0].trigger.start = 40;
		const bad = await importFile({ name: 'bad.json', bytes: enc(JSON.stringify(facts)) }, store);
		expect(bad).toMatchObject({ ok: false, status: 422, detail: expect.stringMatching(/^“bad\.json” is not a fact file Factline can import: events\[0\]\.trigger/) });
		expect(imported).toHaveLength(1);
	});
});
