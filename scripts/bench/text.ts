/**
 * Deterministic randomness and Danish / Norwegian text for the benchmark's synthetic content.
 * Source text (goals, actions, targets, principles) must stand verbatim in the source's seed (the
 * content check fails the build otherwise), so it is cut from the seed at word boundaries
 * (`Excerpts`). Editors' text (summaries, titles, passages) is a word-level Markov chain over the
 * seeds: real vocabulary, real word lengths, real spelling (æ, ø, å), so Astro, the search-term
 * matcher and Pagefind see text like the real entries' (nothing here needs to make sense).
 */

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same content. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of a list, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability `p`. */
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}

/** Word-level bigram chain over a text. */
export interface TextModel {
  /** Words that start a sentence. */
  starts: string[];
  /** Each word's followers, repeated as often as they follow it. */
  followers: Map<string, string[]>;
}

const END = '\u0000';

/** Splits running text into sentences of at least three words (web-page chrome and bullets dropped). */
export function sentencesOf(text: string): string[][] {
  return text
    .replace(/[•·]/gu, ' ')
    .split(/(?<=[.!?:;])\s+|\n\s*\n/u)
    .map((sentence) => sentence.split(/\s+/u).filter((word) => /\p{L}/u.test(word)))
    .filter((words) => words.length >= 3);
}

export function buildTextModel(text: string): TextModel {
  const starts: string[] = [];
  const followers = new Map<string, string[]>();
  for (const words of sentencesOf(text)) {
    starts.push(words[0] as string);
    words.forEach((word, index) => {
      const list = followers.get(word) ?? [];
      list.push(words[index + 1] ?? END);
      followers.set(word, list);
    });
  }
  if (starts.length === 0) throw new Error('no sentences to learn from');
  return { starts, followers };
}

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('da') + word.slice(1);

/** One sentence of roughly `length` characters (never empty), ending with a full stop. */
export function sentence(model: TextModel, random: Random, length: number): string {
  const words: string[] = [random.pick(model.starts)];
  let size = (words[0] as string).length;
  while (size < length) {
    const list = model.followers.get(words[words.length - 1] as string);
    let word = list ? random.pick(list) : END;
    // The chain ended (or hit a dead end) before the length was reached: start a new clause.
    if (word === END) word = random.pick(model.starts).toLocaleLowerCase('da');
    words.push(word);
    size += word.length + 1;
  }
  const text = capitalise(words.join(' ')).replace(/[.,;:!?–-]+$/u, '');
  return `${text}.`;
}

/** Running text of roughly `length` characters, in sentences of 60–180 characters. */
export function paragraph(model: TextModel, random: Random, length: number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const next = sentence(model, random, Math.min(Math.max(length - size, 40), random.int(60, 180)));
    sentences.push(next);
    size += next.length + 1;
  }
  return sentences.join(' ');
}

/** A seed's text as the content check reads it (logical lines, bullets dropped, spaces collapsed), in words. */
export interface Excerpts {
  words: string[];
  /** Number of physical lines of the seed (provenance must stay within them). */
  lines: number;
}

export function excerptsOf(seedText: string, logicalLines: readonly string[]): Excerpts {
  const text = logicalLines.map((line) => line.replace(/^(?:[•–-]|\d+\.)\s+/u, '')).join(' ');
  return { words: text.replace(/[\s\u00a0]+/gu, ' ').trim().split(' '), lines: seedText.split('\n').length };
}

/** A verbatim run of words from the seed, of roughly `length` characters. */
export function excerpt(source: Excerpts, random: Random, length: number): string {
  const start = random.int(0, Math.max(0, source.words.length - 1));
  const words: string[] = [];
  let size = 0;
  for (let index = start; size < length && index < source.words.length; index++) {
    words.push(source.words[index] as string);
    size += (source.words[index] as string).length + 1;
  }
  // Near the end of the seed: take the words before instead, so the excerpt is long enough.
  for (let index = start - 1; size < length && index >= 0; index--) {
    words.unshift(source.words[index] as string);
    size += (source.words[index] as string).length + 1;
  }
  return words.join(' ');
}
