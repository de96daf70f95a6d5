/** Small words that say nothing about which section a heading names. */
const FILLER = new Set(['og', 'af', 'i', 'på', 'til', 'med', 'et', 'en', 'the', 'og/eller']);

function significantWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/gu, ' ')
    .split(/[^\p{L}\d]+/u)
    .filter((word) => word !== '' && !FILLER.has(word));
}

/** Two spellings of one word: the same, or one is the other plus a short ending (offentlig/offentligt). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

/** Share of the candidate's words that the heading also has (0–1). */
export function headingCoverage(heading: string, candidate: string): number {
  const headingWords = significantWords(heading);
  const candidateWords = significantWords(candidate);
  if (candidateWords.length === 0) return 0;
  const found = candidateWords.filter((word) => headingWords.some((other) => sameWord(word, other)));
  return found.length / candidateWords.length;
}

/**
 * Finds which of the candidate headings a repeated heading stands for, although the source
 * words it differently the second time ("offentligt" → "offentlig", "Øge salget af grunde"
 * → "… og boliger i landdistrikter"). Text in parentheses is left out of the match.
 * Returns the index of the best candidate covering at least 80 % of its words, or -1.
 */
export function matchHeading(heading: string, candidates: readonly string[]): number {
  let best = -1;
  let bestScore = 0.8;
  let bestExtra = Number.POSITIVE_INFINITY;
  const headingLength = significantWords(heading).length;
  candidates.forEach((candidate, index) => {
    const score = headingCoverage(heading, candidate);
    const extra = headingLength - significantWords(candidate).length;
    if (score > bestScore || (score === bestScore && best !== -1 && extra < bestExtra) || (score === bestScore && best === -1 && score >= 0.8)) {
      best = index;
      bestScore = score;
      bestExtra = extra;
    }
  });
  return best;
}

/** The text in parentheses at the end of a heading, e.g. "(Oplevelser og fællesskab)". */
export function trailingParenthesis(heading: string): string | undefined {
  return /\(([^)]+)\)\s*$/u.exec(heading)?.[1];
}
