// The keywords of each entry's themes, by page address, for the search index build only
// (scripts/build-search-index.mjs adds them to the pages it indexes, then deletes this file):
// searchable, but not carried in every entry page.
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../data/knowledge-base.ts';
import { searchWordsOf } from '../data/search-words.ts';
import { LOCALES } from '../i18n/locales.ts';
import { paths } from '../lib/paths.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getKnowledgeBase();
  const words: Record<string, string> = {};
  for (const entry of entries) {
    const { themeWords } = await searchWordsOf(entry);
    if (themeWords.length === 0) continue;
    for (const locale of LOCALES) words[paths.entry(locale, entry.id)] = themeWords.join(', ');
  }
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
