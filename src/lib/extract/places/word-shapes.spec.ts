import { describe, expect, it } from 'vitest';
import { WordShapes } from './word-shapes';

describe('WordShapes', () => {
	const shapes = new WordShapes(['stade', 'mer', 'centrale nucleaire', 'é']);

	it('may have every word added', () => {
		for (const w of ['stade', 'mer', 'centrale nucleaire', 'é']) expect(shapes.mayHave(w)).toBe(true);
	});

	it('surely lacks words of another length, first or last character', () => {
		expect(shapes.mayHave('stades')).toBe(false);
		expect(shapes.mayHave('trade')).toBe(false);
		expect(shapes.mayHave('staff')).toBe(false);
		expect(shapes.mayHave('')).toBe(false);
	});

	it('grows with add', () => {
		const s = new WordShapes();
		expect(s.mayHave('gaza')).toBe(false);
		s.add('gaza');
		expect(s.mayHave('gaza')).toBe(true);
	});
});

describe('WordShapes.mayHaveCodes', () => {
	it('answers as mayHave of a word with that length, first and last character', () => {
		const s = new WordShapes(['stade', 'mer']);
		for (const w of ['stade', 'mer', 'stage', 'mur', 'stades', 'x']) expect(s.mayHaveCodes(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))).toBe(s.mayHave(w));
	});
});
