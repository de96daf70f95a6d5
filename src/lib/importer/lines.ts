/** A logical line of a seed: text joined across PDF line breaks, with where it starts and ends. */
export interface SeedLine {
  text: string;
  /** 1-based line number in the seed where the text starts. */
  first: number;
  /** 1-based line number in the seed where the text ends. */
  last: number;
  /** Number of blank lines right before this one. */
  blanksBefore: number;
}

/** Words that follow a hyphen in a shortened compound ("Kommunal- og regionaldepartementet"). */
const CONJUNCTIONS = new Set(['og', 'eller', 'samt', 'til', 'and', 'or']);

const LOWERCASE_START = /^\p{Ll}/u;
/** A line starting like this continues an unfinished line before it. */
const CONTINUATION_START = /^[\p{Ll}\d]/u;
const BULLET_START = /^(?:[-•–]\s|\d+\.\s)/u;

/**
 * Joins one line onto the text before it the way a PDF line break should be read:
 * `lokal-` + `samfund` → `lokalsamfund`; `Nord-` + `Troms` → `Nord-Troms`;
 * `Kommunal-` + `og …` → `Kommunal- og …`; anything else gets a single space.
 */
export function joinBrokenLine(before: string, after: string): string {
  const head = before.trimEnd();
  const tail = after.trim();
  if (head.endsWith('-') && /\p{L}-$/u.test(head)) {
    const firstWord = tail.split(/\s/u, 1)[0] ?? '';
    if (CONJUNCTIONS.has(firstWord.toLowerCase())) return `${head} ${tail}`;
    if (LOWERCASE_START.test(tail)) return head.slice(0, -1) + tail;
    return head + tail;
  }
  return `${head} ${tail}`;
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/**
 * Reads a seed into logical lines. A line whose next non-blank line starts with a lower-case
 * letter or a digit (and is not a bullet) is continued there — also across the blank lines a PDF puts in
 * the middle of a sentence at a page break. A line ending in a hyphen is always continued.
 */
export function readLogicalLines(raw: string): SeedLine[] {
  const physical = raw.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const result: SeedLine[] = [];
  let blanks = 0;
  for (let index = 0; index < physical.length; index++) {
    const text = normalizeSpace(physical[index] ?? '');
    if (text === '') {
      blanks++;
      continue;
    }
    const previous = result.at(-1);
    const continues =
      previous !== undefined &&
      !BULLET_START.test(text) &&
      (/\p{L}-$/u.test(previous.text) || (CONTINUATION_START.test(text) && !/[.:;!?]$/u.test(previous.text)));
    if (previous && continues) {
      previous.text = joinBrokenLine(previous.text, text);
      previous.last = index + 1;
    } else {
      result.push({ text, first: index + 1, last: index + 1, blanksBefore: blanks });
    }
    blanks = 0;
  }
  return result;
}

/** Removes a leading bullet (`•`, `-`, `–` or `1.`) and returns the item text, or undefined. */
export function stripBullet(text: string): string | undefined {
  const match = /^(?:[-•–]|\d+\.)\s+(.*)$/u.exec(text);
  return match?.[1];
}

/** Folds a name into an ASCII URL slug: `Møre og Romsdal` → `more-og-romsdal`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'o')
    .replace(/å/gu, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
