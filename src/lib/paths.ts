import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';

/** The page kinds that have an address; every link in the site is built here. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  sources: (locale: Locale) => `/${locale}/kilder/`,
  source: (locale: Locale, sourceId: string) => `/${locale}/kilder/${sourceId}/`,
  /** The source's full text, line by line; `lines` adds the anchor of one line or a range. */
  sourceText: (locale: Locale, sourceId: string, lines?: readonly [number, number]) =>
    `/${locale}/kilder/${sourceId}/tekst/${lines ? `#${lineAnchor(lines)}` : ''}`,
  /** The raw seed file, as published in the build. */
  seed: (seed: string) => `/seeds/${seed}`,
  /** The stylesheet that marks ranges of lines on a source's text page. */
  lineStyles: (sourceId: string) => `/seeds/${sourceId}.lines.css`,
  /** Entry ids are `<source>/<slug>`, so the entry lives under its source. */
  entry: (locale: Locale, entryId: string) => `/${locale}/kilder/${entryId}/`,
  action: (locale: Locale, entryId: string, itemId: string) => `/${locale}/kilder/${entryId}/#${itemId}`,
  themes: (locale: Locale) => `/${locale}/temaer/`,
  theme: (locale: Locale, slug: string) => `/${locale}/temaer/${slug}/`,
  glossary: (locale: Locale) => `/${locale}/ordliste/`,
  glossaryTerm: (locale: Locale, termId: string) => `/${locale}/ordliste/#${termId}`,
  search: (locale: Locale) => `/${locale}/${LOCALE_INFO[locale].segments.search}/`,
  about: (locale: Locale) => `/${locale}/${LOCALE_INFO[locale].segments.about}/`,
  accessibility: (locale: Locale) => `/${locale}/${LOCALE_INFO[locale].segments.accessibility}/`,
  notFound: (locale: Locale) => `/${locale}/404/`,
} as const;

/** Anchor of a line (`l13`) or a range of lines (`l13-23`) on a source-text page. */
export function lineAnchor([first, last]: readonly [number, number]): string {
  return first === last ? `l${first}` : `l${first}-${last}`;
}

/** The same page in both languages, for hreflang and the language switcher. */
export type Alternates = Record<Locale, string>;

/** Builds the alternates of a page whose address is made the same way in both languages. */
export function alternatesOf(build: (locale: Locale) => string): Alternates {
  return { da: build('da'), nb: build('nb') };
}
