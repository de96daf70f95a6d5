import type { Locale } from '../../i18n/locales.ts';

const CHANGES_SEGMENT = { da: 'aendringer', nb: 'endringer' } as const satisfies Record<Locale, string>;

/** Addresses of the open-web pages and files. */
export const openDataPaths = {
  /** The Data page: every download, its format, size and licence. */
  dataPage: (locale: Locale) => `/${locale}/data/`,
  /** "Seneste ændringer" / "Siste endringer". */
  changes: (locale: Locale) => `/${locale}/${CHANGES_SEGMENT[locale]}/`,
  /** The Atom feed of content changes, per UI language. */
  feed: (locale: Locale) => `/${locale}/feed.xml`,
  sitemap: () => '/sitemap-index.xml',
} as const;

/** Open Graph locale of each UI language (language_TERRITORY). */
export const OG_LOCALE = { da: 'da_DK', nb: 'nb_NO' } as const satisfies Record<Locale, string>;
