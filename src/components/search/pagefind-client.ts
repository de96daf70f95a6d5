// Browser-side access to Pagefind's index. Loaded only once the reader starts to search.
import { rerankResults } from '../../lib/search/rerank.ts';
import { toPagefindFilters, type SearchState } from '../../lib/search/url-state.ts';

/** One hit, ready to show. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** Counts of matching pages per filter value, e.g. `{ country: { Norge: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

/** How many results get their details loaded (and reranked); the rest are counted only. */
const DETAILED_RESULTS = 20;

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind's script and the index of the page's UI language once; later calls share it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // One index per UI language (scripts/build-search-index.ts). A variable keeps the bundler
    // from trying to resolve a file that only exists after indexing.
    const bundle = `/pagefind/${document.documentElement.lang}/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    // Searches only count values of filters whose data is loaded; load them all up front.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}

/** Runs a search in the reader's UI language; results are reranked so that pages about the query come first. */
export async function runSearch(state: SearchState, uiLanguage: string): Promise<{ hits: SearchHit[]; total: number; filters: FilterCounts }> {
  const pagefind = await loadPagefind();
  const hasFilter = Object.values(state.filters).some((values) => values.length > 0);
  const query = state.query.trim();
  if (query === '' && !hasFilter) return { hits: [], total: 0, filters: {} };
  const search = await pagefind.search(query === '' ? null : query, { filters: toPagefindFilters(state, uiLanguage) });
  if (!search) return { hits: [], total: 0, filters: {} };
  const detailed = await Promise.all(search.results.slice(0, DETAILED_RESULTS).map((result) => result.data()));
  return { hits: rerankResults(query, detailed), total: search.results.length, filters: search.filters };
}
