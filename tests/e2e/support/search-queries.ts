// The search quality query set: hand-written queries (tests/e2e/search-queries.json) and queries
// drawn from content/ by a fixed rule, so that half of the set cannot have been tuned to.
//
// THE DRAWING RULE (written down before any result was looked at; do not change it to suit results):
//
// 1. Rare words. For each UI language (da, nb) and each source (viborg-2019, luk-2011):
//    - an entry's "own text" in that UI is its title, the source text (passages, goal, list intro,
//      actions, principles, targets) and our summary in that UI language;
//    - candidates are the distinct lower-cased letter runs of at least 7 letters in the source text
//      of the source's entries;
//    - a candidate is kept only if exactly one entry of the whole site (both sources) has, in its own
//      text, a word that begins with the candidate's first max(5, length − 3) letters (a crude stem,
//      so an inflected form elsewhere rules the word out);
//    - the kept words are sorted (Danish collation) and every n-th is drawn, n = ⌊kept / 10⌋,
//      starting at index ⌊n / 2⌋, giving 10 words per source and UI language (40 queries);
//    - expected: that one entry, first.
// 2. Across the language line. For each glossary pair in file order, and each UI language L with the
//    other language M: if no entry of L's country has L's term in its source text, and 1–3 entries
//    of M's country have M's term in their source text (a word that begins with the term), query
//    L's term in L's UI; expected: one of those entries in the top 3. Every second such pair is
//    drawn (the 1st, 3rd, 5th …).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readEntries, ROOT } from './content.ts';

export type Locale = 'da' | 'nb';

/** One query and what it must find. */
export interface RankingQuery {
  /** Which group the query belongs to in the report: hand-written before this issue, new, or drawn. */
  group: 'old' | 'new' | 'drawn';
  locale: Locale;
  query: string;
  /** Addresses (without the locale prefix, e.g. `kilder/luk-2011/finnmark/`); any of them counts. */
  expected: string[];
  /** The rank the expected page must reach (1 = first). */
  rank: number;
  why?: string;
}

interface FullEntry {
  id: string;
  title: string;
  country: 'DK' | 'NO';
  source: string;
  summary: Record<Locale, string>;
  sourceText: string;
}

const SEARCH_PATH: Record<Locale, string> = { da: '/da/soeg/', nb: '/nb/sok/' };
export const searchPath = (locale: Locale) => SEARCH_PATH[locale];

function fullEntries(): FullEntry[] {
  return readEntries().map((raw) => {
    const data = raw as unknown as Record<string, unknown>;
    const goal = ((data['goal'] as unknown[] | undefined) ?? []).map((item) => (typeof item === 'string' ? item : String((item as { text: string }).text)));
    const texts = [
      raw.title,
      ...goal,
      String(data['listIntro'] ?? ''),
      ...raw.actions.map((item) => item.text),
      ...raw.principles.map((item) => item.text),
      ...((data['targets'] as { text: string }[] | undefined) ?? []).map((target) => target.text),
      ...((data['passages'] as { heading?: string; paragraphs: string[] }[] | undefined) ?? []).flatMap((passage) => [passage.heading ?? '', ...passage.paragraphs]),
    ];
    return { id: raw.id, title: raw.title, country: raw.country, source: raw.id.split('/')[0]!, summary: data['summary'] as Record<Locale, string>, sourceText: texts.join('\n') };
  });
}

const words = (text: string) => text.toLocaleLowerCase('da').match(/\p{L}+/gu) ?? [];

function drawRareWords(entries: FullEntry[]): RankingQuery[] {
  const queries: RankingQuery[] = [];
  for (const locale of ['da', 'nb'] as const) {
    const own = new Map(entries.map((entry) => [entry.id, new Set(words(`${entry.sourceText}\n${entry.summary[locale]}`))]));
    for (const source of ['viborg-2019', 'luk-2011']) {
      const candidates = new Set(entries.filter((entry) => entry.source === source).flatMap((entry) => words(entry.sourceText)).filter((word) => word.length >= 7));
      const kept: [string, string][] = [];
      for (const word of candidates) {
        const stem = word.slice(0, Math.max(5, word.length - 3));
        const holders = [...own].filter(([, set]) => [...set].some((other) => other.startsWith(stem))).map(([id]) => id);
        if (holders.length === 1) kept.push([word, holders[0]!]);
      }
      kept.sort((a, b) => a[0].localeCompare(b[0], 'da'));
      const step = Math.floor(kept.length / 10);
      for (let index = Math.floor(step / 2), count = 0; index < kept.length && count < 10; index += step, count++) {
        const [word, id] = kept[index]!;
        queries.push({ group: 'drawn', locale, query: word, expected: [`kilder/${id}/`], rank: 1, why: `rare word of ${source}` });
      }
    }
  }
  return queries;
}

function drawAcross(entries: FullEntry[]): RankingQuery[] {
  const glossary = parse(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')) as { id: string; da: string; nb: string }[];
  const country: Record<Locale, 'DK' | 'NO'> = { da: 'DK', nb: 'NO' };
  const candidates: RankingQuery[] = [];
  for (const pair of glossary) {
    for (const [locale, other] of [['da', 'nb'], ['nb', 'da']] as const) {
      const term = pair[locale].toLocaleLowerCase('da');
      const counterpart = pair[other].toLocaleLowerCase('da').replace(/\s*\(.*\)$/u, '');
      if (/\s/u.test(term) || term === counterpart) continue;
      const has = (entry: FullEntry, word: string) => words(entry.sourceText).some((token) => token.startsWith(word));
      if (entries.some((entry) => entry.country === country[locale] && has(entry, term))) continue;
      const holders = entries.filter((entry) => entry.country === country[other] && has(entry, counterpart));
      if (holders.length < 1 || holders.length > 3) continue;
      candidates.push({ group: 'drawn', locale, query: term, expected: holders.map((entry) => `kilder/${entry.id}/`), rank: 3, why: `${other} text says "${counterpart}"` });
    }
  }
  return candidates.filter((_, index) => index % 2 === 0);
}

/** The hand-written queries and the drawn ones. */
export function rankingQueries(): RankingQuery[] {
  const written = JSON.parse(readFileSync(join(ROOT, 'tests/e2e/search-queries.json'), 'utf8')) as { queries: RankingQuery[] };
  const entries = fullEntries();
  return [...written.queries, ...drawRareWords(entries), ...drawAcross(entries)];
}

/** Each entry's own text in a UI language (title, source text, our summary), by address. */
export function ownTexts(locale: Locale): Map<string, string> {
  return new Map(fullEntries().map((entry) => [`kilder/${entry.id}/`, `${entry.sourceText}\n${entry.summary[locale]}`.toLocaleLowerCase('da')]));
}

/** Glossary terms (single words) in file order, with the UI language each belongs to. */
export function glossaryWords(): { locale: Locale; word: string }[] {
  const glossary = parse(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')) as { da: string; nb: string }[];
  return glossary.flatMap((pair) => (['da', 'nb'] as const).map((locale) => ({ locale, word: pair[locale].toLocaleLowerCase('da') }))).filter(({ word }) => /^\p{L}+$/u.test(word));
}
