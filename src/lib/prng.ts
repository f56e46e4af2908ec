/**
 * mulberry32: a tiny, well-known seeded PRNG (uniform in [0, 1)), for
 * property tests whose failures must replay and for the bench's synthetic
 * fact files, which must be the same in every run.
 */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
