// The header search's few UI strings. astro.config.mjs puts them into the live-search module at
// build time (Vite's `define`, as __LIVE_SEARCH_STRINGS__), so they are neither carried in every
// page's HTML (bytes against each page's budget) nor bundled with both whole dictionaries (bytes
// against the first search). Taken from the one dictionary per language: nothing is said twice.
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';

/** The live search's strings in `locale` ({count} and {query} are filled in by the module). */
export function liveSearchStrings(locale: Locale): Record<string, string> {
  const t = useTranslations(locale);
  return {
    count: t('search.count'),
    one: t('search.countOne'),
    all: t('search.all'),
    none: t('search.none'),
    entry: t('search.type.entry'),
    theme: t('search.type.theme'),
    glossary: t('search.type.glossary'),
    source: t('search.type.source'),
  };
}

/** The strings of both UI languages, as the live-search module receives them. */
export function liveSearchStringsOfAllLocales(): Record<Locale, Record<string, string>> {
  return { da: liveSearchStrings('da'), nb: liveSearchStrings('nb') };
}
