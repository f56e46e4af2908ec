import { describe, expect, it } from 'vitest';
import { overPreviewLimit, PREVIEW_LIMIT, previewedIds } from './preview-limit';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `e${i + 1}`);

describe('previewedIds', () => {
	it('lights up every event of a preview up to the limit', () => {
		expect(previewedIds(ids(3))).toEqual(['e1', 'e2', 'e3']);
		expect(previewedIds(ids(PREVIEW_LIMIT))).toHaveLength(PREVIEW_LIMIT);
	});

	it('lights up none past the limit, rather than an arbitrary part', () => {
		expect(previewedIds(ids(PREVIEW_LIMIT + 1))).toEqual([]);
		expect(previewedIds(ids(5000))).toEqual([]);
	});
});

describe('overPreviewLimit', () => {
	it('is true past the limit only', () => {
		expect(overPreviewLimit(0)).toBe(false);
		expect(overPreviewLimit(PREVIEW_LIMIT)).toBe(false);
		expect(overPreviewLimit(PREVIEW_LIMIT + 1)).toBe(true);
	});
});
