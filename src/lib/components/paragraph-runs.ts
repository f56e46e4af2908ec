/**
 * The article's paragraphs in runs of a few, each run one element skipped
 * from rendering while far from view (content-visibility, ArticleText). The
 * browser watches every such element with an intersection observer, which
 * it runs again on every frame that lays anything out on the page: 500
 * paragraphs observed one by one cost about 1 ms of each frame of a timeline
 * zoom beside the text; in runs of ten, a tenth of it.
 */
export const PARAGRAPHS_PER_RUN = 10;

/** `items` cut into consecutive runs of `size` (the last may be shorter). */
export function runsOf<T>(items: readonly T[], size = PARAGRAPHS_PER_RUN): T[][] {
	if (!(size >= 1)) throw new RangeError(`run size must be at least 1, got ${size}`);
	const runs: T[][] = [];
	for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
	return runs;
}
