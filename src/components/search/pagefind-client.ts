// Browser-side access to Pagefind's index. Loaded only once the reader starts to search.
import { sentenceExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { sameWord } from '../../lib/search/names.ts';
import { contentQuery, queryWords } from '../../lib/search/query.ts';
import { EXCERPT_WORDS, ownTextFirst, PAGEFIND_RANKING } from '../../lib/search/ranking.ts';
import { rerankResults } from '../../lib/search/rerank.ts';
import { toPagefindFilters, type SearchState } from '../../lib/search/url-state.ts';

export type HitType = 'entry' | 'theme' | 'glossary' | 'source';

/** One hit, ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  type: HitType;
  excerpt: ExcerptPart[];
  meta: Record<string, string | undefined>;
}

/** Counts of matching pages per filter value, e.g. `{ country: { Norge: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string>;
  sub_results: { url: string; title: string; locations: number[] }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
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

/** A search's outcome: every matching page in order, details loaded a page at a time. */
export interface SearchOutcome {
  total: number;
  filters: FilterCounts;
  /** Loads the hits `from` … `from + count - 1` of the ordered list. */
  hits(from: number, count: number): Promise<SearchHit[]>;
}

/** Glossary pairs as lists of names, to find a page's wording of a query word in the other language. */
export type GlossaryNames = readonly (readonly string[])[];

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind's script and the index of the page's UI language once; later calls share it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // One index per UI language (scripts/build-search-index.mjs). A variable keeps the bundler
    // from trying to resolve a file that only exists after indexing.
    const bundle = `/pagefind/${document.documentElement.lang}/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options({ excerptLength: EXCERPT_WORDS, ranking: PAGEFIND_RANKING });
    await pagefind.init();
    // Searches only count values of filters whose data is loaded; load them all up front.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}

const typeOf = (data: PagefindData): HitType => {
  const type = data.meta['type'];
  return type === 'theme' || type === 'glossary' || type === 'source' ? type : 'entry';
};

/** The words a page may use for the query's words in the other language (from the glossary). */
function counterparts(query: string, glossary: GlossaryNames): string[] {
  const words = queryWords(query);
  return glossary.filter((names) => names.some((name) => words.some((word) => sameWord(word, name.toLocaleLowerCase('da'))))).flat();
}

function toHit(data: PagefindData, query: string, glossary: GlossaryNames): SearchHit {
  const type = typeOf(data);
  const title = data.meta['title'] ?? data.url;
  // The glossary is one page of many terms: a hit there links to the row of the term that matched.
  if (type === 'glossary') {
    const row = [...data.sub_results].filter((sub) => sub.url.includes('#')).sort((a, b) => b.locations.length - a.locations.length)[0];
    if (row) {
      // A row without a note holds only the two terms, which the title already shows.
      const excerpt = sentenceExcerpt({ content: data.content, locations: row.locations }, EXCERPT_WORDS);
      const words = (text: string) => text.toLocaleLowerCase('da').match(/\p{L}+/gu)?.join(' ') ?? '';
      const onlyTerms = words(excerpt.map((part) => part.text).join('')) === words(row.title);
      return { url: row.url, title: row.title, type, meta: data.meta, excerpt: onlyTerms ? [] : excerpt };
    }
  }
  const excerpt = sentenceExcerpt({ content: data.content, locations: data.locations, title }, EXCERPT_WORDS, data.locations.length === 0 ? counterparts(query, glossary) : []);
  return { url: data.url, title, type, meta: data.meta, excerpt };
}

/**
 * Runs a search in the reader's UI language. The list holds the matching entries first (in
 * Pagefind's order, refined on the first page: own-text matches before metadata-only ones,
 * entries named by the query first), then the theme, glossary and source pages.
 */
export async function runSearch(state: SearchState, uiLanguage: string, glossary: GlossaryNames = []): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const hasFilter = Object.values(state.filters).some((values) => values.length > 0);
  const query = contentQuery(state.query);
  const none: SearchOutcome = { total: 0, filters: {}, hits: () => Promise.resolve([]) };
  if (query === '' && !hasFilter) return none;
  const filters = toPagefindFilters(state, uiLanguage);
  const term = query === '' ? null : query;
  const [all, entries] = await Promise.all([pagefind.search(term, { filters }), pagefind.search(term, { filters: { ...filters, type: 'entry' } })]);
  if (!all) return none;
  const entryResults = entries?.results ?? [];
  const entryIds = new Set(entryResults.map((result) => result.id));
  const ordered = [...entryResults, ...all.results.filter((result) => !entryIds.has(result.id))];
  const loaded = new Map<number, Promise<SearchHit[]>>();
  const hits = (from: number, count: number) => {
    const key = from * 10_000 + count;
    let page = loaded.get(key);
    if (!page) {
      page = (async () => {
        const data = await Promise.all(ordered.slice(from, from + count).map((result) => result.data()));
        const entryCount = Math.max(0, Math.min(data.length, entryResults.length - from));
        const entryData = rerankResults(query, ownTextFirst(data.slice(0, entryCount)));
        return [...entryData, ...data.slice(entryCount)].map((item) => toHit(item, query, glossary));
      })();
      loaded.set(key, page);
    }
    return page;
  };
  return { total: ordered.length, filters: all.filters, hits };
}
