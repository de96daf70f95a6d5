/** A glossary pair as search needs it. */
export interface TermPair {
  da: string;
  nb: string;
}

const fold = (text: string) => text.toLocaleLowerCase('da');

/** Each term's pattern, compiled once per build rather than once per page. */
const patterns = new Map<string, RegExp>();

/** Whether `text` contains `term` or an inflected form of it (same beginning, up to 4 more letters). */
function mentions(text: string, term: string): boolean {
  let pattern = patterns.get(term);
  if (!pattern) {
    const escaped = fold(term).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    pattern = new RegExp(`(?<![\\p{L}])${escaped}\\p{L}{0,4}(?![\\p{L}])`, 'u');
    patterns.set(term, pattern);
  }
  return pattern.test(text);
}

/**
 * The words, in both languages, that let a search in one language find this page in the other:
 * the keywords of its themes, and both halves of every glossary pair one of whose terms the
 * page's text uses. Pagefind has no synonyms, so these words are put on the page.
 */
export function searchTermsFor(text: string, themeKeywords: readonly string[], glossary: readonly TermPair[]): string[] {
  const folded = fold(text);
  const terms = new Set(themeKeywords);
  for (const pair of glossary) {
    if (mentions(folded, pair.da) || mentions(folded, pair.nb)) {
      terms.add(pair.da);
      terms.add(pair.nb);
    }
  }
  return [...terms];
}
