/** A run of excerpt text, highlighted where it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+\d*);/giu, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/**
 * Splits a Pagefind excerpt into plain-text parts. Only `<mark>` is understood; any other
 * markup is shown as text, so nothing in the index or the query can become HTML on the page.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/u)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** A loaded Pagefind result, as far as excerpts need it. */
export interface ExcerptSource {
  /** The page's indexed text; Pagefind ends every block with ". " unless it ends in punctuation. */
  content: string;
  /** Positions of matched words in `content` split on whitespace. */
  locations: readonly number[];
  /** The page's title, which the result shows anyway: a sentence that is only the title is no excerpt. */
  title?: string;
}

const SENTENCE_END = /[.!?:;]["»”)]*$/u;
const stripPunctuation = (word: string) => word.toLocaleLowerCase('da').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');

/**
 * The sentence of a page's text that holds the most matches (ties: the earliest), with the matched
 * words marked; cut to `maxWords` around the first match when longer. Where the text holds no match
 * (a page found through its metadata), `alsoMark` words (e.g. the glossary counterparts of the
 * query) are looked for instead, and failing that the first sentence after the title is shown.
 */
export function sentenceExcerpt(source: ExcerptSource, maxWords = 40, alsoMark: readonly string[] = []): ExcerptPart[] {
  const words = source.content.split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return [];
  let marked = new Set(source.locations.filter((index) => index >= 0 && index < words.length));
  if (marked.size === 0 && alsoMark.length > 0) {
    const wanted = alsoMark.map(stripPunctuation).filter((word) => word.length >= 3);
    marked = new Set(words.flatMap((word, index) => (wanted.some((stem) => stripPunctuation(word).startsWith(stem)) ? [index] : [])));
  }
  // Sentences as [start, end) word ranges.
  const sentences: [number, number][] = [];
  let start = 0;
  words.forEach((word, index) => {
    if (SENTENCE_END.test(word) || index === words.length - 1) {
      sentences.push([start, index + 1]);
      start = index + 1;
    }
  });
  const title = source.title ? words.slice(0, source.title.split(/\s+/u).length).join(' ').replace(/[.]$/u, '') : undefined;
  const isTitle = ([from, to]: [number, number]) => title !== undefined && words.slice(from, to).join(' ').replace(/[.]$/u, '') === title;
  const count = ([from, to]: [number, number]) => [...marked].filter((index) => index >= from && index < to).length;
  let best: [number, number] | undefined;
  for (const sentence of sentences) {
    if (isTitle(sentence)) continue;
    if (!best || count(sentence) > count(best)) best = sentence;
  }
  best ??= sentences[0]!;
  let [from, to] = best;
  if (to - from > maxWords) {
    const first = [...marked].filter((index) => index >= from && index < to).sort((a, b) => a - b)[0] ?? from;
    from = Math.max(from, Math.min(first - Math.floor(maxWords / 3), to - maxWords));
    to = Math.min(to, from + maxWords);
  }
  const parts: ExcerptPart[] = [];
  if (from > best[0]) parts.push({ text: '… ', marked: false });
  for (let index = from; index < to; index++) {
    const word = words[index]!;
    const separator = index < to - 1 ? ' ' : '';
    if (marked.has(index)) {
      // Mark the word, not the punctuation around it.
      const [, lead = '', core = word, tail = ''] = /^([^\p{L}\d]*)(.*?)([^\p{L}\d]*)$/u.exec(word) ?? [];
      if (lead) pushText(parts, lead);
      parts.push({ text: core, marked: true });
      pushText(parts, tail + separator);
    } else pushText(parts, word + separator);
  }
  if (to < best[1]) pushText(parts, ' …');
  return parts;
}

function pushText(parts: ExcerptPart[], text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last && !last.marked) last.text += text;
  else parts.push({ text, marked: false });
}
