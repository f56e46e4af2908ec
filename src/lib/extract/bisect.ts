/**
 * The index of the first item of `list` whose `key` is not below `at`
 * (`list.length` if none): a lower-bound binary search. `list` must be
 * sorted by `key`. The extraction keeps places, tokens and triggers in text
 * order and looks up "the last one before offset x" many times an article.
 */
/** The key of a list of numbers: the number itself. */
export const itself = (x: number): number => x;

export function firstNotBelow<T>(list: readonly T[], at: number, key: (item: T) => number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (key(list[mid]) < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
