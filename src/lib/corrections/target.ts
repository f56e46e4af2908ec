/**
 * Finding a corrected event again. Event ids are the extractor's numbering
 * and a newer pipeline may hand them out in another order; what does not
 * move is the article text. So a correction names its event by the main
 * sentence and the trigger words (offsets into the unchanged text), and
 * uses the id only to break a tie.
 */
import type { FactEvent } from '$lib/model';
import type { EventKey } from './ops';

export function keyOf(event: FactEvent): EventKey {
	return { id: event.id, sentence: event.sentence, trigger: { start: event.trigger.start, end: event.trigger.end, text: event.trigger.text } };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
	a.start < b.end && b.start < a.end;

/**
 * The event `key` names among `events`, or null when none is a safe match.
 * In order: the same trigger span and words; else, in the same sentence, a
 * trigger overlapping the old one (a pipeline that widened "arrivé" to
 * "est arrivé"); among several, the one with the same id, else the nearest.
 * Never an event of another sentence: better "could not be applied" than a
 * correction landing on the wrong fact.
 */
export function findEvent(events: readonly FactEvent[], key: EventKey): FactEvent | null {
	const exact = events.filter((e) => e.trigger.start === key.trigger.start && e.trigger.end === key.trigger.end && e.trigger.text === key.trigger.text);
	const pool =
		exact.length > 0
			? exact
			: events.filter((e) => (e.sentence === key.sentence || e.sentences.includes(key.sentence)) && overlaps(e.trigger, key.trigger));
	if (pool.length <= 1) return pool[0] ?? null;
	return (
		pool.find((e) => e.id === key.id) ??
		[...pool].sort((a, b) => Math.abs(a.trigger.start - key.trigger.start) - Math.abs(b.trigger.start - key.trigger.start))[0]
	);
}
