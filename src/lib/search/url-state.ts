/** The filters a reader can set on the search page, in the order they are shown. */
export const FILTER_KEYS = ['country', 'theme', 'source', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What a search is: the query and the chosen filter values. Lives in the page's URL. */
export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
}

const MAX_QUERY_LENGTH = 200;

/** Reads a search from a URL's query string (`?q=…&country=Norge&theme=…`). */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter((value) => value.trim() !== ''))]]),
  ) as Record<FilterKey, string[]>;
  return { query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH), filters };
}

/** Writes a search as a query string, so it can be bookmarked and shared; empty parts are left out. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object for a search: the reader's UI language, plus any chosen values. */
export function toPagefindFilters(state: SearchState, uiLanguage: string): Record<string, string | { any: string[] }> {
  const filters: Record<string, string | { any: string[] }> = { ui: uiLanguage };
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  return filters;
}
