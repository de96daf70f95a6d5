// "Mente du …": the closest known words for a query that finds little, from a vocabulary made at build time.
import { isFunctionWord, queryWords } from './query.ts';

/** Words of one UI language's indexed text and how often each occurs, most frequent first. */
export type Vocabulary = readonly (readonly [word: string, count: number])[];

/** Counts the words of at least 4 letters (lower-cased) of `texts`, added to `counts` when given. */
export function countWords(texts: Iterable<string>, counts = new Map<string, number>()): Map<string, number> {
  for (const text of texts) {
    for (const word of text.toLocaleLowerCase('da').match(/\p{L}{4,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Counts the words of at least 4 letters (lower-cased), most frequent first, then alphabetical. */
export function buildVocabulary(texts: Iterable<string>, counted?: ReadonlyMap<string, number>): [string, number][] {
  const counts = countWords(texts, new Map(counted));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'));
}

/** Optimal string alignment distance (Levenshtein with transpositions), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may need: 1 up to 5 letters, 2 up to 10, 3 beyond. */
const allowedEdits = (length: number) => (length <= 5 ? 1 : length <= 10 ? 2 : 3);

/**
 * The query with each unknown word replaced by the closest known one (fewest edits, then the most
 * frequent), or undefined when every word is known or nothing is close enough.
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const known = new Set(vocabulary.map(([word]) => word));
  let changed = false;
  const words = queryWords(query).map((word) => {
    if (known.has(word) || isFunctionWord(word) || word.length < 4 || /\d/u.test(word)) return word;
    const limit = allowedEdits(word.length);
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [candidate, count] of vocabulary) {
      const distance = editDistance(word, candidate, limit);
      if (distance <= limit && (!best || distance < best.distance || (distance === best.distance && count > best.count))) best = { word: candidate, distance, count };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? words.join(' ') : undefined;
}
