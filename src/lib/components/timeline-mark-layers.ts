/**
 * Which event marks are components (TimelineEvent) and which are drawn as
 * part of one <path> per status (timeline-bare-paths.ts). Zoomed out on
 * thousands of events, the layout places a couple of hundred bare marks
 * (no label: the mark alone), and a frame of a zoom spent most of its script
 * creating and destroying their components as they came into the window and
 * left it. A dense window draws those as path segments; what a reader can
 * read or reach is a component, with `data-event-id`: the labelled marks,
 * the soft bands (their fade is a mask in the band's own box, which a shared
 * path has not), and those pinned by the page (the selection, the hovered
 * event, the keyboard's roving focus and Tab stop). While a gesture goes on
 * (a wheel, a drag, a pinch), every window does the same: zooming in from
 * a dense window, the rows thin out below the threshold while marks still
 * come and go by the dozen each frame, and those frames, all components,
 * were the slowest of a zoom. At rest, a sparse window (the articles people
 * read: a few dozen events) keeps every mark a component.
 *
 * A pinned bare mark stays in its path too, under its component, which
 * covers it exactly: pinning and unpinning (every hover, click and arrow
 * key) then leave the paths alone.
 */
import type { LanePlaced } from './timeline-lane-layout';

/** Above this many marks drawn, bare marks become path segments. The layout
 * draws at most a couple of hundred (14 rows); at 64 an article of a few
 * dozen events keeps all its marks components, and a file of thousands draws
 * them as paths until zoomed in. */
export const DENSE_MARKS = 64;

/** The marks of `drawn` drawn as path segments: its bare ones but soft bands when it is dense or `moving` (a gesture goes on), else none. */
export function pathMarks(drawn: readonly LanePlaced[], isSoft: (id: string) => boolean, moving: boolean, dense = DENSE_MARKS): LanePlaced[] {
	return moving || drawn.length > dense ? drawn.filter((p) => p.level === 'none' && !isSoft(p.id)) : [];
}

/** The marks of `drawn` (in its order) that are components: all but the path ones, and the `pinned` among those. */
export function componentMarks(drawn: readonly LanePlaced[], inPaths: readonly LanePlaced[], pinned: ReadonlySet<string>): LanePlaced[] {
	if (inPaths.length === 0) return drawn as LanePlaced[];
	const pathIds = new Set(inPaths.map((p) => p.id));
	return drawn.filter((p) => !pathIds.has(p.id) || pinned.has(p.id));
}
