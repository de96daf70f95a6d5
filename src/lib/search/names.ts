// Direct links above the result list: a theme, glossary term or source that the query names.
import { contentQuery, queryWords } from './query.ts';

/** Something a query can name, made at build time (SearchPage.astro) for one UI language. */
export interface NamedPage {
  kind: 'theme' | 'glossary' | 'source';
  /** What the link says, e.g. "Kulturarv og byggeskik" or "byggeskik – byggeskikk". */
  label: string;
  url: string;
  /** The names a query may use (labels in both languages, both terms of a pair, a source's short names). */
  names: string[];
  /** A theme's keywords (both languages): a label word that is also a keyword names the theme. */
  keywords?: string[];
}

/**
 * Endings by which Danish and Norwegian inflect a word (kommune → kommunerne, kommunene) or spell
 * it differently (byggeskik → byggeskikk). "Kirkenes" is not an inflection of "kirke".
 */
const ENDINGS = new Set(['e', 'n', 'r', 's', 't', 'k', 'en', 'er', 'et', 'ne', 'te', 'de', 'ar', 'es', 'ene', 'ens', 'ers', 'ets', 'ede', 'ane', 'rne', 'erne', 'ernes', 'enes']);

/** Whether two words are the same word, allowing an inflected ending on either. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && ENDINGS.has(long.slice(short.length));
}

/**
 * The pages the query names. A glossary term or a source is named when the query's content words
 * are the words of one of its names (inflections allowed). A theme is named when they are the
 * words of its label, or when they are words of its label that are also among its keywords: so
 * "byggeskik" names "Kulturarv og byggeskik", but "kommune" does not name "Vejledning af kommunerne".
 * One page per kind at most, the first found in the given order.
 */
export function namedPages(query: string, pages: readonly NamedPage[]): NamedPage[] {
  const words = queryWords(contentQuery(query));
  if (words.length === 0) return [];
  const found = new Map<NamedPage['kind'], NamedPage>();
  const covers = (nameWords: string[]) => words.every((word) => nameWords.some((other) => sameWord(word, other)));
  for (const page of pages) {
    if (found.has(page.kind)) continue;
    const named = page.names.some((name) => {
      const nameWords = queryWords(contentQuery(name));
      if (nameWords.length === 0 || !covers(nameWords)) return false;
      if (nameWords.every((other) => words.some((word) => sameWord(word, other)))) return true;
      return page.kind === 'theme' && covers((page.keywords ?? []).flatMap((keyword) => queryWords(keyword)));
    });
    if (named) found.set(page.kind, page);
  }
  return (['source', 'theme', 'glossary'] as const).flatMap((kind) => found.get(kind) ?? []);
}
