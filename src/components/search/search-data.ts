// Build-time data for the search page: the names a query can give (direct links above the
// results) and the vocabulary for "Mente du …" suggestions. Read once per build.
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import type { Locale } from '../../i18n/locales.ts';
import { paths } from '../../lib/paths.ts';
import type { NamedPage } from '../../lib/search/names.ts';
import { entrySearchText, termNames } from '../../lib/search/search-terms.ts';
import { buildVocabulary, countWords } from '../../lib/search/suggest.ts';


/** Themes, glossary pairs and sources, as the direct links of one UI language. */
export async function namedPagesFor(locale: Locale): Promise<NamedPage[]> {
  const { themes, glossary, sources } = await getKnowledgeBase();
  return [
    ...sources.map((source): NamedPage => {
      const [short = source.id] = source.id.split('-');
      return { kind: 'source', label: source.data.title, url: paths.source(locale, source.id), names: [source.data.title, source.data.publisher, source.id.replace(/-/gu, ' '), short] };
    }),
    ...themes.map((theme): NamedPage => ({
      kind: 'theme',
      label: theme.data[locale].label,
      url: paths.theme(locale, theme.data[locale].slug),
      names: [theme.data.da.label, theme.data.nb.label],
      keywords: [...theme.data.da.keywords, ...theme.data.nb.keywords],
    })),
    ...glossary.map((term): NamedPage => ({
      kind: 'glossary',
      label: `${term.data.da} – ${term.data.nb}`,
      url: `${paths.glossary(locale)}#${term.id}`,
      names: [...termNames(term.data.da), ...termNames(term.data.nb)],
    })),
  ];
}

/**
 * The words both UI languages' indexes hold (the entries' own text, organisations, places,
 * programmes, glossary terms), counted once per build: at 10,000 entries that is most of the work.
 */
let sharedCounts: Promise<Map<string, number>> | undefined;
function sharedWordCounts(): Promise<Map<string, number>> {
  sharedCounts ??= getKnowledgeBase().then(({ entries, summaries, glossary }) =>
    countWords([
      ...entries.flatMap((entry) => [entrySearchText(entry.data, summaries.get(entry.id)?.items ?? []), entry.data.organisation, ...entry.data.places, ...entry.data.programmes]),
      ...glossary.flatMap((term) => [term.data.da, term.data.nb]),
    ]),
  );
  return sharedCounts;
}

/** Every word the UI language's index holds (entries in both countries, themes, glossary, sources), with counts. */
export async function vocabularyFor(locale: Locale): Promise<[string, number][]> {
  const { entries, themes, glossary, sources } = await getKnowledgeBase();
  return buildVocabulary(
    [
      ...entries.map((entry) => entry.data.summary[locale]),
      ...themes.flatMap((theme) => [theme.data[locale].label, theme.data[locale].description]),
      ...glossary.map((term) => term.data.note?.[locale] ?? ''),
      ...sources.flatMap((source) => [source.data.title, source.data.description[locale], source.data.publisher]),
    ],
    await sharedWordCounts(),
  );
}
