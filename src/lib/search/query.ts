/**
 * Function words of Danish and Norwegian Bokmål. Pagefind requires every word of a query on a
 * page, so "tilflytning af unge" would find only pages that also say "af"; these are dropped
 * from a query that has other words.
 */
const FUNCTION_WORDS = new Set([
  'af', 'av', 'og', 'i', 'på', 'paa', 'til', 'for', 'med', 'at', 'å', 'en', 'et', 'ei', 'den', 'det', 'de', 'der', 'som',
  'om', 'er', 'har', 'fra', 'ved', 'hos', 'mod', 'mot', 'under', 'over', 'efter', 'etter', 'eller', 'men', 'så', 'også',
  'ogsaa', 'ikke', 'ikkje', 'sig', 'seg', 'sin', 'sit', 'sitt', 'sine', 'hvad', 'hva', 'hvordan', 'hvor', 'når', 'naar',
  'kan', 'skal', 'vil', 'the', 'of', 'and',
]);

const fold = (text: string) => text.toLocaleLowerCase('da').normalize('NFC');

/** The query's words, lower-cased, with hyphens and digits kept ("Nord-Troms", "2011"). */
export function queryWords(query: string): string[] {
  return fold(query).match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];
}

/** The query Pagefind is given: function words left out, unless the query has nothing else. */
export function contentQuery(query: string): string {
  const words = queryWords(query);
  const content = words.filter((word) => !FUNCTION_WORDS.has(word));
  return (content.length > 0 ? content : words).join(' ');
}

/** Whether a word is a function word (never marked, never corrected). */
export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(fold(word));
