/**
 * The pipeline end to end on the sample article: what the issue promises a
 * user sees, computed from the raw text. Nothing here is fed to the pipeline
 * but the text, the publication date and the language.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extract, ExtractInputError } from './pipeline';
import { loadGazetteer } from './places/load';
import { distanceKm } from './places/resolve';
import type { FactEvent, FactFile } from '$lib/model';

const SAMPLE = readFileSync('src/lib/server/sample/kim-jong-un-russie.fr.txt', 'utf8');
const gazetteer = loadGazetteer();

function run(text: string, dct = '2023-09-12'): FactFile {
	return extract({ text, dct, lang: 'fr' }, gazetteer);
}

/** Events whose sentence contains `needle`. */
function eventsIn(facts: FactFile, text: string, needle: string): FactEvent[] {
	const sentence = facts.sentences.find((s) => text.slice(s.start, s.end).includes(needle));
	if (!sentence) throw new Error(`no sentence contains ${needle}`);
	return facts.events.filter((e) => e.sentences.includes(sentence.index) || e.sentence === sentence.index);
}

/** Great-circle distance between two points, in km. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

const PYONGYANG = { lat: 39.03, lon: 125.75 };
const VLADIVOSTOK = { lat: 43.12, lon: 131.89 };

describe('the sample article', () => {
	const facts = run(SAMPLE);

	it('dates the departure from Pyongyang on Sunday evening, 10 September', () => {
		const [departure] = eventsIn(facts, SAMPLE, 'quittait la gare de Pyongyang');
		expect(departure.when?.value).toMatch(/^2023-09-10T(EV|18)/);
		expect(km(departure.where!, PYONGYANG)).toBeLessThan(50);
	});

	it('has the farewell at 18:38 local time', () => {
		const timex = facts.timexes.find((t) => t.text.startsWith('18h38'));
		expect(timex?.value).toBe('2023-09-10T18:38');
	});

	it('places the border crossing in Primorye on 12 September', () => {
		const [crossing] = eventsIn(facts, SAMPLE, 'avait traversé la frontière');
		expect(crossing.when?.value).toBe('2023-09-12');
		expect(km(crossing.where!, VLADIVOSTOK)).toBeLessThan(400);
	});

	it('plans the meeting with Putin at the forum in Vladivostok this week', () => {
		const [meeting] = eventsIn(facts, SAMPLE, 'devraient se rencontrer');
		expect(meeting.status).toBe('planned');
		expect(meeting.when?.value).toBe('2023-W37');
		expect(km(meeting.where!, VLADIVOSTOK)).toBeLessThan(50);
		const [forum] = eventsIn(facts, SAMPLE, 'Le forum aura lieu');
		expect(forum.when?.value).toBe('2023-09-13');
	});

	it('keeps the background history: July 2023, 2022, 2019, 1948', () => {
		const values = facts.events.map((e) => e.when?.value);
		for (const v of ['2023-07', '2022', '2019', '1948']) expect(values).toContain(v);
	});

	it('takes its dates from the text: samedi instead of dimanche moves the departure to the 9th', () => {
		const changed = SAMPLE.replaceAll('dimanche', 'samedi');
		const moved = run(changed);
		const [departure] = eventsIn(moved, changed, 'quittait la gare de Pyongyang');
		expect(departure.when?.value).toMatch(/^2023-09-09T(EV|18)/);
	});

	it('takes its places from the text and a gazetteer: Moscou is Moscow', () => {
		const moscou = facts.places.find((p) => p.text === 'Moscou');
		expect(km(moscou!, { lat: 55.75, lon: 37.62 })).toBeLessThan(50);
	});

	it('ties every event to sentences that exist', () => {
		expect(facts.events.length).toBeGreaterThan(5);
		for (const e of facts.events) {
			expect(e.sentences).toContain(e.sentence);
			for (const s of e.sentences) expect(facts.sentences[s]).toBeDefined();
		}
	});
});

describe('the generated gazetteer', () => {
	it('knows states, provinces, rivers, seas and continents the news names on their own', () => {
		const text = 'Floods in Assam and Meghalaya swelled the Brahmaputra before the rains reached the Bay of Bengal. She later worked in Antarctica and on Svalbard, then retired to the Algarve and later New England.';
		const read = extract({ text, dct: '2025-07-01', lang: 'en' }, gazetteer).places.map((p) => `${p.text}:${p.country ?? '-'}:${p.kind}`);
		expect(read).toEqual(['Assam:IN:region', 'Meghalaya:IN:region', 'Brahmaputra:-:region', 'Bay of Bengal:-:region', 'Antarctica:-:region', 'Svalbard:SJ:region', 'Algarve:PT:region', 'New England:US:region']);
	});

	it('reads a launch site whole, not by a town that shares its first word (Kennedy, California)', () => {
		const text = 'The rocket lifted off from Kennedy Space Center on Thursday. India will test its escape system at Sriharikota next week.';
		const places = extract({ text, dct: '2025-11-06', lang: 'en' }, gazetteer).places;
		const ksc = places.find((p) => p.text.startsWith('Kennedy'));
		expect(ksc?.text).toBe('Kennedy Space Center');
		expect(km(ksc!, { lat: 28.57, lon: -80.65 })).toBeLessThan(10);
		const shar = places.find((p) => p.text === 'Sriharikota');
		expect(km(shar!, { lat: 13.72, lon: 80.23 })).toBeLessThan(10);
	});
});

describe('robustness', () => {
	it('refuses an impossible date or an unknown language with a clear error', () => {
		expect(() => extract({ text: 'x', dct: '2023-13-01', lang: 'fr' }, gazetteer)).toThrow(ExtractInputError);
		expect(() => extract({ text: 'x', dct: '2023-09-12', lang: 'de' as 'fr' }, gazetteer)).toThrow(/fr .* en/);
	});

	it('never throws on arbitrary Unicode, lone surrogates included', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('fr', 'en'), (text, lang) => {
				const facts = extract({ text, dct: '2023-09-12', lang: lang as 'fr' | 'en' }, gazetteer);
				for (const t of facts.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
				for (const p of facts.places) expect(text.slice(p.start, p.end)).toBe(p.text);
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws on news-like text cut and shuffled anywhere', () => {
		const words = SAMPLE.split(/(\s+)/);
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: words.length - 1 }), { maxLength: 200 }), (picks) => {
				const text = picks.map((i) => words[i]).join(' ');
				expect(() => run(text)).not.toThrow();
			}),
			{ numRuns: 200 }
		);
	});

	// Names of Object.prototype members are ordinary words in a text: a word table that inherits them
	// once took `Constructor` for a holiday and lost every date of the article.
	it.each(['Constructor', 'constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf', 'toLocaleString'])(
		'reads an article mentioning %s like any other word',
		(word) => {
			const text = (w: string) => `Le ministre est arrivé mardi à Paris avec le ${w}. Il est reparti mercredi avec ${w} pour Lyon.`;
			const shape = (f: FactFile) => [f.timexes.map((t) => t.value), f.places.map((p) => p.name), f.events.map((e) => e.when?.value)];
			expect(shape(run(text(word)))).toEqual(shape(run(text('Ingénieur'))));
		}
	);

	it('handles a 1 MB input', () => {
		let big = '';
		while (big.length < 1_000_000) big += SAMPLE + '\n\n';
		const facts = run(big);
		expect(facts.sentences.length).toBeGreaterThan(1000);
	});
});
