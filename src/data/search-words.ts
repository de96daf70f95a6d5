import { themesOfEntry } from '../lib/model.ts';
import { entrySearchText, searchTermsFor, type SearchTerms } from '../lib/search/search-terms.ts';
import { getKnowledgeBase, type Entry } from './knowledge-base.ts';

/**
 * The words an entry is findable by across the language line, beyond its own text: the glossary
 * counterparts of words its text uses (`glossaryTerms`, shown on the page) and the keywords, in
 * both languages, of its themes that its text does not use (`themeWords`, given to the search
 * index only; see scripts/build-search-index.mjs).
 */
export function searchWordsOf(entry: Entry): Promise<SearchTerms> {
  // Asked for by both UI languages' pages and the index words: worked out once per entry and build.
  let words = wordsByEntry.get(entry.id);
  if (!words) wordsByEntry.set(entry.id, (words = workOutSearchWords(entry)));
  return words;
}

const wordsByEntry = new Map<string, Promise<SearchTerms>>();

async function workOutSearchWords(entry: Entry): Promise<SearchTerms> {
  const { summaries, themeById, glossary } = await getKnowledgeBase();
  const summary = summaries.get(entry.id)!;
  const text = entrySearchText(entry.data, summary.items);
  const keywords = themesOfEntry(summary).flatMap((id) => {
    const theme = themeById.get(id);
    return theme ? [...theme.data.da.keywords, ...theme.data.nb.keywords] : [];
  });
  return searchTermsFor(text, keywords, glossary.map((term) => term.data));
}
