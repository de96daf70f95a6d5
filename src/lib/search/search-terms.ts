/** A glossary pair as search needs it. */
export interface TermPair {
  da: string;
  nb: string;
}

const fold = (text: string) => text.toLocaleLowerCase('da');

/** A term of letters only, the usual case: it is looked up among the text's words. */
const LETTERS_ONLY = /^\p{L}+$/u;
/** Each other term's pattern, compiled once per build rather than once per page. */
const patterns = new Map<string, RegExp>();

/**
 * A folded text and what `mentions` looks up in it: every beginning of one of its words that leaves
 * at most 4 letters of the word (a word "bygdene" gives bygdene, bygden, bygde, bygd, byg).
 * Testing 200 glossary names and keywords against an entry's text is then 200 set look-ups instead
 * of 200 regular-expression scans: at 10,000 entries about 1.5 s of the build's CPU time.
 */
interface ScannedText {
  folded: string;
  stems: Set<string>;
}

function scan(text: string): ScannedText {
  const folded = fold(text);
  const stems = new Set<string>();
  for (const [word] of folded.matchAll(/\p{L}+/gu)) {
    for (let cut = 0; cut <= 4 && cut < word.length; cut++) stems.add(word.slice(0, word.length - cut));
  }
  return { folded, stems };
}

/** Whether the text contains `term` or an inflected form of it (same beginning, up to 4 more letters). */
function mentions(text: ScannedText, term: string): boolean {
  const folded = fold(term);
  if (LETTERS_ONLY.test(folded)) return text.stems.has(folded);
  let pattern = patterns.get(folded);
  if (!pattern) {
    const escaped = folded.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    pattern = new RegExp(`(?<![\\p{L}])${escaped}\\p{L}{0,4}(?![\\p{L}])`, 'u');
    patterns.set(folded, pattern);
  }
  return text.folded.includes(folded) && pattern.test(text.folded);
}

/** The names a glossary term holds: "byrådet (kommunalbestyrelsen)" → byrådet, kommunalbestyrelsen; "distrikt, bygd" → distrikt, bygd. */
export function termNames(term: string): string[] {
  return term.split(/[,()]/u).map((part) => part.trim()).filter((part) => part !== '');
}

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
