import { countArticles, listArticles, type ArticleSummary } from './articles';
import type { Store } from './database';

/** Articles per page of the library: a screenful or two, and a cheap query at any library size. */
export const LIBRARY_PAGE_SIZE = 50;

/** Where the library page is, for the pager (plain data: it goes to the browser). */
export interface LibraryPager {
	/** 1-based. */
	page: number;
	pageCount: number;
	pageSize: number;
	/** Articles in the library (matching `query`). */
	total: number;
	/** The title filter, '' for none. */
	query: string;
}

export interface LibraryPageData {
	articles: ArticleSummary[];
	pager: LibraryPager;
}

/** `?page=` as a page number: anything that is not a whole number from 1 is page 1. */
export function pageNumberOf(raw: string | null): number {
	const n = raw && /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : 1;
	return Math.max(1, n);
}

/**
 * One page of the library, newest first: `?page=N` (from 1) and `?q=` (a
 * piece of the title). Two small queries (the page, the count) whatever the
 * library's size, both served by the (created_at, id) index. A page past the
 * end shows the last one.
 */
export async function loadLibraryPage(db: Store, params: URLSearchParams, pageSize = LIBRARY_PAGE_SIZE): Promise<LibraryPageData> {
	const query = (params.get('q') ?? '').trim().slice(0, 200);
	const total = await countArticles(db, { query });
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(pageNumberOf(params.get('page')), pageCount);
	const articles = await listArticles(db, { limit: pageSize, offset: (page - 1) * pageSize, query });
	return { articles, pager: { page, pageCount, pageSize, total, query } };
}
