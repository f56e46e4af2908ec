import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerCased } from '../clean';
import { lowerUnits } from '../lower-units';
import { courtVenue, courtWordStarts } from './venue';
import { makeDoc, pl } from './testkit';
import type { Doc } from '../document';
import type { Place } from '$lib/model';

/** The doc as the pipeline makes it: with `lower`, which `courtVenue` reads its court words' offsets from. */
function docOf(text: string): Doc {
	const doc = makeDoc(text, 'fr', '2023-09-12');
	return { ...doc, lower: lowerCased(doc.norm) };
}

describe('courtVenue', () => {
	it('takes the city a court is named by, past many cities named without one', () => {
		const filler = Array.from({ length: 40 }, (_, k) => `Le maire de Lyon${k} a parlé.`).join(' ');
		const text = `${filler} Le procès s'est ouvert devant la cour d'appel de Grenoble lundi.`;
		const doc = docOf(text);
		const places: Place[] = [...Array.from({ length: 40 }, (_, k) => pl(doc, `Lyon${k}`, 45, 4)), pl(doc, 'Grenoble', 45.19, 5.72)];
		expect(courtVenue(doc, places)?.name).toBe('Grenoble');
	});

	it('reads the court after the town (`Manchester Crown Court`)', () => {
		const doc = docOf('The hearing at Leeds was moved. He appeared at Manchester Crown Court on Monday.');
		expect(courtVenue(doc, [pl(doc, 'Leeds', 53.8, -1.55), pl(doc, 'Manchester', 53.48, -2.24)])?.name).toBe('Manchester');
	});

	it('gives nothing when no court is named near a city, though one is named elsewhere', () => {
		const doc = docOf(`La cour a siégé. ${'Un long détour sans rien dire de plus ici. '.repeat(3)}Il vit à Lyon.`);
		expect(courtVenue(doc, [pl(doc, 'Lyon', 45.76, 4.84)])).toBeNull();
	});

	it('finds what a reading of every city finds, with or without `lower`', () => {
		const word = fc.constantFrom('cour', 'tribunal', 'Crown Court', 'de', "d'appel", 'discours', 'Lyon', 'palais de justice', 'ſ', '  ', 'court');
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
				const text = `${words.join(' ')} Lyon fin.`;
				const doc = docOf(text);
				const places: Place[] = [];
				for (let at = text.indexOf('Lyon'); at >= 0; at = text.indexOf('Lyon', at + 1)) places.push({ ...pl(doc, 'Lyon', 45.76, 4.84), id: `p${at}`, start: at, end: at + 4 });
				const withLower = courtVenue(doc, places);
				// Without `lower` every city's windows are read: the reference the filtered search must agree with.
				const without = courtVenue({ ...doc, lower: null }, places);
				expect(withLower).toEqual(without);
				// With an `İ` the whole text cannot be lower-cased in place; its units can (lower-units.ts).
				const turkish = docOf(`İzmir ${text}`);
				const shifted = places.map((p) => ({ ...p, start: p.start + 6, end: p.end + 6 }));
				expect(courtVenue({ ...turkish, lower: null, lowerUnits: lowerUnits(turkish.norm, null) }, shifted)).toEqual(courtVenue({ ...turkish, lower: null }, shifted));
			})
		);
	});
});

describe('courtWordStarts', () => {
	/** The specification: an `indexOf` loop through the text for each word, the starts sorted. */
	function reference(low: string): number[] {
		const out: number[] = [];
		for (const w of ['cour', 'tribunal', 'parquet', 'palais', 'assises', 'prosecutor', 'ſ']) for (let at = low.indexOf(w); at >= 0; at = low.indexOf(w, at + 1)) out.push(at);
		return out.sort((a, b) => a - b);
	}

	it('finds every start an indexOf per word finds, words run together included', () => {
		const piece = fc.constantFrom('cour', 'tribunal', 'parquet', 'palais', 'assises', 'prosecutor', 'ſ', 'par', 'tri', 'ais', 'ses', 's', 't', ' ', 'discours', 'é');
		fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
			const low = parts.join('');
			expect(courtWordStarts(low)).toEqual(reference(low));
		}));
		expect(courtWordStarts('parquetribunal')).toEqual([0, 6]);
	});
});
