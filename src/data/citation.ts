import { LOCALES, type Locale } from '../i18n/locales.ts';
import { paths } from '../lib/paths.ts';
import { getKnowledgeBase, type Entry, type Source } from './knowledge-base.ts';
import { lastUpdated } from './last-updated.ts';

/** What a citation of an entry names. */
export interface Citation {
  locale: Locale;
  title: string;
  /** The organisation whose plan it is: the author. */
  organisation: string;
  sourceTitle: string;
  publisher: string;
  /** Year of the source, where it states one. */
  year?: number;
  /** Language of the entry's text (BCP 47). */
  language: string;
  /** Address of the page (root-relative). */
  path: string;
  /** When the entry's file last changed. */
  updated?: Date;
}

/** The citation of an entry as read in one UI language. */
export function citationOf(entry: Entry, source: Source, locale: Locale): Citation {
  const updated = entry.filePath ? lastUpdated(entry.filePath) : undefined;
  return {
    locale,
    title: entry.data.title,
    organisation: entry.data.organisation,
    sourceTitle: source.data.title,
    publisher: source.data.publisher,
    ...(source.data.year === undefined ? {} : { year: source.data.year }),
    language: entry.data.language,
    path: paths.entry(locale, entry.id),
    ...(updated ? { updated } : {}),
  };
}

let byPath: Promise<Map<string, Citation>> | undefined;

/** The citation of the entry page at `pathname`, or undefined for any other page. */
export async function citationAt(pathname: string): Promise<Citation | undefined> {
  byPath ??= getKnowledgeBase().then(({ entries, sourceOf }) => {
    const map = new Map<string, Citation>();
    for (const entry of entries) for (const locale of LOCALES) map.set(paths.entry(locale, entry.id), citationOf(entry, sourceOf(entry), locale));
    return map;
  });
  return (await byPath).get(pathname.endsWith('/') ? pathname : `${pathname}/`);
}
