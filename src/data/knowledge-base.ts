import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { EntrySummary } from '../lib/model.ts';
import { rankAllRelatedEntries, type RelatedEntry } from '../lib/related.ts';
import { buildThemeIndex, type ThemedItem } from '../lib/theme-index.ts';

export type Source = CollectionEntry<'sources'>;
export type Entry = CollectionEntry<'entries'>;
export type Theme = CollectionEntry<'themes'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;

/** All content, sorted, with the cross-link indexes computed once per build. */
export interface KnowledgeBase {
  sources: Source[];
  entries: Entry[];
  themes: Theme[];
  glossary: GlossaryTerm[];
  summaries: Map<string, EntrySummary>;
  themeIndex: Map<string, ThemedItem[]>;
  related: Map<string, RelatedEntry[]>;
  sourceOf: (entry: Entry) => Source;
  /** Each source's entries in document order, by source id. */
  entriesBySource: Map<string, Entry[]>;
  themeById: Map<string, Theme>;
}

function summarise(entry: Entry): EntrySummary {
  const { data } = entry;
  return {
    id: entry.id,
    title: data.title,
    country: data.country,
    language: data.language,
    organisation: data.organisation,
    themes: data.themes.map((theme) => theme.id),
    items: [
      ...data.actions.map((item) => ({ item, kind: 'action' as const })),
      ...data.principles.map((item) => ({ item, kind: 'principle' as const })),
    ].map(({ item, kind }) => ({
      id: item.id,
      text: item.text,
      themes: item.themes.map((theme) => theme.id),
      kind,
      lines: item.lines,
    })),
  };
}

async function load(): Promise<KnowledgeBase> {
  const [sources, entries, themes, glossary] = await Promise.all([
    getCollection('sources'),
    getCollection('entries'),
    getCollection('themes'),
    getCollection('glossary'),
  ]);
  sources.sort((a, b) => a.data.order - b.data.order);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const sourceOf = (entry: Entry) => {
    const source = sourceById.get(entry.data.source.id);
    if (!source) throw new Error(`${entry.filePath}: source "${entry.data.source.id}" does not exist`);
    return source;
  };
  entries.sort((a, b) => sourceOf(a).data.order - sourceOf(b).data.order || a.data.order - b.data.order || a.id.localeCompare(b.id));
  themes.sort((a, b) => a.data.order - b.data.order);
  const summaryList = entries.map(summarise);
  const summaries = new Map(summaryList.map((summary) => [summary.id, summary]));
  const related = rankAllRelatedEntries(summaryList);
  return {
    sources,
    entries,
    themes,
    glossary,
    summaries,
    themeIndex: buildThemeIndex(summaryList),
    related,
    sourceOf,
    entriesBySource: Map.groupBy(entries, (entry) => entry.data.source.id),
    themeById: new Map(themes.map((theme) => [theme.id, theme])),
  };
}

let cached: Promise<KnowledgeBase> | undefined;

/** The knowledge base, loaded on first use and shared by every page of the build. */
export function getKnowledgeBase(): Promise<KnowledgeBase> {
  cached ??= load();
  return cached;
}

/** `getStaticPaths` entries for a page that exists once per source and UI language. */
export async function sourcePagePaths(): Promise<{ params: { lang: Locale; source: string }; props: { locale: Locale; source: Source } }[]> {
  const { sources } = await getKnowledgeBase();
  return LOCALES.flatMap((locale) => sources.map((source) => ({ params: { lang: locale, source: source.id }, props: { locale, source } })));
}
