import { themesOfEntry } from '../lib/model.ts';
import { entrySearchText, searchTermsFor } from '../lib/search/search-terms.ts';
import { getKnowledgeBase, type Entry } from './knowledge-base.ts';

/**
 * The words an entry is findable by across the language line, beyond its own text: the glossary
 * counterparts of words its text uses (`glossaryTerms`, shown on the page) and the keywords, in
 * both languages, of its themes that its text does not use (`themeWords`, given to the search
 * index only; see scripts/build-search-index.ts).
 */
export async function searchWordsOf(entry: Entry): Promise<{ glossaryTerms: string[]; themeWords: string[] }> {
  const { summaries, themeById, glossary } = await getKnowledgeBase();
  const summary = summaries.get(entry.id)!;
  const text = entrySearchText(entry.data, summary.items);
  const keywords = themesOfEntry(summary).flatMap((id) => {
    const theme = themeById.get(id);
    return theme ? [...theme.data.da.keywords, ...theme.data.nb.keywords] : [];
  });
  return searchTermsFor(text, keywords, glossary.map((term) => term.data));
}
