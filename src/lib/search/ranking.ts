/**
 * Pagefind's ranking options (pagefind.options({ ranking })) and the order of the result list.
 *
 * Entries are the site's content; theme, glossary and source pages describe or list them. The
 * list therefore shows the entries that match first, then the other pages; a theme, glossary term
 * or source the query names is in addition offered as a direct link above the list (names.ts).
 */
export const PAGEFIND_RANKING = {
  // BM25's length normalisation (default 0.75). The entries differ in length (a Viborg focus area
  // is a fifth of a long county entry); 0.5 halves the penalty a long entry pays for being long.
  pageLength: 0.5,
  // Term saturation (BM25 k1, default 1.4): a page repeating a word 5 times is not 5 times as
  // relevant as one saying it once.
  termSaturation: 1.2,
  // Metadata fields are searched since Pagefind 1.5; their weight is added after BM25.
  // `title` keeps its boost. `terms` (glossary counterparts of words the page's text uses) and
  // `themewords` (keywords of the page's themes) make pages findable across the language line
  // but must not lift a page above one whose own text has the word, so they weigh little;
  // theme keywords least, since they say only that the page has the theme.
  metaWeights: {
    title: 5,
    organisation: 3,
    places: 3,
    programmes: 3,
    terms: 0.4,
    themewords: 0.1,
    keywords: 0.5,
    kind: 0,
    country: 0,
    lang: 0,
    type: 0,
  },
} as const;

/** Pagefind's `excerptLength` in words; our own sentence excerpt (excerpt.ts) uses `content` instead. */
export const EXCERPT_WORDS = 40;

/** What ordering needs to know of a loaded result. */
export interface OrderableResult {
  /** Word positions of the query's matches in the page's own text (empty: matched metadata only). */
  locations: readonly number[];
}

/**
 * Within a page of loaded entry results: entries whose own text holds the query's words come
 * before entries found through metadata only (cross-language search words); otherwise
 * Pagefind's order is kept (a stable sort).
 */
export function ownTextFirst<T extends OrderableResult>(results: readonly T[]): T[] {
  return results
    .map((result, position) => ({ result, position, own: result.locations.length > 0 ? 1 : 0 }))
    .sort((a, b) => b.own - a.own || a.position - b.position)
    .map(({ result }) => result);
}
