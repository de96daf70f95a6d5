/** A glossary pair as search needs it. */
export interface TermPair {
  da: string;
  nb: string;
}

const fold = (text: string) => text.toLocaleLowerCase('da');

/** A term of letters only, the usual case: it is looked up among the text's words. */
const LETTERS_ONLY = /^\p{L}+$/u;
/** Each term folded, once per build: the same 300 names and keywords are tested against every entry. */
const foldedTerms = new Map<string, string>();
/** Each other term's pattern, compiled once per build rather than once per page. */
const patterns = new Map<string, RegExp>();

/**
 * A folded text and what `mentions` looks up in it: its distinct words, sorted, so that the words
 * beginning with a term stand together and are found by a binary search. Testing 200 glossary
 * names and keywords against an entry's text is then 200 look-ups instead of 200
 * regular-expression scans, and allocates nothing per term (at 10,000 entries the scans cost
 * about 1.5 s of the build's CPU time, and building sets of word beginnings 1 GB of garbage).
 */
interface ScannedText {
  folded: string;
  words: string[];
}

function scan(text: string): ScannedText {
  const folded = fold(text);
  return { folded, words: [...new Set(folded.match(/\p{L}+/gu))].sort() };
}

/** Whether one of the sorted `words` is `term` followed by at most 4 more letters. */
function hasInflectedForm(words: readonly string[], term: string): boolean {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < term) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < words.length && words[index]!.startsWith(term); index++) {
    if (words[index]!.length <= term.length + 4) return true;
  }
  return false;
}

/** Whether the text contains `term` or an inflected form of it (same beginning, up to 4 more letters). */
function mentions(text: ScannedText, term: string): boolean {
  let folded = foldedTerms.get(term);
  if (folded === undefined) foldedTerms.set(term, (folded = fold(term)));
  if (LETTERS_ONLY.test(folded)) return hasInflectedForm(text.words, folded);
  let pattern = patterns.get(folded);
  if (!pattern) {
    const escaped = folded.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    pattern = new RegExp(`(?<![\\p{L}])${escaped}\\p{L}{0,4}(?![\\p{L}])`, 'u');
    patterns.set(folded, pattern);
  }
  return text.folded.includes(folded) && pattern.test(text.folded);
}

/** The names a glossary term holds: "byrådet (kommunalbestyrelsen)" → byrådet, kommunalbestyrelsen; "distrikt, bygd" → distrikt, bygd. */
export function termNames(term: string): readonly string[] {
  let names = namesOfTerm.get(term);
  if (!names) namesOfTerm.set(term, (names = term.split(/[,()]/u).map((part) => part.trim()).filter((part) => part !== '')));
  return names;
}
const namesOfTerm = new Map<string, string[]>();

/** What of an entry's data search needs (a structural subset of the entry schema). */
export interface EntryText {
  title: string;
  goal: readonly { text: string }[];
  targets: readonly { text: string }[];
  passages: readonly { paragraphs: readonly string[] }[];
}

/** All the entry's own text in the source's language: title, goal, actions, principles, targets, passages. */
export function entrySearchText(data: EntryText, items: readonly { text: string }[]): string {
  return [
    data.title,
    ...data.goal.map((goal) => goal.text),
    ...items.map((item) => item.text),
    ...data.targets.map((target) => target.text),
    ...data.passages.flatMap((passage) => passage.paragraphs),
  ].join('\n');
}

/** Words that let a search in one language find a page in the other; see `searchTermsFor`. */
export interface SearchTerms {
  /** The other halves of the glossary pairs one of whose terms the page's text uses (what the text does not say itself). */
  glossaryTerms: string[];
  /** The keywords (both languages) of the page's themes that neither the text nor the glossary terms hold. */
  themeWords: string[];
}

/**
 * The words, in both languages, that let a search in one language find this page in the other.
 * Pagefind has no synonyms, so these words are put on the page as metadata. Glossary pairs
 * are evidence that the page's own text says the thing in the other language; theme keywords
 * only that the page has the theme, so they are kept apart and weigh less.
 */
export function searchTermsFor(text: string, themeKeywords: readonly string[], glossary: readonly TermPair[]): SearchTerms {
  const scanned = scan(text);
  const glossaryTerms = new Set<string>();
  for (const pair of glossary) {
    const names = [...termNames(pair.da), ...termNames(pair.nb)];
    const mentioned = names.map((name) => mentions(scanned, name)); // each name tested once
    if (mentioned.some(Boolean)) names.forEach((name, index) => !mentioned[index] && glossaryTerms.add(name));
  }
  // Words the page's text already uses are found there; only the others are added.
  const themeWords = [...new Set(themeKeywords)].filter((word) => !glossaryTerms.has(word) && !mentions(scanned, word));
  return { glossaryTerms: [...glossaryTerms], themeWords };
}
