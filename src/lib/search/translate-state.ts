import type { SearchState } from './url-state.ts';

/** Filter labels that differ between the UI languages: per filter key, one `{ da, nb }` row per value. */
export type FilterTranslations = Partial<Record<string, readonly Record<string, string>[]>>;

/**
 * The same search in another UI language: the query as typed, and each chosen filter value in
 * the other language's words (a value with no translation is kept, e.g. "Norge" or a source title).
 */
export function translateSearchState(state: SearchState, from: string, to: string, translations: FilterTranslations): SearchState {
  const filters = Object.fromEntries(
    Object.entries(state.filters).map(([key, values]) => [
      key,
      values.map((value) => translations[key]?.find((row) => row[from] === value)?.[to] ?? value),
    ]),
  ) as SearchState['filters'];
  return { query: state.query, filters };
}
