/**
 * The combined fact file of a collection: a real fact file (so the timeline,
 * the map and every exporter read it as they read one article's), over the
 * member articles' texts laid end to end, whose events are story events:
 * one happening, linked across articles, each with the sources that tell it.
 */
import type { ArticleRecord, EventStatus, FactEvent, FactFile, Lang } from '$lib/model';

/** One article's fact file, as a collection is built from. */
export interface CollectionMember {
	article: ArticleRecord;
	facts: FactFile;
}

/** One article telling a story event: which of its events, in which sentences. */
export interface StorySource {
	articleId: string;
	articleTitle: string;
	/** The article's publication date, `YYYY-MM-DD`. */
	articleDct: string;
	/** The event's id in the article's own fact file (`/articles/{id}?event=…`). */
	eventId: string;
	label: string;
	status: EventStatus;
	/** The TIMEX3 value the article gives, when dated. */
	date: string | null;
	place: string | null;
	/** Sentence indexes in the article's own fact file, in reading order. */
	sentences: number[];
	/** Those sentences' text, one a line collapsed to single spaces. */
	text: string[];
}

export interface StoryEvent extends FactEvent {
	/** Every telling, first article first. */
	sources: StorySource[];
	/** Story events that match this one in all but status: one says it did not happen. */
	contradicts: string[];
}

/** Where a member article sits in the combined text and sentence list. */
export interface MemberSpan {
	id: string;
	title: string;
	lang: Lang;
	dct: string;
	textStart: number;
	textEnd: number;
	/** First sentence index of the article in the combined file, and one past its last. */
	sentenceStart: number;
	sentenceEnd: number;
	eventCount: number;
}

export interface CollectionFacts extends FactFile {
	events: StoryEvent[];
	members: MemberSpan[];
}

export interface CombinedCollection {
	/** The member texts, end to end: every offset in `facts` points into it. */
	text: string;
	facts: CollectionFacts;
}
