import { LOCALES, type Locale } from '../i18n/locales.ts';

/** `getStaticPaths` entries for a page that exists once per language. */
export function localePaths(): { params: { lang: Locale }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}

/** Splits an entry id `<source>/<slug>` into its route parameters. */
export function entryParams(entryId: string): { source: string; entry: string } {
  const [source, entry, ...rest] = entryId.split('/');
  if (!source || !entry || rest.length > 0) throw new Error(`entry id "${entryId}" is not of the form <source>/<slug>`);
  return { source, entry };
}
