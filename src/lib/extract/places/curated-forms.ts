/**
 * The ways the press writes a river, a peak or a park, made from its bare
 * names, so the curated tables list each feature once and every entry gets
 * the same cue forms (`Orange River`, `River Orange`, `fleuve Orange`,
 * `rivière Orange`; `Mount Agung`, `Mt. Agung`, `mont Agung`, `volcan
 * Agung`; `Kruger National Park`, `parc national Kruger`).
 *
 * A curated name is read on sight (resolve.ts never asks a curated reading
 * for evidence), so a bare name that is also a word, a person, a company or
 * a town (`Orange`, `Lena`, `Murray`, `Kruger`) must not be a name at all:
 * `bare: false` keeps only the forms with their cue, and `'en'`/`'fr'` keep
 * the bare name in the one language where it is not a word (`Amur` but not
 * French `Amour`).
 */
import type { CuratedPlace } from './curated';

type Point = [number, number];
/** Which bare names are names: both languages', none, or one language's. */
export type Bare = boolean | 'en' | 'fr';

export interface FeatureOptions {
	/** Whether the bare names name the feature (default true). */
	bare?: Bare;
	/** More names, as in CuratedPlace.names. */
	names?: string[];
	alts?: Point[];
}

/** Bare names as names, or the cue forms as preferred names when they may not be. */
function feature(
	id: string,
	kind: CuratedPlace['kind'],
	bareNames: { en: string; fr: string },
	cued: { en: string; fr: string },
	forms: string[],
	country: string | null,
	point: Point,
	opts: FeatureOptions
): CuratedPlace {
	const bare = opts.bare ?? true;
	const en = bare === true || bare === 'en' ? bareNames.en : cued.en;
	const fr = bare === true || bare === 'fr' ? bareNames.fr : cued.fr;
	const names = [...forms, cued.en, cued.fr, ...(opts.names ?? [])];
	// A bare name kept in one language only: listed with its prefix (packGazetteer reads the preferred
	// name in that language only then).
	if (bare === 'en') names.push('en:' + bareNames.en);
	if (bare === 'fr') names.push('fr:' + bareNames.fr);
	const unique = [...new Set(names)].filter((n) => n !== en && n !== fr);
	return { id, kind, en, fr, names: unique, country, point, ...(opts.alts ? { alts: opts.alts } : {}) };
}

/** A river, at a city on its best-known stretch. `fr` defaults to `en`; the French cue is `fleuve`. */
export function river(id: string, en: string, fr: string | null, country: string | null, point: Point, opts: FeatureOptions = {}): CuratedPlace {
	const f = fr ?? en;
	return feature(id, 'region', { en, fr: f }, { en: `${en} River`, fr: `fleuve ${f}` }, [`River ${en}`, `rivière ${f}`], country, point, opts);
}

/** A mountain or volcano, at its summit. */
export function peak(id: string, en: string, fr: string | null, country: string | null, point: Point, opts: FeatureOptions = {}): CuratedPlace {
	const f = fr ?? en;
	return feature(id, 'site', { en, fr: f }, { en: `Mount ${en}`, fr: `mont ${f}` }, [`Mt ${en}`, `volcan ${f}`, `${en} volcano`], country, point, opts);
}

/** A national park, at its centre or main gate. */
export function park(id: string, en: string, fr: string | null, country: string | null, point: Point, opts: FeatureOptions = {}): CuratedPlace {
	const f = fr ?? en;
	const de = /^[aeiouyàâéèêîôûh]/i.test(f) ? `d'${f}` : `de ${f}`;
	return feature(id, 'region', { en, fr: f }, { en: `${en} National Park`, fr: `parc national ${de}` }, [`parc national ${f}`, `parc national du ${f}`, `parc ${de}`, `réserve ${de}`], country, point, opts);
}
