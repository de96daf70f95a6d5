/** What reranking needs to know of a result (Pagefind's `meta`). */
export interface RankableResult {
  meta: Record<string, string | undefined>;
}

const fold = (text: string) => text.toLocaleLowerCase('nb').normalize('NFC');

function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\d-]+/u).filter((word) => word.length >= 3);
}

/** How strongly a result is *about* the query: its title, organisation, places or programmes name a query word. */
export function aboutness(query: string, result: RankableResult): number {
  const queryWords = words(query);
  if (queryWords.length === 0) return 0;
  const named = (field: string | undefined, weight: number) => {
    if (!field) return 0;
    const fieldWords = new Set(words(field));
    return queryWords.filter((word) => fieldWords.has(word)).length * weight;
  };
  const { meta } = result;
  return named(meta['title'], 3) + named(meta['organisation'], 3) + named(meta['places'], 2) + named(meta['programmes'], 2);
}

/**
 * Moves the results that are about the query (a county, place or programme named in it) ahead
 * of those that merely mention it, keeping Pagefind's order otherwise (a stable sort).
 */
export function rerankResults<T extends RankableResult>(query: string, results: readonly T[]): T[] {
  return results
    .map((result, position) => ({ result, position, score: aboutness(query, result) }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ result }) => result);
}
